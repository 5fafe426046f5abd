// A big KB for the scaling runs and the tests at that size: the bundled entities plus made-up
// companies, their products and people, up to an exact number of entities and aliases (100,000
// and 300,000 by default), with names in English, German and Chinese, descriptions and a few
// quoted sentences each, valid per validateKb. Deterministic for a seed and a set of page texts.
// No invented name occurs in the given pages: no name starts with a word of theirs (nor with a
// word whose plural is theirs), and no Chinese name starts with a character they hold, so the
// marks on those pages stay what they are with the bundled KB and the probe has no more to do.
import { foldedWords } from '../lib/context-cues.ts';
import type { Alias, Entity, KnowledgeBase, Relation, Source } from '../lib/kb-schema.ts';
import {
  chineseCompanyName, chineseCore, chinesePersonName, codeShape, companySuffix, germanLegalForm, madeUpWord, modelCode,
  modelTail, seededRandom, slug, type Random,
} from './made-up-names.ts';
import { companyDescription, madeUpContexts, madeUpSources, personDescription, productDescription } from './made-up-texts.ts';

export interface ScaleTarget {
  entities: number;
  aliases: number;
}

export const KB_100K: ScaleTarget = { entities: 100_000, aliases: 300_000 };

const SOURCES = 400;
const CHINESE_POOL_SIZE = 400;

const alias = (text: string, extra: Partial<Alias> = {}): Alias => ({ text, lang: 'und', case: 'any', needsContext: false, notAfter: [], ...extra });

/** What a new name may not be: taken already, or a word (or the plural of one) of the pages. */
class Names {
  readonly taken = new Set<string>();
  drawn = 0;
  avoided = 0;
  constructor(private readonly random: Random, private readonly pageWords: ReadonlySet<string>) {}

  /** A made-up word no page has and no entity uses yet. */
  word(): string {
    for (;;) {
      const word = madeUpWord(this.random);
      const folded = word.toLowerCase();
      if (this.taken.has(folded)) continue;
      if (this.pageWords.has(folded) || this.pageWords.has(`${folded}s`)) {
        this.avoided++;
        continue;
      }
      this.taken.add(folded);
      return word;
    }
  }

  private readonly ids = new Set<string>();

  /** An entity id from `base`, numbered where it is taken. */
  id(base: string): string {
    let id = base;
    for (let n = 2; this.ids.has(id); n++) id = `${base}-${n}`;
    this.ids.add(id);
    return id;
  }

  /** `make()` until it gives a text (a Chinese name) not taken. */
  fresh(make: () => string): string {
    for (;;) {
      const text = make();
      if (!this.taken.has(text.toLowerCase())) {
        this.taken.add(text.toLowerCase());
        return text;
      }
    }
  }
}

/** Rare Han characters that no page holds, picked in a seeded walk over the main CJK block. */
function chinesePool(random: Random, pageChars: ReadonlySet<string>): string[] {
  const pool: string[] = [];
  for (let c = 0x4e00 + Math.floor(random() * 64); pool.length < CHINESE_POOL_SIZE && c <= 0x9fa5; c += 1 + Math.floor(random() * 40)) {
    const ch = String.fromCharCode(c);
    if (!pageChars.has(ch)) pool.push(ch);
  }
  return pool;
}

interface Drawn {
  entities: Entity[];
  relations: Relation[];
}

/** One family: a company, `products` products and maybe a person, each cut to its planned alias count. */
function drawFamily(random: Random, names: Names, pool: readonly string[], sources: readonly Source[], counts: number[]): Drawn {
  const company = names.word();
  const core = names.fresh(() => chineseCore(random, pool));
  const companyId = names.id(slug(company));
  const entity = (id: string, name: string, kind: Entity['kind'], aliases: Alias[], count: number, extra: Partial<Entity>): Entity => {
    const kept = aliases.slice(0, count);
    for (const a of kept.slice(1)) names.taken.add(a.text.toLowerCase());
    const e: Entity = { id, name, kind, marks: true, aliases: kept, cues: [], contexts: [], ...extra };
    e.contexts = madeUpContexts(random, e, sources);
    return e;
  };
  const entities = [entity(companyId, company, 'company', [
    alias(company, { case: random() < 0.15 ? 'capitalized' : 'any' }),
    alias(chineseCompanyName(random, core), { lang: 'zh' }),
    alias(`${company} ${germanLegalForm(random)}`, { lang: 'de' }),
    alias(`${company} ${companySuffix(random)}`, { lang: 'en' }),
  ], counts[0]!, { description: companyDescription(random, company) })];
  const relations: Relation[] = [];
  const withPerson = counts.length > 1 && random() < 0.25;
  for (let m = 1; m < counts.length; m++) {
    if (withPerson && m === counts.length - 1) {
      const first = names.word();
      const last = names.word();
      const name = `${first} ${last}`;
      const id = names.id(slug(name));
      entities.push(entity(id, name, 'person', [
        alias(name),
        alias(chinesePersonName(random, pool), { lang: 'zh' }),
        alias(last, { case: 'capitalized', needsContext: true }),
        alias(`${first} ${names.word()} ${last}`),
      ], counts[m]!, { cues: [company, 'CEO', 'Vorstand'], description: personDescription(random, name, company) }));
      relations.push({ from: id, type: 'part-of', to: companyId });
      continue;
    }
    const line = names.word();
    const code = modelCode(random);
    const tail = modelTail(random);
    const name = tail ? `${line} ${code} ${tail}` : `${line} ${code}`;
    const kind = random() < 0.5 ? 'chip' : random() < 0.6 ? 'model' : 'platform';
    const id = names.id(slug(`${company}-${line}-${code}`));
    const count = counts[m]!;
    const extra: Partial<Entity> = { cues: [company, code, kind === 'model' ? 'KI' : 'Chip', '芯片'], description: productDescription(random, name, kind, company) };
    // Some product lines name their models by a code shape ("Line X200" is a model of it), and
    // a few have a name that is something else ("Line Pay").
    if (random() < 0.2) extra.models = { codes: [codeShape(code)], suffixes: tail ? [tail] : undefined };
    if (count >= 4 && random() < 0.05) extra.notNames = [`${line} Pay`];
    entities.push(entity(id, name, kind, [
      alias(name, { lang: 'en' }),
      alias(`${company} ${line} ${code}`, { lang: 'en' }),
      alias(`${core}${code}`, { lang: 'zh' }),
      alias(line, { case: 'capitalized', needsContext: true }),
    ], count, { ...extra, parent: companyId }));
    relations.push({ from: companyId, type: 'makes', to: id });
  }
  return { entities, relations };
}

