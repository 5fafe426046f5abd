// Character classes and case folding for the matcher, as lookup tables filled lazily:
// the matcher touches every character of a page, so a table read beats a regex test.

export const enum CharClass {
  Unknown = 0,
  Other = 1,
  /** Letters, digits, combining marks and '_' of alphabetic scripts: they form words. */
  Word = 2,
  /** Han, Hiragana, Katakana: words without spaces, matched character by character. */
  Cjk = 3,
  /** Soft hyphen and zero-width characters: invisible, skipped inside a name. */
  Ignorable = 4,
}

/**
 * Per UTF-16 code unit: its class in the high 16 bits, its folded form in the low 16 bits;
 * 0 until first seen. One read gives the matcher's hot loop both.
 */
export const CHAR_INFO = new Uint32Array(0x10000);
const WORD = /[\p{L}\p{N}\p{M}_]/u;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

function isIgnorableCode(c: number): boolean {
  return c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff || c === 0x180e;
}

function classify(c: number): CharClass {
  if (isIgnorableCode(c)) return CharClass.Ignorable;
  if (c >= 0xd800 && c <= 0xdfff) return CharClass.Other; // surrogates: see classAt
  const ch = String.fromCharCode(c);
  if (CJK.test(ch)) return CharClass.Cjk;
  return WORD.test(ch) ? CharClass.Word : CharClass.Other;
}

/** The class of the UTF-16 code unit at `i`; a surrogate pair is classed by its code point. */
export function classAt(text: string, i: number): CharClass {
  const c = text.charCodeAt(i);
  const k: CharClass = (CHAR_INFO[c] || fillCharInfo(c)) >>> 16;
  if (k !== CharClass.Other || c < 0xd800 || c > 0xdfff) return k;
  const cp = text.codePointAt(c <= 0xdbff ? i : i - 1) ?? c;
  const ch = String.fromCodePoint(cp);
  if (CJK.test(ch)) return CharClass.Cjk;
  return WORD.test(ch) ? CharClass.Word : CharClass.Other;
}

/** Fills CHAR_INFO for `c` and returns the entry (never 0: every class is above Unknown).
 * Surrogates count as Other here. One table for both, so a frame holds 256 KB of them, not 448. */
export function fillCharInfo(c: number): number {
  const ascii = c >= 0xff01 && c <= 0xff5e ? c - 0xfee0 : c;
  const lower = String.fromCharCode(ascii).toLowerCase();
  const folded = lower.length === 1 ? lower.charCodeAt(0) : ascii;
  const v = (classify(c) << 16) | folded;
  CHAR_INFO[c] = v;
  return v;
}

/** Lower case, with full-width Latin letters and digits folded to ASCII. */
export function fold(c: number): number {
  return (CHAR_INFO[c] || fillCharInfo(c)) & 0xffff;
}

/** Folded code unit, but keeping case: full-width Latin to ASCII only (for exact-case rules). */
export function widthFold(c: number): number {
  return c >= 0xff01 && c <= 0xff5e ? c - 0xfee0 : c;
}

/** Spaces that may stand between the words of a name: ASCII, no-break, thin, ideographic. */
export function isSpaceLike(c: number): boolean {
  return (
    c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f ||
    c === 0x205f || c === 0x3000
  );
}

/** Hyphens that may join the words of a name ("DeepSeek-R2"): ASCII, Unicode, non-breaking. */
export function isHyphen(c: number): boolean {
  return c === 0x2d || c === 0x2010 || c === 0x2011 || c === 0xff0d;
}

/** Apostrophes of possessives: ASCII, curly, modifier letter, and the acute accent and
 * backtick people type in their place ("NVIDIA´s"). */
export function isApostrophe(c: number): boolean {
  return c === 0x27 || c === 0x2019 || c === 0x2bc || c === 0xb4 || c === 0x60 || c === 0xff07;
}
