// The mention matcher: it finds names in text in one pass. Each word of the text is hashed as it
// is read (no substring is made); only a word whose hash starts some alias is looked at more
// closely, so the cost grows with the text, not with the number of aliases. Names written
// without spaces (Chinese) are looked up per character.
// Only once a name has matched does it look around it: a model code after a product line's name
// (model-names.ts), names that are something else, and whether an ambiguous name is one here
// (ambiguous-names.ts).
// The names come from tables (match-index/alias-tables.ts): built from a KB's compact index at
// once (compileMatcher), or, in a page, given group by group as the page's text needs them (a
// scan that meets a group not given yet says so: missed()).
import { isInsideAddressOrCode } from './address-like.ts';
import { nameKey, writtenName } from './code-shapes.ts';
import { namesThatHold } from './ambiguous-names.ts';
import { HASH_SEED } from './match-index/alias-words.ts';
import { firstWordsOf, LoadedTables, type CharAlias, type MatchTables, type WordAlias } from './match-index/alias-tables.ts';
import { charPair, IndexView } from './match-index/alias-groups.ts';
import { buildMatchIndex, type BuildOptions } from './match-index/build-index.ts';
import type { IndexEntity } from './match-index/match-index.ts';
import { SortedKeySet } from './match-index/sorted-key-set.ts';
import { modelAfter, notNameAt } from './model-names.ts';
import { numberFollows } from './name-position.ts';
import { compileProbePrefilter, MAX_PREFILTER_WORDS } from './probe-prefilter.ts';
import {
  CHAR_INFO, CharClass, classAt, fillCharInfo, fold, widthFold, isApostrophe, isHyphen, isSpaceLike,
} from './text-chars.ts';

export interface Span {
  /** UTF-16 offsets into the scanned text, end exclusive. */
  start: number;
  end: number;
  /** The most specific entity matched, e.g. "ascend-910c". */
  entity: string;
  /** The top of its parent chain, e.g. "ascend". */
  family: string;
  /** A model of a product line, named as written, where the KB has no entity for exactly that
   * name ("Ascend 920", "NVIDIA H100 NVL"): `entity` is then the line's (or the nearest model's). */
  model?: string;
}

export interface ScanOptions {
  /** Text around the scanned text (a paragraph) used to decide ambiguous names; defaults to the text. */
  context?: string;
}

/** What the matcher reads of an entity. */
export type MatcherEntity = IndexEntity;

/** Where a word stood at the end of the previous text node, so a name split by markup
 * ("NVI<b>DIA</b>") is still seen by probe(). Start with newProbeCarry(). */
export interface ProbeCarry {
  hash: number;
  hashBeforeLast: number;
  /** Characters of the carried word (0: none; its hashes wait in `tail` until needed). */
  length: number;
  last: number;
  /** The text whose last word is carried, not hashed yet: the pre-filter passed over it, so the
   * word alone starts no alias, and only a word going on in the next piece needs its hashes. */
  tail: string | null;
}

export function newProbeCarry(): ProbeCarry {
  return { hash: HASH_SEED, hashBeforeLast: HASH_SEED, length: 0, last: 0, tail: null };
}

export interface Matcher {
  scan(text: string, options?: ScanOptions): Span[];
  /**
   * A cheap first look at consecutive pieces of text (the text nodes of a page, in order):
   * true when this piece may hold a mention, and the full scan() of its paragraph is worth doing.
   * No allocation, one table read per character.
   */
  probe(text: string, carry: ProbeCarry): boolean;
  /** The same look at the end of the text (a name may end the last piece). */
  probeEnd(carry: ProbeCarry): boolean;
  /** Whether the last scan() met a name whose aliases this matcher has not been given yet (a
   * page's matcher is given them on demand): its spans are then incomplete. */
  missed(): boolean;
  /** Resolves once every name missed so far has been given (at once where none was missed). */
  fetched(): Promise<void>;
}

/** A match before the ambiguity rule: `entity` indexes the tables' entities. */
interface Found {
  span: Span;
  entity: number;
  needsContext: boolean;
  wordLike: boolean;
  /** A model code after the name's genitive ("DeepSeeks R2", "Nvidia's H100"): a mark of its own. */
  genitiveModel?: Found;
}

