// A big KB for the scaling run: the bundled entities plus made-up companies and their products
// up to a given number of entities and aliases, in the bundled KB's format. Invented names that
// occur in any benchmark page are replaced, so the marks on the pages stay the same.
import { compileMatcher } from '../lib/matcher.ts';
import type { Alias, Entity, KnowledgeBase, Relation } from '../lib/kb-schema.ts';
import {
  chineseName, companySuffix, madeUpWord, modelCode, modelTail, seededRandom, slug, type Random,
} from './made-up-names.ts';

export interface ScaleTarget {
  entities: number;
  aliases: number;
}

const MAX_ROUNDS = 20;

interface Family {
  /** Planned alias count per member; members[0] is the company. */
  counts: number[];
  entities: Entity[];
  relations: Relation[];
}

const alias = (text: string, extra: Partial<Alias> = {}): Alias => ({ text, lang: 'en', case: 'any', needsContext: false, notAfter: [], ...extra });

function entity(id: string, name: string, kind: Entity['kind'], aliases: Alias[], parent?: string, cues: string[] = []): Entity {
  return {
    id, name, kind, marks: true, aliases, cues, contexts: [],
    ...(parent ? { parent } : {}),
    summary: { en: `${name}: a made-up ${kind} in the benchmark KB.`, de: `${name}: ein erfundener Eintrag (${kind}) in der Benchmark-Wissensbasis.` },
  };
}

/** Draws one family with the planned alias counts; `taken` keeps ids and alias texts unique. */
function drawFamily(random: Random, counts: number[], taken: Set<string>): Family {
  const fresh = (make: () => string) => {
    for (;;) {
      const s = make();
      if (!taken.has(s.toLowerCase())) return s;
    }
  };
  const company = fresh(() => madeUpWord(random));
  const companyZh = fresh(() => chineseName(random));
  const companyId = fresh(() => slug(company));
  const companyAliases = [
    alias(company, { case: random() < 0.2 ? 'capitalized' : 'any' }),
    alias(`${company} ${companySuffix(random)}`),
    alias(companyZh, { lang: 'zh' }),
    alias(`${company} ${companySuffix(random)} Group`),
  ];
  const entities = [entity(companyId, company, 'company', companyAliases.slice(0, counts[0]))];
  const relations: Relation[] = [];
  for (let m = 1; m < counts.length; m++) {
    const line = fresh(() => madeUpWord(random));
    const code = modelCode(random);
    const tail = modelTail(random);
    const name = tail ? `${line} ${code} ${tail}` : `${line} ${code}`;
    const kind = random() < 0.5 ? 'chip' : random() < 0.6 ? 'model' : 'platform';
    const productAliases = [
      alias(name),
      alias(`${company} ${line} ${code}`),
      alias(`${companyZh}${code}`, { lang: 'zh' }),
      alias(line, { case: 'capitalized', needsContext: true }),
    ];
    const id = fresh(() => slug(`${company}-${line}-${code}`));
    entities.push(entity(id, name, kind, productAliases.slice(0, counts[m]), companyId, [company, code]));
    relations.push({ from: companyId, type: 'makes', to: id });
  }
  for (const e of entities) {
    taken.add(e.id);
    for (const a of e.aliases) taken.add(a.text.toLowerCase());
  }
  return { counts, entities, relations };
}

/** Alias counts per synthetic entity: mostly 3, some 2 and 4, summing exactly to `total`. */
function aliasPlan(entities: number, total: number): number[] {
  const counts = Array.from({ length: entities }, (_, i) => (i % 10 === 3 ? 2 : i % 10 === 7 ? 4 : 3));
  let rest = total - counts.reduce((a, b) => a + b, 0);
  for (let i = 0; rest !== 0 && i < counts.length * 2; i++) {
    const k = i % counts.length;
    if (rest > 0 && counts[k]! < 4) (counts[k]!++, rest--);
    else if (rest < 0 && counts[k]! > 1) (counts[k]!--, rest++);
  }
  if (rest !== 0) throw new Error(`cannot spread ${total} aliases over ${entities} entities`);
  return counts;
}

/** Ids of the entities (with their family) whose aliases occur in any of the texts. */
function familiesFound(families: Family[], texts: readonly string[]): Set<number> {
  const familyOf = new Map<string, number>();
  families.forEach((f, i) => f.entities.forEach((e) => familyOf.set(e.id, i)));
  // Every alias counts, also the ambiguous ones, whatever the context.
  const matcher = compileMatcher(families.flatMap((f) => f.entities).map((e) => ({ ...e, aliases: e.aliases.map((a) => ({ ...a, needsContext: false })) })));
  const found = new Set<number>();
  for (const text of texts) for (const span of matcher.scan(text)) found.add(familyOf.get(span.entity)!);
  return found;
}

export interface ScaledKb {
  kb: KnowledgeBase;
  /** Families drawn again because an invented name occurred in a page. */
  redrawn: number;
}

export function scaledKb(bundled: KnowledgeBase, target: ScaleTarget, pageTexts: readonly string[], seed = 1): ScaledKb {
  const random = seededRandom(seed);
  const bundledAliases = bundled.entities.reduce((n, e) => n + e.aliases.length, 0);
  const counts = aliasPlan(target.entities - bundled.entities.length, target.aliases - bundledAliases);
  const taken = new Set<string>(bundled.entities.flatMap((e) => [e.id, ...e.aliases.map((a) => a.text.toLowerCase())]));
  const families: Family[] = [];
  for (let i = 0; i < counts.length;) {
    const size = Math.min(counts.length - i, 1 + Math.floor(random() * 4));
    families.push(drawFamily(random, counts.slice(i, i + size), taken));
    i += size;
  }
  let redrawn = 0;
  for (let round = 0; ; round++) {
    const found = familiesFound(families, pageTexts);
    if (!found.size) break;
    if (round === MAX_ROUNDS) throw new Error(`invented names still occur in the pages after ${MAX_ROUNDS} rounds`);
    for (const i of found) families[i] = drawFamily(random, families[i]!.counts, taken);
    redrawn += found.size;
  }
  const kb: KnowledgeBase = {
    ...bundled,
    title: `Benchmark KB: ${bundled.entities.length} bundled + ${counts.length} made-up entities`,
    entities: [...bundled.entities, ...families.flatMap((f) => f.entities)],
    relations: [...bundled.relations, ...families.flatMap((f) => f.relations)],
  };
  return { kb, redrawn };
}
