// Builds the compact index (match-index.ts) from a list of entities, a step at a time: the
// background builds it for 100,000 entities in slices between which it answers messages.
// Every choice the matcher made when it compiled its own tables is made here the same way:
// which entities are used, their families, the order of the aliases in a group (longest first,
// then as given) and which entity a model's name belongs to.
import { nameKey } from '../code-shapes.ts';
import { aliasWords, hashWord, isJoinedAlias, isWordLike, joinedAliasChars } from './alias-words.ts';
import {
  CASE_CAPITALIZED, CASE_EXACT, HAS_MODELS, INDEX_FORMAT, MARKED, NEEDS_CONTEXT, USED, WORD_LIKE,
  type EntityExtras, type IndexEntity, type MatchIndex,
} from './match-index.ts';

export interface BuildOptions {
  /** Also match entities with marks: false (sources, authorities): used by the KB compiler. */
  includeUnmarked?: boolean;
}

/** Entities between two pauses of a sliced build. */
const STEP = 400;

interface Pending {
  key: number;
  /** Longer first (weight, or character count); ties in the order given. */
  length: number;
  entity: number;
  flags: number;
  text: string;
  other: string;
}

/** Builds in one go (Node, tests, a small KB). */
export function buildMatchIndex(entities: readonly IndexEntity[], options: BuildOptions = {}): MatchIndex {
  const steps = buildSteps(entities, options);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** The same build, with `pause()` awaited between steps that take more than `budgetMs`. */
export async function buildMatchIndexInSlices(entities: readonly IndexEntity[], pause: () => Promise<void>, options: BuildOptions = {}, budgetMs = 8): Promise<MatchIndex> {
  const steps = buildSteps(entities, options);
  let sliceStart = performance.now();
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    if (performance.now() - sliceStart > budgetMs) {
      await pause();
      sliceStart = performance.now();
    }
  }
}

const CASE_FLAGS = { any: 0, exact: CASE_EXACT, capitalized: CASE_CAPITALIZED } as const;

function* buildSteps(entities: readonly IndexEntity[], options: BuildOptions): Generator<void, MatchIndex> {
  const n = entities.length;
  const byId = new Map<string, number>();
  entities.forEach((e, i) => byId.set(e.id, i));
  const parents = new Int32Array(n).fill(-1);
  const entityFlags = new Uint8Array(n);
  const ids = new Strings();
  const names = new Strings();
  const extras = new Strings();
  const words: Pending[] = [];
  const chars: Pending[] = [];
  /** Every used alias's name key and entity, for telling a model's own entity. */
  const keyTexts: string[] = [];
  const keyEntities: number[] = [];
  for (let e = 0; e < n; e++) {
    if (e % STEP === 0) yield;
    const entity = entities[e]!;
    ids.push(entity.id);
    names.push(entity.name ?? entity.id);
    if (entity.parent !== undefined) parents[e] = byId.get(entity.parent) ?? -1;
    const used = !!(entity.marks || options.includeUnmarked);
    entityFlags[e] = (used ? USED : 0) | (entity.marks ? MARKED : 0) | (entity.models ? HAS_MODELS : 0);
    extras.push(used ? extrasJson(entity) : '');
    if (!used) continue;
    for (const alias of entity.aliases) {
      keyEntities.push(e);
      if (isJoinedAlias(alias.text)) {
        keyTexts.push(nameKey(alias.text));
        const text = joinedAliasChars(alias.text);
        const notAfter = alias.notAfter.map((s) => String.fromCharCode(s.charCodeAt(0))).join('');
        // Keyed by the fold of its first code unit, which its characters start with.
        chars.push({ key: text.charCodeAt(0), length: text.length, entity: e, flags: alias.needsContext ? NEEDS_CONTEXT : 0, text, other: notAfter });
        continue;
      }
      const { words: folded, written } = aliasWords(alias.text);
      // Without Chinese characters inside it, an alias's name key is its folded words run together.
      keyTexts.push(HAS_CJK.test(alias.text) ? nameKey(alias.text) : folded.join(''));
      if (!folded.length) continue;
      const flags = CASE_FLAGS[alias.case] | (alias.needsContext ? NEEDS_CONTEXT : 0) | (isWordLike(folded) ? WORD_LIKE : 0);
      const text = folded.join(' ');
      words.push({ key: hashWord(folded[0]!), length: text.length, entity: e, flags, text, other: alias.case === 'exact' ? written.join(' ') : '' });
    }
  }
  yield;
  const families = new Int32Array(n);
  for (let e = 0; e < n; e++) {
    let at = e;
    for (let steps = 0; parents[at]! >= 0 && steps < byId.size; steps++) at = parents[at]!;
    families[e] = at;
  }
  yield;
  const wordTable = yield* groupTable(words);
  const charTable = yield* groupTable(chars);
  const models = yield* modelKeyTable(keyTexts, keyEntities, entityFlags, families, ids);
  return {
    format: INDEX_FORMAT,
    entityCount: n,
    ...ids.done('ids', 'idStarts'),
    ...names.done('names', 'nameStarts'),
    parents,
    families,
    distinctIds: byId.size,
    entityFlags,
    ...extras.done('extras', 'extraStarts'),
    wordKeys: wordTable.keys,
    wordGroups: wordTable.groups,
    wordEntity: wordTable.entity,
    wordFlags: wordTable.flags,
    ...wordTable.text.done('wordText', 'wordTextStarts'),
    ...wordTable.other.done('writtenText', 'writtenStarts'),
    charKeys: charTable.keys,
    charGroups: charTable.groups,
    charEntity: charTable.entity,
    charFlags: charTable.flags,
    ...charTable.text.done('charText', 'charTextStarts'),
    ...charTable.other.done('notAfterText', 'notAfterStarts'),
    ...models,
  } as MatchIndex;
}