const WORD: number = CharClass.Word;
/** Bits of the probe's filter per first word: about 1 word in 40 that starts none gets
 * through to the exact set. Between 4,096 bits (512 bytes: the bundled KB's, in the first-level
 * cache) and 2^21 (256 KB: 100,000 first words, 1 in 20); one bit per word, one memory read. */
const FILTER_BITS_PER_KEY = 32;
const MIN_FILTER_BITS = 1 << 12;
const MAX_FILTER_BITS = 1 << 21;

function filterBitsFor(keys: number): number {
  let bits = MIN_FILTER_BITS;
  while (bits < keys * FILTER_BITS_PER_KEY && bits < MAX_FILTER_BITS) bits *= 2;
  return bits;
}

/** Is the bit of hash h set? The filter's size is a power of two (filterBitsFor). */
function inFilter(bits: Uint8Array, h: number): boolean {
  const a = h & ((bits.length << 3) - 1);
  return (bits[a >> 3]! & (1 << (a & 7))) !== 0;
}

const LOWER_S = 0x73;

const mix = (h: number, c: number): number => (Math.imul(h, 31) + c) | 0;

/** Hash of the word characters in text[from, to), skipping invisible ones, as the scan computes it. */
function hashRange(text: string, from: number, to: number): number {
  let h = HASH_SEED;
  for (let i = from; i < to; i++) {
    const v = CHAR_INFO[text.charCodeAt(i)]!;
    if (v >>> 16 === WORD) h = mix(h, v & 0xffff);
  }
  return h;
}

/** A surrogate pair whose code point is a Han character (CJK extension planes). */
function isHighSurrogateOfCjk(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && classAt(text, i) === CharClass.Cjk;
}

/** What the probe reads: a bit filter of the first words' hashes, the exact set of them, and the
 * folded first characters of the joined names. */
export interface ProbeTables {
  bits: Uint8Array;
  exact: SortedKeySet;
  /** Per folded character, two bits (charStartOf): 0 starts no joined alias, 1 starts only
   * longer ones (the next character decides: `charPairs`), 2 starts one of a single character (or
   * there are no pairs). 16 KB for every BMP character. */
  charStarts: Uint8Array;
  /** The first two characters of every joined alias (alias-groups.ts, charPair), when known. */
  charPairs?: SortedKeySet;
  /** The native first look (probe-prefilter.ts), when the first words are known as text and few. */
  prefilter?: RegExp;
}

/** `firstWords`: every first word as folded text, when known (a small index), for the pre-filter;
 * `charPairs`: the joined aliases' first two characters (without them any first character will do). */
export function probeTables(wordKeys: SortedKeySet, charKeys: ArrayLike<number>, firstWords?: Iterable<string>, charPairs?: SortedKeySet): ProbeTables {
  const keys = wordKeys.sorted;
  const bits = new Uint8Array(filterBitsFor(keys.length) >> 3);
  const mask = (bits.length << 3) - 1;
  for (let k = 0; k < keys.length; k++) {
    const a = keys[k]! & mask;
    bits[a >> 3]! |= 1 << (a & 7);
  }
  const charStarts = new Uint8Array(0x10000 >> 2);
  for (let k = 0; k < charKeys.length; k++) setCharStart(charStarts, charKeys[k]!, charPairs ? 1 : 2);
  if (charPairs) for (const pair of charPairs.sorted) if ((pair & 0xffff) === 0) setCharStart(charStarts, pair >>> 16, 2);
  const prefilter = firstWords && compileProbePrefilter(firstWords, Array.from(charKeys));
  return { bits, exact: wordKeys, charStarts, charPairs, prefilter };
}

export interface CompileOptions extends BuildOptions {}

/** A matcher for `entities`, in one go: their index, and every group read from it as needed. */
export function compileMatcher(entities: readonly MatcherEntity[], options: CompileOptions = {}): Matcher {
  return matcherOver(new IndexView([buildMatchIndex(entities, options)]));
}

/** A matcher over an index at hand (a view of one or more layers): every group read from it as needed. */
export function matcherOver(view: IndexView): Matcher {
  const keys = view.allKeys();
  const firstWords = keys.words.length <= MAX_PREFILTER_WORDS
    ? firstWordsOf(view.groups({ words: [...keys.words], chars: [] })) : undefined;
  const probe = probeTables(SortedKeySet.of(keys.words), keys.chars, firstWords, SortedKeySet.ofSorted(view.charPairs()));
  const tables = new LoadedTables(
    (kind, key) => (kind === 'words' ? probe.exact.has(key) : charStartOf(probe.charStarts, key) !== 0),
    { now: (kind, key) => view.groups(kind === 'words' ? { words: [key], chars: [] } : { words: [], chars: [key] }) },
  );
  return createMatcher(tables, probe);
}

