// What a page receives of the names to mark (in its config): the first words and characters of
// every name, for the probe, and either every alias group (a small KB) or none, to be asked for
// as the page's text needs them ('names:groups'). Typed arrays travel as base64 text: Chrome's
// extension messaging serialises as JSON, where an Int32Array would arrive as an object with
// one property per element.
import type { Matcher } from '../matcher.ts';
import { charStartOf, createMatcher, probeTables } from '../matcher.ts';
import { firstWordsOf, LoadedTables, type AliasGroups } from './alias-tables.ts';
import { MAX_PREFILTER_WORDS } from '../probe-prefilter.ts';
import type { IndexView } from './alias-groups.ts';
import { SortedKeySet } from './sorted-key-set.ts';

export interface PageNames {
  /** Which index this is (the KB's and the reader's names'): a request for groups names it. */
  id: string;
  /** Hashes of the names' first words, sorted: base64 of an Int32Array (a SortedKeySet as is). */
  wordKeys: string;
  /** Folded first characters of the joined (Chinese) names, base64 of an Int32Array. */
  charKeys: string;
  /** Their first two characters (alias-groups.ts, charPair), sorted, base64 of an Int32Array. */
  charPairs: string;
  /** Every group, when the index is small enough to send whole. */
  groups?: AliasGroups;
}

/** Below this many aliases a page gets every group at once (the bundled KB has a few dozen). */
export const WHOLE_INDEX_ALIASES = 3000;

export function pageNames(id: string, view: IndexView, aliases: number): PageNames {
  const keys = view.allKeys();
  const names: PageNames = { id, ...encodeKeys(keys, view.charPairs()) };
  if (aliases <= WHOLE_INDEX_ALIASES) names.groups = view.groups({ words: [...keys.words], chars: [...keys.chars] });
  return names;
}

/** The keys as a page receives them: the first words' sorted, so that they are its probe's
 * exact set as they arrive (sorted-key-set.ts). */
export function encodeKeys(keys: { words: Int32Array; chars: Int32Array }, charPairs: Int32Array): Pick<PageNames, 'wordKeys' | 'charKeys' | 'charPairs'> {
  return { wordKeys: encodeInt32(keys.words.slice().sort()), charKeys: encodeInt32(keys.chars), charPairs: encodeInt32(charPairs) };
}

/**
 * A page's matcher: the probe tables from the keys, and the groups given with them or asked of
 * `ask` when a scan misses them. `ask` resolves null when the index has changed meanwhile (the
 * page is about to be told to mark again).
 */
export function pageMatcher(names: PageNames, ask: (keys: { words: number[]; chars: number[] }) => Promise<AliasGroups | null>): Matcher & { name(id: string): string | undefined } {
  const wordKeys = SortedKeySet.ofSorted(decodeInt32(names.wordKeys));
  // Given whole, the groups name every first word: the probe may look natively first.
  const firstWords = names.groups && wordKeys.size <= MAX_PREFILTER_WORDS ? firstWordsOf(names.groups) : undefined;
  const probe = probeTables(wordKeys, decodeInt32(names.charKeys), firstWords, SortedKeySet.ofSorted(decodeInt32(names.charPairs)));
  const tables = new LoadedTables(
    (kind, key) => (kind === 'words' ? probe.exact.has(key) : charStartOf(probe.charStarts, key) !== 0),
    {
      later: async (keys) => {
        const groups = await ask(keys);
        if (!groups) throw new Error('the names changed while they were asked for');
        return groups;
      },
    },
  );
  if (names.groups) tables.add(names.groups);
  return Object.assign(createMatcher(tables, probe), { name: (id: string) => tables.name(id) });
}

/** Native base64 (Chrome 140, Firefox 133), where the browser has it. */
interface Base64Bytes {
  toBase64?(this: Uint8Array): string;
}
interface Base64Decoder {
  fromBase64?(this: typeof Uint8Array, text: string): Uint8Array;
}

export function encodeInt32(values: Int32Array): string {
  const bytes = new Uint8Array(values.buffer, values.byteOffset, values.byteLength);
  const native = (bytes as Base64Bytes).toBase64;
  if (native) return native.call(bytes);
  let binary = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

export function decodeInt32(text: string): Int32Array {
  const native = (Uint8Array as Base64Decoder).fromBase64;
  if (native) {
    const bytes = native.call(Uint8Array, text);
    return new Int32Array(bytes.buffer, 0, bytes.length >> 2);
  }
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Int32Array(bytes.buffer, 0, bytes.length >> 2);
}
