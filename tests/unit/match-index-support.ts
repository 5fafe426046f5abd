// Helpers for the compact index's tests: a page's matcher that is given its groups on demand (as
// the content script is, by a message), scanning as a page does (again once the missed groups
// have come), and texts that use a KB's names in all the forms the rules care about.
import fc from 'fast-check';
import type { Entity, KnowledgeBase } from '../../lib/kb-schema.ts';
import { IndexView, type ViewOptions } from '../../lib/match-index/alias-groups.ts';
import type { MatchIndex } from '../../lib/match-index/match-index.ts';
import { encodeKeys, pageMatcher } from '../../lib/match-index/page-names.ts';
import type { Matcher, ScanOptions, Span } from '../../lib/matcher.ts';
import { seededRandom, pick } from '../../bench/made-up-names.ts';
import { ALIAS_FORMS, TRAPS } from './fuzz-text.ts';

export function lazyPageMatcher(indexes: MatchIndex[], options: ViewOptions = {}): { matcher: Matcher; requests: () => number } {
  const view = new IndexView(indexes, options);
  const keys = view.allKeys();
  let requests = 0;
  const matcher = pageMatcher({ id: 'test', ...encodeKeys(keys, view.charPairs()) }, async (k) => {
    requests++;
    return view.groups(k);
  });
  return { matcher, requests: () => requests };
}

/** Scans as a page does: where the scan missed a group, again once it has come. */
export async function scanAsPage(matcher: Matcher, text: string, options?: ScanOptions): Promise<Span[]> {
  for (let round = 0; round < 5; round++) {
    const spans = matcher.scan(text, options);
    if (!matcher.missed()) return spans;
    await matcher.fetched();
  }
  throw new Error(`still missing groups after 5 rounds: ${text}`);
}

/** The entities a page's config held before the index: marked, less those switched off. */
export function pageEntities(entities: readonly Entity[], off: ReadonlySet<string> = new Set()): Entity[] {
  return entities.filter((e) => e.marks && !off.has(e.id));
}

const SHAPE_LETTERS = 'ABCDEFGHKMQRSTVXZ';

/** A code a product line's shape covers ("@###" → "Q742"), or its own code. */
function codeFor(shape: string, random: () => number): string {
  return shape.replace(/\[[^\]]*\]/g, '').replace(/@/g, () => pick(random, [...SHAPE_LETTERS])).replace(/#/g, () => String(Math.floor(random() * 10)));
}

/** One use of an entity's name: as written, in another case, with a genitive, a model code, inside Chinese text, or glued to letters. */
function nameUse(entity: Entity, random: () => number): string {
  const alias = pick(random, entity.aliases).text;
  const form = Math.floor(random() * 9);
  if (/^\p{sc=Han}/u.test(alias)) return pick(random, [`据报道${alias}发布了`, `中${alias}`, `${alias}${codeFor('@##', random)}`, alias]);
  if (form === 0) return alias.toLowerCase();
  if (form === 1) return alias.toUpperCase();
  if (form === 2) return `${alias}s`;
  if (form === 3) return `${alias}’s ${entity.models ? codeFor(entity.models.codes[0]!, random) : 'chip'}`;
  if (form === 4 && entity.models) return `${alias} ${codeFor(pick(random, entity.models.codes), random)}${entity.models.suffixes?.length ? ` ${pick(random, entity.models.suffixes)}` : ''}`;
  if (form === 5) return `${alias}x`;
  if (form === 6) return `the ${alias}-based`;
  return alias;
}

/** Texts that name random entities of `kb` amid the fuzz corpus's names, traps and cue words. */
export function textsNaming(kb: KnowledgeBase, count: number, seed = 7): string[] {
  const random = seededRandom(seed);
  const marked = kb.entities.filter((e) => e.marks);
  const filler = [...ALIAS_FORMS, ...TRAPS, 'chip', 'Chip', 'KI', 'CEO', 'the', 'und', '的', '芯片', '.', ',', '\u00ad', '\u00a0'];
  return Array.from({ length: count }, () => {
    const parts: string[] = [];
    for (let i = 0, n = 2 + Math.floor(random() * 6); i < n; i++) {
      const e = pick(random, marked);
      parts.push(random() < 0.6 ? nameUse(e, random) : pick(random, filler));
      // A cue of the entity nearby, sometimes, so ambiguous names hold.
      if (e.cues.length && random() < 0.3) parts.push(pick(random, e.cues));
    }
    return parts.join(random() < 0.8 ? ' ' : '');
  });
}

/** A subset of ids, as fast-check draws them. */
export const someIds = (ids: readonly string[]) => fc.subarray([...ids]).map((list) => new Set(list));