/** The matcher over `tables`; `probe` must know every first word and character they can give. */
export function createMatcher(tables: MatchTables, probe: ProbeTables): Matcher {
  const { bits: filter, exact: firstWords, prefilter } = probe;
  /** Entities one of whose notNames the current scan met ("Ascend P1"): there a bare "Ascend" may
   * well be that other thing too, so its context words prove nothing. */
  let otherThingsNamed: Set<number> | undefined;
  /** The current scan met a group the tables have not been given. */
  let missed = false;

  function scan(text: string, scanOptions?: ScanOptions): Span[] {
    let spans: Found[] | undefined;
    let pending: Found[] | undefined;
    const cursor: Cursor = { at: 0, start: 0, hash: 0, stemHash: 0, kind: 0 };
    otherThingsNamed = undefined;
    missed = false;
    while (nextCandidate(text, cursor, filter)) {
      const found = cursor.kind === CJK_CANDIDATE
        ? matchCharAliases(text, cursor.start)
        : matchWordAliases(text, cursor.start, candidatesFor(cursor.hash, cursor.kind === STEM_CANDIDATE ? cursor.stemHash : undefined));
      if (!found) continue;
      if (found.needsContext) (pending ??= []).push(found);
      else (spans ??= []).push(found);
      cursor.at = Math.max(cursor.at, found.span.end);
      if (found.genitiveModel) {
        spans!.push(found.genitiveModel);
        cursor.at = Math.max(cursor.at, found.genitiveModel.span.end);
      }
    }
    if (!spans && !pending) return [];
    return resolve(text, spans ?? [], pending ?? [], scanOptions ?? {});
  }

  /** The group of `key`, noting when the tables have yet to be given it. */
  function given<T>(group: readonly T[] | undefined | null): readonly T[] | undefined {
    if (group !== null) return group;
    missed = true;
    return undefined;
  }

  function candidatesFor(h: number, genitiveHash: number | undefined): readonly WordAlias[] | undefined {
    const exact = given(tables.words(h));
    if (genitiveHash === undefined) return exact;
    const stem = given(tables.words(genitiveHash));
    if (!exact) return stem;
    if (!stem) return exact;
    return [...exact, ...stem].sort((a, b) => b.weight - a.weight);
  }

  /**
   * The name at `start`: the longest of the candidates that match, where a line's name takes the
   * model code after it along ("Ascend 920" beats "Ascend"); on a tie the alias that says more
   * (the candidates come longest first), so "Ascend 910C" stays the 910C's own mark.
   */
  function matchWordAliases(text: string, start: number, candidates: readonly WordAlias[] | undefined): Found | undefined {
    let best: Found | undefined;
    for (const alias of candidates ?? []) {
      if (best && !alias.models) continue; // only a model code could make it longer
      const end = matchWords(text, start, alias);
      if (end < 0) continue;
      const found = nameAt(text, start, end, alias.entity, alias.needsContext, alias.wordLike, false);
      if (found && (!best || found.span.end > best.span.end)) best = found;
    }
    return best;
  }

  function matchCharAliases(text: string, at: number): Found | undefined {
    const list: readonly CharAlias[] | undefined = given(tables.chars(fold(text.charCodeAt(at))));
    if (!list) return undefined;
    const before = text.charCodeAt(at - 1);
    let best: Found | undefined;
    for (const alias of list) {
      if (alias.notAfter.has(before) || (best && !alias.models)) continue;
      let p = at;
      let j = 0;
      for (; p < text.length && j < alias.chars.length; p++) {
        if (classAt(text, p) === CharClass.Ignorable) continue;
        if (fold(text.charCodeAt(p)) !== alias.chars.charCodeAt(j)) break;
        j++;
      }
      if (j < alias.chars.length) continue;
      const found = nameAt(text, at, p, alias.entity, alias.needsContext, false, true);
      if (found && (!best || found.span.end > best.span.end)) best = found;
    }
    return best;
  }

  function plain(start: number, end: number, e: number, needsContext: boolean, wordLike: boolean): Found {
    const info = tables.entity(e);
    return { span: { start, end, entity: info.id, family: info.family }, entity: e, needsContext, wordLike };
  }

  /**
   * A name of entity `e` matched at [start, end): not where it is part of something else (an
   * address, a name in the entity's notNames), and with the model code after it, if its line
   * has one there. `joined`: the name is written without spaces (Chinese), so a code may follow
   * it directly ("昇腾910B").
   */
  function nameAt(text: string, start: number, end: number, e: number, needsContext: boolean, wordLike: boolean, joined: boolean): Found | undefined {
    const info = tables.entity(e);
    const forms = info.notNames;
    if (forms && notNameAt(text, start, forms)) {
      (otherThingsNamed ??= new Set()).add(e);
      return undefined;
    }
    if (!joined && isInsideAddressOrCode(text, start, end)) return undefined;
    const grammar = info.grammar;
    const genitive = grammar && !joined && !needsContext ? genitiveEnd(text, end) : -1;
    if (grammar && genitive >= 0) {
      // The genitive breaks the code off the name's mark (rule 7), but the code still names the
      // line's model: "DeepSeeks R2" is DeepSeek and its R2, "Nvidia's H100" Nvidia and its H100.
      const found = plain(start, end, e, needsContext, wordLike);
      const code = modelAfter(text, genitive, grammar, false);
      if (code && !isInsideAddressOrCode(text, code.codeStart, code.end)) {
        const name = `${text.slice(start, end)} ${text.slice(code.codeStart, code.end)}`;
        const nameEnd = `${text.slice(start, end)} ${text.slice(code.codeStart, code.codeEnd)}`;
        found.genitiveModel = modelFound(code.codeStart, code.end, e, name, code.codeEnd < code.end ? nameEnd : undefined);
      }
      return found;
    }
    const model = grammar && (joined || !genitiveFollows(text, end)) ? modelAfter(text, end, grammar, joined) : undefined;
    // After an ambiguous word a number may be an amount ("Shares Ascend 300 Points").
    if (model && !(wordLike && needsContext && !numberFollows(text, end) && isDigitAt(text, model.codeStart))) {
      if (!isInsideAddressOrCode(text, start, model.end)) {
        const codeOnly = model.codeEnd < model.end ? text.slice(start, model.codeEnd) : undefined;
        return modelFound(start, model.end, e, text.slice(start, model.end), codeOnly);
      }
    }
    return plain(start, end, e, needsContext, wordLike);
  }

  /**
   * A line's model, marked at [start, end): the model's own entity where the KB has one by exactly
   * `name` (or by `codeOnly`, the name without its suffixes), else the line's, with the model's
   * name as written. `name` is the text of the mark, or for a code after a genitive the line's
   * name and the code ("DeepSeek R2").
   */
  function modelFound(start: number, end: number, line: number, name: string, codeOnly?: string): Found {
    const exact = tables.modelEntity(line, nameKey(name));
    const e = exact ?? (codeOnly !== undefined ? tables.modelEntity(line, nameKey(codeOnly)) : undefined) ?? line;
    const info = tables.entity(e);
    const span: Span = { start, end, entity: info.id, family: info.family };
    if (exact === undefined) span.model = writtenName(name, 0, name.length);
    return { span, entity: e, needsContext: false, wordLike: false };
  }

  function resolve(text: string, spans: Found[], pending: Found[], scanOptions: ScanOptions): Span[] {
    const sure = spans.map((s) => s.span);
    if (!pending.length) return sure;
    const holding = namesThatHold(pending.map((f) => ({ ...f.span, entity: f.entity, wordLike: f.wordLike, found: f })), {
      text,
      context: scanOptions.context,
      sure,
      cuesOf: (e) => tables.entity(e).cues,
      otherThingsNamed,
    });
    for (const { found } of holding) sure.push(found.span);
    return sure.sort((a, b) => a.start - b.start);
  }

  return {
    scan,
    probe: prefilter
      ? (text, carry) => probeFiltered(text, carry, prefilter, probe)
      : (text, carry) => probeText(text, carry, probe),
    probeEnd: (carry) => carry.length > 0 && carry.tail === null && wordMayStartAlias(carry, filter, firstWords),
    missed: () => missed,
    fetched: () => tables.fetched?.() ?? Promise.resolve(),
  };
}

