// A name from a selection: what the form starts with (one letter, 5,000 characters, several
// paragraphs, a possessive), the checks on save (an existing name offered to open instead),
// and the id it gets. Every message exists in English and German.
import { describe, expect, it } from 'vitest';
import { describeNameProblem, describeSelectionNotice } from '../../lib/reading/describe-name.ts';
import { checkName, foldName, newNameId, prefillFromSelection, type KnownName, type NameInput, type NameProblem } from '../../lib/reading/name-input.ts';
import { de, en } from '../fixtures/translator.ts';

const known: KnownName[] = [
  { id: 'huawei', name: 'Huawei', aliases: ['Huawei', '华为'] },
  { id: 'nvidia', name: 'NVIDIA', aliases: ['NVIDIA', '英伟达'] },
];
const input = (extra: Partial<NameInput> = {}): NameInput => ({ name: 'Jensen Huang', kind: 'person', aliases: [], from: {}, ...extra });
const say = (problems: ReturnType<typeof checkName>) => (problems.ok ? [] : problems.problems.map((p) => describeNameProblem(p, en)));

describe('the selection the form opens with', () => {
  it('a name, tidied: spaces, quotes and an English possessive', () => {
    expect(prefillFromSelection('  “Jensen\u00a0 Huang’s”, ', false)).toEqual({ name: 'Jensen Huang' });
    expect(prefillFromSelection('寒武纪', false)).toEqual({ name: '寒武纪' });
  });

  it('one letter: kept in the field, and the form says it is too short', () => {
    const { name, notice } = prefillFromSelection('H', false);
    expect(name).toBe('H');
    expect(describeSelectionNotice(notice!, en)).toBe('“H” is too short for a name (at least 2 characters): select the whole name, or type it.');
  });

  it('5,000 characters: nothing in the field, and why', () => {
    const long = 'word '.repeat(1000).trim() + '.';
    const { name, notice } = prefillFromSelection(long.slice(0, 5000), false);
    expect(name).toBe('');
    expect(describeSelectionNotice(notice!, en)).toBe('The selection has 4999 characters, and a name has at most 100. Select only the name, or type it.');
    const cut = prefillFromSelection('x'.repeat(5000), true);
    expect(describeSelectionNotice(cut.notice!, en)).toBe('The selection has more than 5000 characters, and a name has at most 100. Select only the name, or type it.');
  });

  it('across paragraphs: the first line, and a word to check it', () => {
    const { name, notice } = prefillFromSelection('Jensen Huang\nsaid on Tuesday that\nthe chips', false);
    expect(name).toBe('Jensen Huang');
    expect(describeSelectionNotice(notice!, en)).toBe('The selection spans 3 paragraphs: only its first line is in the form. Check the name before you save it.');
    expect(describeSelectionNotice(notice!, de)).toBe('Die Auswahl reicht über 3 Absätze: Nur ihre erste Zeile steht im Formular. Prüfen Sie den Namen, bevor Sie ihn speichern.');
  });
});

describe('checking a name on save', () => {
  it('a good name, with its spellings tidied and the duplicates of the name dropped', () => {
    const check = checkName(input({ aliases: ['Jensen Huang', ' Huang ', '', 'huang'], description: '  Chief executive  of NVIDIA. ', relation: { type: 'part-of', to: 'nvidia' } }), known);
    expect(check).toEqual({ ok: true, input: { name: 'Jensen Huang', kind: 'person', aliases: ['Huang'], description: 'Chief executive of NVIDIA.', relation: { type: 'part-of', to: 'nvidia' }, from: {} } });
  });

  it('a name that already exists, in any case or width, is refused with the entity to open', () => {
    const check = checkName(input({ name: 'HUAWEI' }), known);
    expect(check).toEqual({ ok: false, problems: [{ field: 'name', kind: 'exists', text: 'HUAWEI', id: 'huawei', name: 'Huawei' }] });
    expect(say(check)).toEqual(['“HUAWEI” already names Huawei.']);
    expect(say(checkName(input({ aliases: ['英伟达'] }), known))).toEqual(['“英伟达” already names NVIDIA.']);
  });

  it('too short, too long, no letters, too many spellings, a long description, a relation to nothing', () => {
    expect(say(checkName(input({ name: 'J' }), known))).toEqual(['“J” is too short: a name has at least 2 characters.']);
    expect(say(checkName(input({ name: 'x'.repeat(101) }), known))).toEqual(['This is 101 characters long: a name has at most 100.']);
    expect(say(checkName(input({ name: '—!!—' }), known))).toEqual(['Give the name.']);
    expect(say(checkName(input({ name: '#%' }), known))).toEqual(['“#%” has no letter or digit, so it could never be found.']);
    expect(say(checkName(input({ aliases: Array.from({ length: 21 }, (_, i) => `Huang ${i}`) }), known))).toEqual(['21 other spellings: at most 20.']);
    expect(say(checkName(input({ description: 'y'.repeat(401) }), known))).toEqual(['The description has 401 characters: at most 400.']);
    expect(say(checkName(input({ relation: { type: 'part-of', to: 'gone' } }), known))).toEqual(['That name is no longer in your knowledge: choose another.']);
  });

  it('every problem has words in German too', () => {
    const check = checkName(input({ name: 'J', aliases: ['Huawei'], description: 'y'.repeat(401), relation: { type: 'makes', to: 'gone' } }), known);
    const problems: NameProblem[] = [...(check.ok ? [] : check.problems), { field: 'name', kind: 'invalid', detail: 'kind should be one of …' }];
    expect(problems).toHaveLength(5);
    for (const p of problems) expect(describeNameProblem(p, de)).not.toMatch(/^$|\$\d|yours_/);
  });
});

describe('ids and folding', () => {
  it('“yours-” and the name in Latin letters; a number for other scripts; never an id already taken', () => {
    expect(newNameId('Jensen Huang', new Set())).toBe('yours-jensen-huang');
    expect(newNameId('Zhōngxīng (ZTE)', new Set())).toBe('yours-zhongxing-zte');
    expect(newNameId('寒武纪', new Set())).toMatch(/^yours-[a-z0-9]+$/);
    expect(newNameId('Jensen Huang', new Set(['yours-jensen-huang', 'yours-jensen-huang-2']))).toBe('yours-jensen-huang-3');
  });

  it('spellings that are the same name fold alike', () => {
    expect(foldName('ＮＶＩＤＩＡ')).toBe(foldName('Nvidia'));
    expect(foldName('“Huawei’s”')).toBe('huawei');
  });
});
