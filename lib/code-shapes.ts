// Code shapes: the small grammar a KB uses to describe a product line's model codes ("###@"
// covers 910B and 950PR's shorter cousins) and the names that only look like one of its names
// ("Ascend G#"). A shape is compiled here into an anchored regular expression without any
// repetition (only optional parts) and is only ever run on a window of at most WINDOW characters
// right after a name, so no shape a publisher writes can make a page hang.
//
//   letters, digits, "." "+"   themselves, in any case
//   #                          one digit
//   @                          one letter
//   a space or "-"             a space of any kind or a hyphen in the text
//   [ … ]                      an optional part (at most two deep)
import { CharClass, classAt, fold, isApostrophe, isHyphen, isSpaceLike, widthFold } from './text-chars.ts';

const MAX_OPTIONAL_PARTS = 6;
const MAX_DEPTH = 2;
/** How much text after a name a shape may read: longer than any shape can match. */
const WINDOW = 64;
const SHAPE_CHARS = /^[\p{L}\p{N}#@[\] .+-]+$/u;

/** What is wrong with a shape, in words, or undefined when it is fine. */
export function shapeProblem(shape: string): string | undefined {
  if (!SHAPE_CHARS.test(shape)) {
    return 'may hold only letters, digits, "#" (one digit), "@" (one letter), "[ ]" (an optional part), spaces, ".", "+" and "-"';
  }
  let depth = 0;
  let parts = 0;
  let required = '';
  for (const ch of shape) {
    if (ch === '[') {
      parts++;
      if (++depth > MAX_DEPTH) return `nests "[ ]" more than ${MAX_DEPTH} deep`;
    } else if (ch === ']') {
      if (--depth < 0) return 'has a "]" without its "["';
    } else if (depth === 0) required += ch;
  }
  if (depth > 0) return 'has a "[" without its "]"';
  if (parts > MAX_OPTIONAL_PARTS) return `has more than ${MAX_OPTIONAL_PARTS} optional parts`;
  if (!/[\p{L}\p{N}#@]/u.test(required)) return 'can match nothing at all: everything in it is optional';
  if (/^[ -]|[ -]$/.test(shape)) return 'should not start or end with a space or "-"';
  return undefined;
}

/** A valid shape as an anchored, sticky, case-insensitive regular expression. */
export function compileShape(shape: string): RegExp {
  let source = '';
  for (const ch of shape) {
    if (ch === '#') source += '[0-9]';
    else if (ch === '@') source += '[a-z]';
    else if (ch === '[') source += '(?:';
    else if (ch === ']') source += ')?';
    else if (ch === ' ' || ch === '-') source += '[ -]';
    else source += ch.replace(/[.+]/, '\\$&');
  }
  return new RegExp(source, 'iuy');
}

/**
 * The text from `from` on as shapes read it: invisible characters left out, every space a " ",
 * every hyphen a "-", full-width letters and digits as ASCII. `ends[k]` is where the first k
 * characters of `text` end in the original string.
 */
export interface ShapeWindow {
  text: string;
  ends: number[];
}

export function readWindow(source: string, from: number): ShapeWindow {
  let text = '';
  const ends = [from];
  for (let p = from; p < source.length && text.length < WINDOW; p++) {
    const c = source.charCodeAt(p);
    if (classAt(source, p) === CharClass.Ignorable) continue;
    if (isSpaceLike(c)) text += ' ';
    else if (isHyphen(c)) text += '-';
    else if (isApostrophe(c)) text += "'";
    else text += String.fromCharCode(widthFold(c));
    ends.push(p + 1);
  }
  return { text, ends };
}

/**
 * Does a code (or a name) end at `p` in the source? Yes before anything that is not a letter or
 * digit, and before a plural "s" ("H100s"); not before ".5" or ",5" (the number goes on).
 */
export function endsAsCode(source: string, p: number): boolean {
  const q = skipIgnorables(source, p);
  if (q >= source.length) return true;
  const c = source.charCodeAt(q);
  if (classAt(source, q) === CharClass.Word) {
    if (c !== 0x73 /* s */) return false;
    const r = skipIgnorables(source, q + 1);
    return r >= source.length || classAt(source, r) !== CharClass.Word;
  }
  if (c === 0x2e || c === 0x2c) {
    const d = source.charCodeAt(skipIgnorables(source, q + 1));
    return !(d >= 0x30 && d <= 0x39);
  }
  return true;
}

function skipIgnorables(source: string, p: number): number {
  while (p < source.length && classAt(source, p) === CharClass.Ignorable) p++;
  return p;
}

/** The longest of `shapes` at window position `at` that ends as a code; its window end, or -1. */
export function longestShapeAt(source: string, w: ShapeWindow, at: number, shapes: readonly RegExp[]): number {
  let best = -1;
  for (const shape of shapes) {
    shape.lastIndex = at;
    const m = shape.exec(w.text);
    if (!m || !m[0].length) continue;
    const end = at + m[0].length;
    if (end > best && endsAsCode(source, w.ends[end]!)) best = end;
  }
  return best;
}

/** A name reduced to what identifies it: its letters and digits, case-folded ("Ascend 910C" →
 * "ascend910c", "昇腾 910C" → "昇腾910c"). */
export function nameKey(name: string): string {
  let key = '';
  for (let i = 0; i < name.length; i++) {
    const k = classAt(name, i);
    if (k === CharClass.Word || k === CharClass.Cjk) key += String.fromCharCode(fold(name.charCodeAt(i)));
  }
  return key;
}

/** A name as written, tidied for showing it: no invisible characters, plain spaces and hyphens. */
export function writtenName(source: string, start: number, end: number): string {
  let out = '';
  for (let p = start; p < end; p++) {
    const c = source.charCodeAt(p);
    if (classAt(source, p) === CharClass.Ignorable) continue;
    out += isSpaceLike(c) ? ' ' : isHyphen(c) ? '-' : String.fromCharCode(widthFold(c));
  }
  return out.replace(/ {2,}/g, ' ');
}