/** Does a word with hash h start an alias? The bit filter answers most words; the few it
 * lets through are checked exactly. */
function startsAlias(h: number, bits: Uint8Array, exact: SortedKeySet): boolean {
  return inFilter(bits, h) && exact.has(h);
}

function wordMayStartAlias(carry: ProbeCarry, bits: Uint8Array, exact: SortedKeySet): boolean {
  if (startsAlias(carry.hash, bits, exact)) return true;
  return carry.last === 0x73 /* s */ && carry.length > 2 && startsAlias(carry.hashBeforeLast, bits, exact);
}

/** The same question for the part of a joined word that lies in the new node ("NVIDIAs" too). */
function aloneMayStartAlias(alone: number, beforeLast: number, length: number, last: number, bits: Uint8Array, exact: SortedKeySet): boolean {
  return startsAlias(alone, bits, exact) || (last === 0x73 /* s */ && length > 2 && startsAlias(beforeLast, bits, exact));
}

/** The loop behind Matcher.probe: a plain top-level function so the JIT keeps it tight. */
function probeText(text: string, carry: ProbeCarry, tables: ProbeTables): boolean {
  const { bits, exact, charStarts, charPairs } = tables;
  // A word carried over from the previous node may also have ended there (the next node can be
  // another paragraph): look at it alone first.
  if (carry.length > 0 && wordMayStartAlias(carry, bits, exact)) return resetCarry(carry);
  const info = CHAR_INFO;
  const n = text.length;
  let h = carry.hash;
  let beforeLast = carry.hashBeforeLast;
  let length = carry.length;
  let last = carry.last;
  // While the first word continues a carried one, also hash it alone (it may start a paragraph).
  let joining = length > 0;
  let alone = HASH_SEED;
  let aloneBeforeLast = HASH_SEED;
  let aloneLength = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    let v = info[c]!;
    if (v === 0) v = fillCharInfo(c);
    const k = v >>> 16;
    if (k === 2 /* Word */) {
      last = v & 0xffff;
      beforeLast = h;
      h = (Math.imul(h, 31) + last) | 0;
      if (joining) {
        aloneBeforeLast = alone;
        alone = (Math.imul(alone, 31) + last) | 0;
        aloneLength++;
      }
      length++;
      continue;
    }
    if (k === 4 /* Ignorable */) continue;
    if (length > 0) {
      if (startsAlias(h, bits, exact)) return resetCarry(carry);
      if (last === 0x73 && length > 2 && startsAlias(beforeLast, bits, exact)) return resetCarry(carry);
      if (joining && aloneMayStartAlias(alone, aloneBeforeLast, aloneLength, last, bits, exact)) return resetCarry(carry);
      h = beforeLast = HASH_SEED;
      length = 0;
    }
    joining = false;
    if (k === 3 /* Cjk */ ? cjkMayStartAlias(text, i, v & 0xffff, charStarts, charPairs) : c >= 0xd800 && c <= 0xdbff && isHighSurrogateOfCjk(text, i)) {
      return resetCarry(carry);
    }
  }
  if (joining && aloneMayStartAlias(alone, aloneBeforeLast, aloneLength, last, bits, exact)) return resetCarry(carry);
  carry.hash = h;
  carry.hashBeforeLast = beforeLast;
  carry.length = length;
  carry.last = last;
  return false;
}

