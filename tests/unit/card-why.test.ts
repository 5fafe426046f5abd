// "Why is this marked?": the name that matched and its case rule, the model code after a product
// line's name, and for an ambiguous name what in the paragraph decided it. Each mark here is one
// the matcher really makes, checked again by lib/card/why-marked.ts.
import { describe, expect, it } from 'vitest';
import { whyMarked } from '../../lib/card/why-marked.ts';
import { compileMatcher } from '../../lib/matcher.ts';
import { seedKb } from '../fixtures/card/seed-kb.ts';
import { en, de } from '../fixtures/translator.ts';
import { whySentences } from '../../components/card/WhyText.tsx';

const entities = seedKb().entities;
const byId = new Map(entities.map((e) => [e.id, e]));
const matcher = compileMatcher(entities);

/** Why the `nth` mark the matcher makes in `text` is there. */
function why(text: string, nth = 0) {
  const spans = matcher.scan(text);
  const span = spans[nth];
  if (!span) throw new Error(`no mark #${nth} in ${JSON.stringify(text)}`);
  const entity = byId.get(span.entity)!;
  const ancestors = entity.parent ? [byId.get(entity.parent)!] : [];
  const neighbours = spans.filter((s) => s !== span && s.family === span.family).map((s) => text.slice(s.start, s.end));
  return whyMarked({ written: text.slice(span.start, span.end), entity, ancestors, paragraph: { text, start: span.start, end: span.end }, neighbours });
}

describe('why a mark is there', () => {
  it('names the alias and its case rule', () => {
    expect(why('Nvidia sells more chips.')).toEqual({ written: 'Nvidia', alias: 'NVIDIA', caseRule: 'any' });
    expect(why('Most of it runs on CUDA today.')).toEqual({ written: 'CUDA', alias: 'CUDA', caseRule: 'exact' });
  });

  it('names the model code after a product line’s name, and the shape it fits', () => {
    expect(why('Huawei plans the Ascend 920 for next year.', 1)).toMatchObject({
      written: 'Ascend 920',
      alias: 'Ascend',
      model: { code: '920', line: 'Ascend', shape: '###[@][@]' },
      decidedBy: { kind: 'model' },
    });
  });

  it('says what decided an ambiguous name: a cue in the paragraph', () => {
    expect(why('The Ascend chips power the new cluster.')).toMatchObject({ alias: 'Ascend', caseRule: 'capitalized', decidedBy: { kind: 'cue', cue: 'chip' } });
  });

  it('…a number after it', () => {
    expect(why('The Ascend 2026 roadmap was shown in Shenzhen.')).toMatchObject({ written: 'Ascend', decidedBy: { kind: 'number', number: '2026' } });
  });

  it('…another name of its family in the paragraph', () => {
    expect(why('Orders for the Ascend 910C grew, and Ascend is now a brand.', 1)).toMatchObject({ written: 'Ascend', decidedBy: { kind: 'neighbour', name: 'Ascend 910C' } });
  });

  it('…where it stands in a headline', () => {
    expect(why('The Ascend Ecosystem Grows Fast Again')).toMatchObject({ written: 'Ascend', decidedBy: { kind: 'headline' } });
  });

  it('says nothing it cannot back: a text that is no name of the entity', () => {
    expect(whyMarked({ written: 'Cambricon', entity: byId.get('nvidia')!, paragraph: { text: 'Cambricon', start: 0, end: 9 }, neighbours: [] })).toBeUndefined();
  });

  it('is said in English and German', () => {
    const reason = why('The Ascend chips power the new cluster.');
    expect(whySentences(reason, 'Ascend', en)).toEqual([
      '“Ascend” matches “Ascend”, a name of Ascend (not all in lower case).',
      '“Ascend” can also mean something else, so it is marked only where the text makes its sense clear. Here it is the word “chip” in the paragraph.',
    ]);
    expect(whySentences(why('Huawei plans the Ascend 920 for next year.', 1), 'Ascend', de)).toEqual([
      '„Ascend 920“ entspricht „Ascend“, einem Namen von Ascend (nicht ganz kleingeschrieben).',
      '„920“ danach ist ein Modellcode der Reihe Ascend (Muster „###[@][@]“).',
      '„Ascend“ kann auch etwas anderes bedeuten und wird nur markiert, wo der Text den Sinn klarmacht. Hier ist es der Modellcode danach.',
    ]);
    expect(whySentences(undefined, 'NVIDIA', en)[0]).toMatch(/no longer matches a name of NVIDIA/);
  });
});