/** Alias counts per synthetic entity: mostly 3, some 2 and 4, summing exactly to `total`. */
function aliasPlan(entities: number, total: number): number[] {
  const counts = Array.from({ length: entities }, (_, i) => (i % 10 === 3 ? 2 : i % 10 === 7 ? 4 : 3));
  let rest = total - counts.reduce((a, b) => a + b, 0);
  for (let i = 0; rest !== 0 && i < counts.length * 3; i++) {
    const k = i % counts.length;
    if (rest > 0 && counts[k]! < 4) (counts[k]!++, rest--);
    else if (rest < 0 && counts[k]! > 1) (counts[k]!--, rest++);
  }
  if (rest !== 0) throw new Error(`cannot spread ${total} aliases over ${entities} entities`);
  return counts;
}

export interface ScaledKb {
  kb: KnowledgeBase;
  /** Made-up words drawn again because a page has them. */
  avoided: number;
}

function pageVocabulary(pageTexts: readonly string[]): { words: Set<string>; chars: Set<string> } {
  const words = new Set<string>();
  const chars = new Set<string>();
  for (const text of pageTexts) {
    for (const w of foldedWords(text)) words.add(w);
    for (const m of text.matchAll(/\p{sc=Han}/gu)) chars.add(m[0]);
  }
  return { words, chars };
}

export function scaledKb(bundled: KnowledgeBase, target: ScaleTarget = KB_100K, pageTexts: readonly string[] = [], seed = 1): ScaledKb {
  const random = seededRandom(seed);
  const vocabulary = pageVocabulary(pageTexts);
  const names = new Names(random, vocabulary.words);
  for (const e of bundled.entities) {
    names.id(e.id);
    for (const a of e.aliases) names.taken.add(a.text.toLowerCase());
  }
  const pool = chinesePool(random, vocabulary.chars);
  const sources = madeUpSources(random, SOURCES);
  const bundledAliases = bundled.entities.reduce((n, e) => n + e.aliases.length, 0);
  const counts = aliasPlan(target.entities - bundled.entities.length, target.aliases - bundledAliases);
  const entities: Entity[] = [];
  const relations: Relation[] = [];
  for (let i = 0; i < counts.length;) {
    const size = Math.min(counts.length - i, 1 + Math.floor(random() * 4));
    const family = drawFamily(random, names, pool, sources, counts.slice(i, i + size));
    entities.push(...family.entities);
    relations.push(...family.relations);
    i += size;
  }
  const kb: KnowledgeBase = {
    ...bundled,
    title: `Benchmark KB: ${bundled.entities.length} bundled + ${counts.length} made-up entities`,
    sources: [...bundled.sources, ...sources],
    entities: [...bundled.entities, ...entities],
    relations: [...bundled.relations, ...relations],
  };
  return { kb, avoided: names.avoided };
}

/** Fields a publisher leaves out when they hold the default (kb-schema.ts). */
const DEFAULTS: Record<string, unknown> = { lang: 'und', case: 'any', needsContext: false, marks: true };

/** The KB as a publisher would write it: without the fields that hold their default. */
export function kbJson(kb: KnowledgeBase): string {
  return JSON.stringify(kb, (key, value: unknown) => {
    if (key in DEFAULTS && value === DEFAULTS[key]) return undefined;
    if ((key === 'notAfter' || key === 'cues') && Array.isArray(value) && !value.length) return undefined;
    return value;
  });
}