export function charStartOf(starts: Uint8Array, c: number): number {
  return (starts[c >> 2]! >> ((c & 3) << 1)) & 3;
}

function setCharStart(starts: Uint8Array, c: number, value: number): void {
  const shift = (c & 3) << 1;
  starts[c >> 2] = (starts[c >> 2]! & ~(3 << shift)) | (value << shift);
}

/** May the Chinese character `first` (folded) at text[i] start a joined alias? Its pair with the
 * next character decides, as matchCharAliases compares them; at the end of the piece, or before
 * an invisible character the scan would skip, it may. */
function cjkMayStartAlias(text: string, i: number, first: number, charStarts: Uint8Array, pairs: SortedKeySet | undefined): boolean {
  const starts = charStartOf(charStarts, first);
  if (starts !== 1) return starts === 2;
  if (i + 1 >= text.length) return true;
  const c = text.charCodeAt(i + 1);
  let v = CHAR_INFO[c]!;
  if (v === 0) v = fillCharInfo(c);
  return v >>> 16 === 4 /* Ignorable */ || pairs!.has(charPair(first, v & 0xffff));
}

/**
 * probe() behind the native pre-filter (probe-prefilter.ts): only text it matches, or text that
 * goes on with a word carried over from the piece before ("NVI<b>DIA</b>"), is probed word by
 * word; of any other text only a reference is kept, in case its last word goes on.
 */
