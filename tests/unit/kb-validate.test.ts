import { describe, expect, it } from 'vitest';
import { formatProblem, validateKb } from '../../lib/kb-validate.ts';
import type { KnowledgeBase } from '../../lib/kb-schema.ts';
import { buildBundledKb } from '../../scripts/seeds.ts';

const good = buildBundledKb();
const clone = (): KnowledgeBase => structuredClone(good);

function problems(kb: unknown): string[] {
  const result = validateKb(kb);
  return result.ok ? [] : result.problems.map(formatProblem);
}

describe('validateKb', () => {
  it('accepts the bundled KB', () => {
    expect(problems(good)).toEqual([]);
  });

  it('accepts a KB written before entities had models and notNames', () => {
    const old = clone();
    for (const e of old.entities) {
      delete e.models;
      delete e.notNames;
    }
    expect(problems(old)).toEqual([]);
    expect(good.entities.find((e) => e.id === 'ascend')!.models?.codes.length).toBeGreaterThan(0);
  });

  it.each<[string, (kb: KnowledgeBase) => unknown, string]>([
    ['not an object', () => 'hello', 'should be an object: a knowledge base (see kb.schema.json)'],
    ['an empty alias list', (kb) => { kb.entities[4]!.aliases = []; return kb; }, 'entities[4].aliases is empty'],
    ['a duplicate id', (kb) => { kb.entities[1]!.id = 'deepseek'; return kb; }, 'entities[1].id "deepseek" is already the id of entities[0]'],
    ['a relation to an unknown entity', (kb) => { kb.relations[0]!.to = 'kirin'; return kb; }, 'relations[0].to names "kirin", which is not an entity in this KB'],
    ['an unknown parent', (kb) => { kb.entities[1]!.parent = 'nobody'; return kb; }, 'entities[1].parent names "nobody", which is not an entity in this KB'],
    ['a parent loop', (kb) => { kb.entities[0]!.parent = 'deepseek-r2'; return kb; }, 'entities[0].parent makes a loop: "deepseek" is its own ancestor'],
    ['a missing name', (kb) => { delete (kb.entities[2] as Partial<KnowledgeBase['entities'][0]>).name; return kb; }, 'entities[2].name is missing'],
    ['a wrong kind', (kb) => { (kb.entities[2] as { kind: string }).kind = 'fruit'; return kb; }, 'entities[2].kind should be one of company, chip, model, platform, publication, authority, person, other'],
    ['a malformed id', (kb) => { kb.entities[2]!.id = 'Hua Wei'; return kb; }, 'entities[2].id should be lower-case letters, digits and single hyphens, like "ascend-910c"'],
    ['a blank alias', (kb) => { kb.entities[2]!.aliases[0]!.text = '   '; return kb; }, 'entities[2].aliases[0].text is blank'],
    ['an alias with no letters', (kb) => { kb.entities[2]!.aliases[0]!.text = '--'; return kb; }, 'entities[2].aliases[0].text has no letter or digit, so it can never be found'],
    ['a span outside its sentence', (kb) => { kb.entities[0]!.contexts[0]!.spans[0] = { start: 0, end: 9999 }; return kb; }, 'entities[0].contexts[0].spans[0] (0–9999) is not inside the quoted text'],
    ['a context from an unknown source', (kb) => { kb.entities[0]!.contexts[0]!.source = 'elsewhere'; return kb; }, 'entities[0].contexts[0].source names "elsewhere", which is not in sources'],
    ['a version that is not a whole number', (kb) => { (kb as { version: unknown }).version = 2.5; return kb; }, 'version should be a whole number'],
    ['a version given as text', (kb) => { (kb as { version: unknown }).version = '3'; return kb; }, 'version should be a number'],
    ['a format from the future', (kb) => { (kb as { format: unknown }).format = 2; return kb; }, 'format should be 1 (the KB format this extension reads)'],
    ['a bad release date', (kb) => { kb.released = 'yesterday'; return kb; }, 'released should be a date like 2026-11-28'],
    ['no entities', (kb) => { kb.entities = []; return kb; }, 'entities is empty'],
    ['a model shape with an open "["', (kb) => { kb.entities[3]!.models = { codes: ['###[@'] }; return kb; }, 'entities[3].models.codes[0] ("###[@") has a "[" without its "]"'],
    ['a model shape that is all optional', (kb) => { kb.entities[3]!.models = { codes: ['###'], suffixes: ['[Pro]'] }; return kb; }, 'entities[3].models.suffixes[0] ("[Pro]") can match nothing at all: everything in it is optional'],
    ['a model shape nested three deep', (kb) => { kb.entities[3]!.models = { codes: ['V[#[.[#]]]'] }; return kb; }, 'entities[3].models.codes[0] ("V[#[.[#]]]") nests "[ ]" more than 2 deep'],
    ['a regular expression for a model shape', (kb) => { kb.entities[3]!.models = { codes: ['(a+)+$'] }; return kb; }, 'entities[3].models.codes[0] may hold only letters, digits, "#" (one digit), "@" (one letter), "[ ]" (an optional part), spaces, ".", "+" and "-"'],
    ['no model shapes', (kb) => { kb.entities[3]!.models = { codes: [] }; return kb; }, 'entities[3].models.codes is empty'],
    ['models that are not an object', (kb) => { (kb.entities[3] as { models: unknown }).models = '###'; return kb; }, 'entities[3].models should be an object like {"codes": ["###[@][@]"], "suffixes": ["Pro"]}'],
    ['models written as a list', (kb) => { (kb.entities[3] as { models: unknown }).models = ['###']; return kb; }, 'entities[3].models.codes is missing'],
    ['a notName that does not start with a name of the entity', (kb) => { kb.entities[3]!.notNames = ['Money Ascend']; return kb; }, 'entities[3].notNames[0] ("Money Ascend") should start with one of this entity\'s names ("Ascend", "昇腾", "昇騰"), like "Ascend Money"; as it is, it can never apply'],
  ])('%s', (_, breakIt, message) => {
    expect(problems(breakIt(clone()))).toContain(message);
  });

  it('still reads an older KB whose entities have one summary instead of a description and a story', () => {
    const kb = clone() as unknown as { title?: unknown; entities: Record<string, unknown>[] };
    kb.title = 'An older KB';
    for (const e of kb.entities) {
      e.summary = { en: 'Summary.', de: 'Zusammenfassung.' };
      delete e.description;
      delete e.story;
      delete e.names;
    }
    expect(problems(kb)).toEqual([]);
  });

  it('accepts a description in one language only, and a title per language', () => {
    const kb = clone();
    kb.entities[0]!.description = { de: 'Nur Deutsch.' };
    kb.title = { en: 'English title', de: 'Deutscher Titel' };
    expect(problems(kb)).toEqual([]);
  });

  it('reports every problem, not just the first', () => {
    const kb = clone();
    kb.entities[4]!.aliases = [];
    kb.entities[5]!.aliases = [];
    expect(problems(kb)).toEqual(['entities[4].aliases is empty', 'entities[5].aliases is empty']);
  });
});
