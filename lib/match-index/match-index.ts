// The compact index of a KB's names: what the matcher needs of every entity and alias, in typed
// arrays and a few long strings instead of one object per alias, so that 300,000 aliases cost a
// few MB, are stored in IndexedDB as they are (no per-object cloning) and are read back whole.
// Built once per KB in the background (build-index.ts); pages get from it only the first words
// and first characters of the names (for the probe) and, on demand, the groups of aliases that
// start with a word or character their text holds (alias-groups.ts).
import type { Entity } from '../kb-schema.ts';

/** What the index reads of an entity (a KB entity, or a reader's name as one). */
export type IndexEntity = Pick<Entity, 'id' | 'parent' | 'marks' | 'aliases' | 'cues'> &
  Partial<Pick<Entity, 'name' | 'models' | 'notNames'>>;

export const INDEX_FORMAT = 1;

/** entityFlags */
export const USED = 1;
export const HAS_MODELS = 2;
/** marks: true: the entity is marked on pages (pages see only these, alias-groups.ts). */
export const MARKED = 4;

/** wordFlags: the case rule in the low two bits, then these. */
export const CASE_EXACT = 1;
export const CASE_CAPITALIZED = 2;
export const NEEDS_CONTEXT = 4;
export const WORD_LIKE = 8;

export interface MatchIndex {
  format: typeof INDEX_FORMAT;
  /** Every entity given, in order, used or not: parent chains run through all of them. */
  entityCount: number;
  ids: string;
  idStarts: Int32Array;
  names: string;
  nameStarts: Int32Array;
  /** The entity the parent id names (the last with that id), or -1. */
  parents: Int32Array;
  /** The top of each entity's parent chain, with every entity present. */
  families: Int32Array;
  /** Distinct ids: how far a parent chain is followed (a cycle stops after as many steps). */
  distinctIds: number;
  entityFlags: Uint8Array;
  /** Per entity, JSON of { c: cues, m: models, n: notNames } where it has any; else empty. */
  extras: string;
  extraStarts: Int32Array;

  /** Hashes of the aliases' first words, ascending; group k is wordGroups[k] … wordGroups[k + 1]. */
  wordKeys: Int32Array;
  wordGroups: Int32Array;
  /** Per word alias, longest first within a group: its entity, flags, folded words joined by
   * spaces, and (for the 'exact' case rule) its words as written. */
  wordEntity: Int32Array;
  wordFlags: Uint8Array;
  wordText: string;
  wordTextStarts: Int32Array;
  writtenText: string;
  writtenStarts: Int32Array;

  /** Folded first characters of the joined (Chinese) aliases, ascending, and their groups. */
  charKeys: Int32Array;
  charGroups: Int32Array;
  charEntity: Int32Array;
  /** NEEDS_CONTEXT or 0. */
  charFlags: Uint8Array;
  charText: string;
  charTextStarts: Int32Array;
  /** The first code unit of each of the alias's notAfter characters. */
  notAfterText: string;
  notAfterStarts: Int32Array;

  /** For telling a model's own entity (lib/matcher.ts modelFound): the name keys held by the
   * families that have product lines, each with every entity that holds it, in order.
   * Entry k: family modelEntryFamily[k] holds key modelEntryKey[k]. */
  modelEntryFamily: Int32Array;
  modelEntryKey: Int32Array;
  modelKeys: string;
  modelKeyStarts: Int32Array;
  modelHolders: Int32Array;
  modelHolderStarts: Int32Array;
}

export const slice = (text: string, starts: Int32Array, i: number): string => text.slice(starts[i]!, starts[i + 1]!);

export const entityId = (index: MatchIndex, e: number): string => slice(index.ids, index.idStarts, e);

export interface EntityExtras {
  c?: string[];
  m?: NonNullable<Entity['models']>;
  n?: string[];
}

export function entityExtras(index: MatchIndex, e: number): EntityExtras {
  const json = slice(index.extras, index.extraStarts, e);
  return json ? (JSON.parse(json) as EntityExtras) : {};
}

/** The range of group `key` in sorted `keys`, or undefined. */
export function groupOf(keys: Int32Array, groups: Int32Array, key: number): [number, number] | undefined {
  let lo = 0;
  let hi = keys.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const k = keys[mid]!;
    if (k === key) return [groups[mid]!, groups[mid + 1]!];
    if (k < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

/** Bytes the index takes (typed arrays, and strings at two bytes a character at most). */
export function indexBytes(index: MatchIndex): number {
  let bytes = 0;
  for (const value of Object.values(index)) {
    if (ArrayBuffer.isView(value)) bytes += value.byteLength;
    else if (typeof value === 'string') bytes += value.length * 2;
  }
  return bytes;
}
