// Alias groups cut from the compact index (match-index.ts) for one view of it: a page sees only
// the marked entities less the ones the reader switched off there, as if the others were not in
// the KB at all (their aliases gone, their parent chains ending before them); the KB compiler and
// the reader's articles see every entity. A KB's index and the index of the reader's names (a
// second layer, its entities numbered after the KB's) make one view.
// Views assume what a checked KB guarantees: unique ids, no parent cycles, no parent across layers.
import type { AliasGroups, WireAlias, WireEntity } from './alias-tables.ts';
import { entityExtras, entityId, groupOf, HAS_MODELS, MARKED, slice, USED, type MatchIndex } from './match-index.ts';

export interface ViewOptions {
  /** Only the entities marked on pages (marks: true). */
  pageOnly?: boolean;
  /** Entity ids switched off (everywhere, or on this page's site). */
  off?: ReadonlySet<string>;
}

export interface GroupKeys {
  words: readonly number[];
  chars: readonly number[];
}

interface Layer {
  index: MatchIndex;
  offset: number;
  /** Unmasked family id → its model key entries. */
  modelEntries?: Map<string, number[]>;
}

export class IndexView {
  private readonly layers: Layer[] = [];
  private readonly familyCache = new Map<number, string>();
  private readonly masked: boolean;
  private presentCount: number | undefined;

  constructor(indexes: readonly MatchIndex[], private readonly options: ViewOptions = {}) {
    let offset = 0;
    for (const index of indexes) {
      this.layers.push({ index, offset });
      offset += index.entityCount;
    }
    this.masked = !!options.pageOnly || !!options.off?.size;
  }

  private layerOf(e: number): Layer {
    for (let i = this.layers.length - 1; i >= 0; i--) if (e >= this.layers[i]!.offset) return this.layers[i]!;
    throw new Error(`no entity ${e}`);
  }

  /** Whether the entity is among those the view's matcher is given (for parent chains). */
  private given(layer: Layer, local: number): boolean {
    const { index } = layer;
    if (this.options.pageOnly && !(index.entityFlags[local]! & MARKED)) return false;
    return !this.options.off?.has(entityId(index, local));
  }

  /** Whether the entity's aliases are matched in this view. */
  private matched(layer: Layer, local: number): boolean {
    return (layer.index.entityFlags[local]! & USED) !== 0 && this.given(layer, local);
  }

  /** The id of the top of the entity's parent chain, among the given entities. */
  family(e: number): string {
    const known = this.familyCache.get(e);
    if (known !== undefined) return known;
    const layer = this.layerOf(e);
    const { index } = layer;
    const local = e - layer.offset;
    let at = local;
    if (!this.masked) at = index.families[local]!;
    else {
      const limit = (this.presentCount ??= this.countGiven());
      for (let steps = 0; index.parents[at]! >= 0 && steps < limit; steps++) {
        const up = index.parents[at]!;
        if (!this.given(layer, up)) break;
        at = up;
      }
    }
    const id = entityId(index, at);
    this.familyCache.set(e, id);
    return id;
  }

  private countGiven(): number {
    let n = 0;
    for (const layer of this.layers) for (let e = 0; e < layer.index.entityCount; e++) if (this.given(layer, e)) n++;
    return n;
  }

  /** Every group key of the view's layers (for a page: the probe's first words and characters). */
  allKeys(): { words: Int32Array; chars: Int32Array } {
    const join = (pick: (i: MatchIndex) => Int32Array) => {
      const arrays = this.layers.map((l) => pick(l.index));
      const out = new Int32Array(arrays.reduce((n, a) => n + a.length, 0));
      let at = 0;
      for (const a of arrays) (out.set(a, at), (at += a.length));
      return out;
    };
    return { words: join((i) => i.wordKeys), chars: join((i) => i.charKeys) };
  }