/** Groups by key (ascending), each group longest first and otherwise in the order given. */
function* groupTable(pending: Pending[]): Generator<void, { keys: Int32Array; groups: Int32Array; entity: Int32Array; flags: Uint8Array; text: Strings; other: Strings }> {
  const byKey = new Map<number, Pending[]>();
  for (let i = 0; i < pending.length; i++) {
    if (i % (STEP * 8) === 0) yield;
    const p = pending[i]!;
    const list = byKey.get(p.key);
    if (list) list.push(p);
    else byKey.set(p.key, [p]);
  }
  yield;
  const keys = Int32Array.from(byKey.keys()).sort();
  const groups = new Int32Array(keys.length + 1);
  const entity = new Int32Array(pending.length);
  const flags = new Uint8Array(pending.length);
  const text = new Strings();
  const other = new Strings();
  let at = 0;
  for (let k = 0; k < keys.length; k++) {
    if (k % (STEP * 4) === 0) yield;
    groups[k] = at;
    const list = byKey.get(keys[k]!)!.sort((a, b) => b.length - a.length);
    for (const p of list) {
      entity[at] = p.entity;
      flags[at] = p.flags;
      text.push(p.text);
      other.push(p.other);
      at++;
    }
  }
  groups[keys.length] = at;
  return { keys, groups, entity, flags, text, other };
}

/**
 * For the families that have a product line (an entity with models): every name key their
 * members hold, and for each such key every used entity that holds it, in order. The matcher
 * took the first holder of a key as the model's own entity, if it was of the line's family.
 */
function* modelKeyTable(keyTexts: string[], keyEntities: number[], flags: Uint8Array, families: Int32Array, ids: Strings): Generator<void, Partial<MatchIndex>> {
  const familyId = (e: number) => ids.at(families[e]!);
  const lineFamilies = new Set<string>();
  flags.forEach((f, e) => {
    if (f & USED && f & HAS_MODELS) lineFamilies.add(familyId(e));
  });
  if (!lineFamilies.size) return emptyModelKeys();
  const entries = new Map<string, Set<string>>();
  const holders = new Map<string, number[]>();
  for (let a = 0; a < keyTexts.length; a++) {
    if (a % (STEP * 8) === 0) yield;
    const family = familyId(keyEntities[a]!);
    if (!lineFamilies.has(family)) continue;
    let keys = entries.get(family);
    if (!keys) entries.set(family, (keys = new Set()));
    keys.add(keyTexts[a]!);
    holders.set(keyTexts[a]!, []);
  }
  for (let a = 0; a < keyTexts.length; a++) {
    if (a % (STEP * 8) === 0) yield;
    const list = holders.get(keyTexts[a]!);
    const e = keyEntities[a]!;
    if (list && list[list.length - 1] !== e) list.push(e);
  }
  const keyIndex = new Map<string, number>();
  const keys = new Strings();
  const held: number[] = [];
  const heldStarts = [0];
  for (const [key, list] of holders) {
    keyIndex.set(key, keyIndex.size);
    keys.push(key);
    held.push(...list);
    heldStarts.push(held.length);
  }
  const familyOfId = new Map<string, number>();
  families.forEach((f) => familyOfId.set(ids.at(f), f));
  const entryFamily: number[] = [];
  const entryKey: number[] = [];
  for (const [family, familyKeys] of entries) {
    for (const key of familyKeys) {
      entryFamily.push(familyOfId.get(family)!);
      entryKey.push(keyIndex.get(key)!);
    }
  }
  return {
    modelEntryFamily: Int32Array.from(entryFamily),
    modelEntryKey: Int32Array.from(entryKey),
    ...keys.done('modelKeys', 'modelKeyStarts'),
    modelHolders: Int32Array.from(held),
    modelHolderStarts: Int32Array.from(heldStarts),
  };
}

function emptyModelKeys(): Partial<MatchIndex> {
  return {
    modelEntryFamily: new Int32Array(0), modelEntryKey: new Int32Array(0), modelKeys: '',
    modelKeyStarts: new Int32Array(1), modelHolders: new Int32Array(0), modelHolderStarts: new Int32Array(1),
  };
}

const HAS_CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** JSON of what the matcher reads of an entity besides its aliases, or '' when there is nothing. */
function extrasJson(entity: IndexEntity): string {
  const extra: EntityExtras = {};
  if (entity.cues.length) extra.c = entity.cues;
  if (entity.models) extra.m = entity.models;
  if (entity.notNames?.length) extra.n = entity.notNames;
  return extra.c || extra.m || extra.n ? JSON.stringify(extra) : '';
}

/** Many short strings as one long one and where each starts. */
class Strings {
  private readonly parts: string[] = [];
  private readonly starts: number[] = [0];
  private length = 0;

  push(text: string): void {
    this.parts.push(text);
    this.length += text.length;
    this.starts.push(this.length);
  }

  at(i: number): string {
    return this.parts[i]!;
  }

  done<T extends string, S extends string>(textKey: T, startsKey: S): Record<T, string> & Record<S, Int32Array> {
    return { [textKey]: this.parts.join(''), [startsKey]: Int32Array.from(this.starts) } as Record<T, string> & Record<S, Int32Array>;
  }
}