function probeFiltered(text: string, carry: ProbeCarry, prefilter: RegExp, tables: ProbeTables): boolean {
  const { bits, exact } = tables;
  const n = text.length;
  if (!n) return false; // the carried word may go on in the next piece
  if (carry.length > 0) {
    let v = CHAR_INFO[text.charCodeAt(0)]!;
    if (v === 0) v = fillCharInfo(text.charCodeAt(0));
    const k = v >>> 16;
    if (k === 2 /* Word */ || k === 4 /* Ignorable */) {
      if (carry.tail !== null) hashLastWord(carry.tail, carry);
      return probeText(text, carry, tables);
    }
    // The carried word ended with the piece before (one the pre-filter passed over starts nothing).
    if (carry.tail === null && wordMayStartAlias(carry, bits, exact)) return resetCarry(carry);
    resetCarry(carry);
  }
  if (prefilter.test(text)) return probeText(text, carry, tables);
  let v = CHAR_INFO[text.charCodeAt(n - 1)]!;
  if (v === 0) v = fillCharInfo(text.charCodeAt(n - 1));
  if (v >>> 16 === 2 /* Word */) {
    carry.tail = text;
    carry.length = 1;
  }
  return false;
}

/** Sets the carry's hashes to those of the word `text` ends with, as probeText would leave them.
 * Only for text without invisible characters (the pre-filter sends those to probeText). */
function hashLastWord(text: string, carry: ProbeCarry): void {
  const info = CHAR_INFO;
  const n = text.length;
  let from = n;
  while (from > 0) {
    const c = text.charCodeAt(from - 1);
    if ((info[c] || fillCharInfo(c)) >>> 16 !== 2 /* Word */) break;
    from--;
  }
  let h = HASH_SEED;
  let beforeLast = HASH_SEED;
  let last = 0;
  for (let i = from; i < n; i++) {
    last = info[text.charCodeAt(i)]! & 0xffff;
    beforeLast = h;
    h = (Math.imul(h, 31) + last) | 0;
  }
  carry.hash = h;
  carry.hashBeforeLast = beforeLast;
  carry.length = n - from;
  carry.last = last;
  carry.tail = null;
}

function resetCarry(carry: ProbeCarry): true {
  carry.hash = carry.hashBeforeLast = HASH_SEED;
  carry.length = carry.last = 0;
  carry.tail = null;
  return true;
}

/** Where the scan stands, and what nextCandidate found. */
interface Cursor {
  at: number;
  start: number;
  hash: number;
  stemHash: number;
  kind: number;
}

const WORD_CANDIDATE = 1;
const STEM_CANDIDATE = 2;
const CJK_CANDIDATE = 3;

/**
 * The hot loop, kept a plain top-level function so the JIT compiles it tight: one table read per
 * character (see CHAR_INFO), a hash per word, nothing allocated. Advances `cursor.at` to the next
 * word whose hash (or whose hash without a final "s": "NVIDIAs") may start an alias, or to the
 * next Chinese character; false at the end of the text.
 */