  /** The first two characters of every joined alias, as (first << 16) | second, sorted, each once; an
   * alias of one character as (first << 16). A page's probe then passes over a Chinese
   * character that starts some name but not with the character after it. */
  charPairs(): Int32Array {
    const pairs: number[] = [];
    for (const { index } of this.layers) {
      const starts = index.charTextStarts;
      for (let a = 0; a + 1 < starts.length; a++) {
        const at = starts[a]!;
        const second = starts[a + 1]! - at > 1 ? index.charText.charCodeAt(at + 1) : 0;
        pairs.push(charPair(index.charText.charCodeAt(at), second));
      }
    }
    const sorted = Int32Array.from(pairs).sort();
    let n = 0;
    for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[n - 1]) sorted[n++] = sorted[i]!;
    return sorted.slice(0, n);
  }

  /** The groups of `keys`, and every entity they name, as a page's matcher takes them. */
  groups(keys: GroupKeys): AliasGroups {
    const out: AliasGroups = { words: [], chars: [], entities: [], families: [] };
    const named = new Set<number>();
    const families = new Set<string>();
    for (const key of keys.words) out.words.push([key, this.group(key, 'words', named)]);
    for (const key of keys.chars) out.chars.push([key, this.group(key, 'chars', named)]);
    // A product line's family comes with it: which of its names' keys are a model's own entity.
    for (const e of [...named]) {
      const layer = this.layerOf(e);
      if (!(layer.index.entityFlags[e - layer.offset]! & HAS_MODELS)) continue;
      const family = this.family(e);
      if (families.has(family)) continue;
      families.add(family);
      const keyed = this.modelKeys(layer, e - layer.offset, family);
      for (const [, holder] of keyed) named.add(holder);
      out.families.push([family, keyed]);
    }
    for (const e of named) out.entities.push([e, this.wireEntity(e)]);
    return out;
  }

  private group(key: number, kind: 'words' | 'chars', named: Set<number>): WireAlias[] {
    const lists: WireAlias[][] = [];
    for (const layer of this.layers) {
      const { index, offset } = layer;
      const range = kind === 'words' ? groupOf(index.wordKeys, index.wordGroups, key) : groupOf(index.charKeys, index.charGroups, key);
      if (!range) continue;
      const list: WireAlias[] = [];
      for (let a = range[0]; a < range[1]; a++) {
        const local = kind === 'words' ? index.wordEntity[a]! : index.charEntity[a]!;
        if (!this.matched(layer, local)) continue;
        named.add(offset + local);
        list.push(kind === 'words'
          ? [offset + local, slice(index.wordText, index.wordTextStarts, a), slice(index.writtenText, index.writtenStarts, a), index.wordFlags[a]!]
          : [offset + local, slice(index.charText, index.charTextStarts, a), slice(index.notAfterText, index.notAfterStarts, a), index.charFlags[a]!]);
      }
      lists.push(list);
    }
    if (lists.length < 2) return lists[0] ?? [];
    // Longest first, and on a tie the earlier layer's (the KB's before the reader's names).
    const length = (a: WireAlias) => a[1].length;
    return lists.flat().sort((a, b) => length(b) - length(a));
  }

  /** For the line `local`: name key → the first matched entity that holds it, where that is of `family`. */
  private modelKeys(layer: Layer, local: number, family: string): [string, number][] {
    const { index, offset } = layer;
    layer.modelEntries ??= groupEntries(index);
    const entries = layer.modelEntries.get(entityId(index, index.families[local]!)) ?? [];
    const out: [string, number][] = [];
    for (const k of entries) {
      const key = index.modelEntryKey[k]!;
      let first: number | undefined;
      for (let h = index.modelHolderStarts[key]!; h < index.modelHolderStarts[key + 1]!; h++) {
        const holder = index.modelHolders[h]!;
        if (this.matched(layer, holder)) {
          first = holder;
          break;
        }
      }
      if (first !== undefined && this.family(offset + first) === family) out.push([slice(index.modelKeys, index.modelKeyStarts, key), offset + first]);
    }
    return out;
  }

  private wireEntity(e: number): WireEntity {
    const { index, offset } = this.layerOf(e);
    const local = e - offset;
    const extras = entityExtras(index, local);
    return {
      id: entityId(index, local),
      name: slice(index.names, index.nameStarts, local),
      family: this.family(e),
      ...(extras.m && { models: extras.m }),
      ...(extras.n && { notNames: extras.n }),
      ...(extras.c && { cues: extras.c }),
    };
  }
}

function groupEntries(index: MatchIndex): Map<string, number[]> {
  const byFamily = new Map<string, number[]>();
  index.modelEntryFamily.forEach((family, k) => {
    const id = entityId(index, family);
    const list = byFamily.get(id);
    if (list) list.push(k);
    else byFamily.set(id, [k]);
  });
  return byFamily;
}

/** A joined alias's first two (folded) code units as one key; `second` 0 for a one-character alias. */
export const charPair = (first: number, second: number): number => (first << 16) | second;