function nextCandidate(text: string, cursor: Cursor, bits: Uint8Array): boolean {
  const info = CHAR_INFO;
  const n = text.length;
  let i = cursor.at;
  while (i < n) {
    let v = info[text.charCodeAt(i)]!;
    if (v === 0) v = fillCharInfo(text.charCodeAt(i));
    let k = v >>> 16;
    if (k !== 2 /* Word */) {
      if (k === 3 /* Cjk */ || (k === 1 && isHighSurrogateOfCjk(text, i))) {
        cursor.start = i;
        cursor.at = i + 1;
        cursor.kind = CJK_CANDIDATE;
        return true;
      }
      i++;
      continue;
    }
    const start = i;
    let h = HASH_SEED;
    for (;;) {
      if (k === 2) h = (Math.imul(h, 31) + (v & 0xffff)) | 0;
      else if (k !== 4 /* Ignorable */) break;
      if (++i >= n) break;
      v = info[text.charCodeAt(i)]!;
      if (v === 0) v = fillCharInfo(text.charCodeAt(i));
      k = v >>> 16;
    }
    let kind = inFilter(bits, h) ? WORD_CANDIDATE : 0;
    if ((info[text.charCodeAt(i - 1)]! & 0xffff) === 0x73 /* s */ && i - start > 2) {
      const stem = hashRange(text, start, i - 1);
      if (inFilter(bits, stem)) {
        kind = STEM_CANDIDATE;
        cursor.stemHash = stem;
      }
    }
    if (kind) {
      cursor.start = start;
      cursor.at = i;
      cursor.hash = h;
      cursor.kind = kind;
      return true;
    }
  }
  cursor.at = n;
  return false;
}

/**
 * Matches the alias's words at `start`; returns the end of the last word or -1.
 * Between words: one to three spaces or hyphens, nothing else ("DeepSeek’s R2" is DeepSeek's,
 * and its R2 no mark of DeepSeek R2). After the last word a genitive or plural "s" ("NVIDIAs")
 * stays outside the span, but not after a word-like ambiguous name ("Ascends" is the verb).
 */
function matchWords(text: string, start: number, alias: WordAlias): number {
  const n = text.length;
  const last = alias.words.length - 1;
  let p = start;
  let end = -1;
  for (let w = 0; w <= last; w++) {
    if (w > 0) {
      p = skipBetweenWords(text, p);
      if (p < 0) return -1;
    }
    const word = alias.words[w]!;
    const written = alias.written[w]!;
    let j = 0;
    for (; p < n && j < word.length; p++) {
      const k = classAt(text, p);
      if (k === CharClass.Ignorable) continue;
      if (k !== CharClass.Word) break;
      const c = text.charCodeAt(p);
      if (fold(c) !== word.charCodeAt(j)) return -1;
      if (alias.caseRule === 'exact' && widthFold(c) !== written.charCodeAt(j)) return -1;
      if (alias.caseRule === 'capitalized' && w === 0 && j === 0 && fold(c) === widthFold(c)) return -1;
      j++;
    }
    if (j < word.length) return -1;
    end = p;
  }
  p = skipIgnorables(text, p);
  if (p < n && classAt(text, p) === CharClass.Word) {
    // The word goes on: only a final genitive/plural "s" may follow.
    if (fold(text.charCodeAt(p)) !== LOWER_S || (alias.needsContext && alias.wordLike)) return -1;
    const q = skipIgnorables(text, p + 1);
    if (q < n && classAt(text, q) === CharClass.Word) return -1;
  }
  return end;
}

function skipIgnorables(text: string, p: number): number {
  while (p < text.length && classAt(text, p) === CharClass.Ignorable) p++;
  return p;
}

/** Past the spaces and hyphens between two words of a name; -1 where there are none or too many. */
function skipBetweenWords(text: string, p: number): number {
  let gap = 0;
  while (p < text.length) {
    const c = text.charCodeAt(p);
    if (isSpaceLike(c) || isHyphen(c)) gap++;
    else if (classAt(text, p) !== CharClass.Ignorable) break;
    p++;
  }
  return gap >= 1 && gap <= 3 && p < text.length && classAt(text, p) === CharClass.Word ? p : -1;
}

/** Where a genitive after a name ends ("Nvidias", "Nvidia's", "Nvidia’s"), or -1 where none follows. */
function genitiveEnd(text: string, end: number): number {
  let p = skipIgnorables(text, end);
  if (isApostrophe(text.charCodeAt(p))) p = skipIgnorables(text, p + 1);
  if (p >= text.length || fold(text.charCodeAt(p)) !== LOWER_S) return -1;
  const q = skipIgnorables(text, p + 1);
  return q < text.length && classAt(text, q) === CharClass.Word ? -1 : q;
}

/** A name matched up to `end` with a genitive "s" after it ("Nvidias"): no model code joins it. */
function genitiveFollows(text: string, end: number): boolean {
  const p = skipIgnorables(text, end);
  return p < text.length && classAt(text, p) === CharClass.Word;
}

function isDigitAt(text: string, p: number): boolean {
  const c = text.charCodeAt(skipIgnorables(text, p));
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
}
