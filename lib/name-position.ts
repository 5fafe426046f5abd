// Where an ambiguous word stands decides whether it is a name. "Ascend" is also an English verb,
// and in a headline every verb is capitalised ("Memory Makers Ascend on Strong Guidance"), so there
// chip words nearby prove nothing: the word must stand where a name stands (a model number after
// it, a possessive, a name before it, "… chips" after it). At the start of a sentence the
// imperative looks like a name too ("Ascend the stairs to the server room").
// These checks run only for an ambiguous name that has already matched.
import { CharClass, classAt, fold, isApostrophe, isHyphen, isSpaceLike } from './text-chars.ts';

/** Nouns that follow a product line's name where it is one: "Ascend chips", "Ascend-Reihe". */
const HEAD_NOUNS = new Set([
  'chip', 'chips', 'chipset', 'chipsets', 'npu', 'npus', 'gpu', 'gpus', 'processor', 'processors',
  'accelerator', 'accelerators', 'cluster', 'clusters', 'server', 'servers', 'card', 'cards', 'series',
  'line', 'lineup', 'family', 'roadmap', 'ecosystem', 'platform', 'hardware', 'stack', 'software',
  'architecture', 'supernode', 'supernodes', 'prozessor', 'prozessoren', 'beschleuniger', 'reihe',
  'serie', 'plattform', 'rechner', 'ökosystem',
]);
/** Verbs that follow a subject, never another verb: "Huawei Says Ascend Will Catch Up". */
const AFTER_SUBJECT = new Set([
  'is', 'was', 'has', 'had', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'shall',
  'does', 'did', 'ist', 'war', 'hat', 'wird', 'kann', 'soll', 'muss',
]);
/** May stand between the name and its noun: "Ascend AI chips", "Ascend-KI-Chips". */
const QUALIFIERS = new Set(['ai', 'ki', 'npu', 'gpu']);

/** Lower-case words of four letters or more that title case leaves small ("Shares Ascend After…"
 * has "After"; "… Rise after Earnings" has "after"). */
const TITLE_MINOR = new Set([
  'about', 'above', 'across', 'after', 'against', 'along', 'amid', 'among', 'around', 'before', 'behind',
  'below', 'beneath', 'beside', 'between', 'beyond', 'despite', 'down', 'during', 'except', 'from',
  'inside', 'into', 'like', 'near', 'onto', 'over', 'past', 'since', 'than', 'that', 'through', 'toward',
  'towards', 'under', 'until', 'upon', 'versus', 'with', 'within', 'without',
]);

/** Words after which a capitalised "Ascend" starting a sentence is the verb: "Ascend the stairs". */
const VERB_OBJECTS = new Set([
  'the', 'a', 'an', 'to', 'into', 'onto', 'from', 'above', 'beyond', 'through', 'toward', 'towards',
  'over', 'past', 'up', 'higher', 'slowly', 'quickly', 'steadily', 'sharply', 'your', 'our', 'their',
  'his', 'her', 'my', 'this', 'these', 'those',
]);

/** A number followed by one of these is an amount, not a model: "Shares Ascend 5 Percent". */
const UNITS = new Set([
  'percent', 'pct', 'per', 'points', 'point', 'pts', 'meters', 'metres', 'meter', 'metre', 'feet', 'foot',
  'ft', 'm', 'km', 'miles', 'steps', 'stairs', 'floors', 'storeys', 'stories', 'places', 'spots', 'ranks',
  'levels', 'basis', 'prozent', 'punkte', 'plätze', 'stufen', 'stockwerke', 'ränge',
]);

const HEADLINE_MIN_WORDS = 3;
const LINE_REACH = 400;

function skipIgnorables(text: string, p: number): number {
  while (p < text.length && classAt(text, p) === CharClass.Ignorable) p++;
  return p;
}

function isDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
}

/** The folded word starting at p (invisible characters skipped) and where it ends. */
function wordAt(text: string, p: number): { word: string; end: number } {
  let word = '';
  let q = p;
  for (; q < text.length; q++) {
    const k = classAt(text, q);
    if (k === CharClass.Ignorable) continue;
    if (k !== CharClass.Word) break;
    word += String.fromCharCode(fold(text.charCodeAt(q)));
  }
  return { word, end: q };
}

/** Past one or two spaces or hyphens after p; -1 when none is there (unless `none` may do). */
function pastGap(text: string, p: number, none = false): number {
  let q = skipIgnorables(text, p);
  let gap = 0;
  while (q < text.length && gap < 2 && (isSpaceLike(text.charCodeAt(q)) || isHyphen(text.charCodeAt(q)))) {
    q = skipIgnorables(text, q + 1);
    gap++;
  }
  return gap || none ? q : -1;
}

/**
 * "Ascend 910B", "Ascend-310", "昇腾910": a number right after the name (`joined`: a name written
 * without spaces, which a number may follow directly), but not an amount ("Ascend 5%",
 * "Ascend 300 Meters").
 */
export function numberFollows(text: string, end: number, joined = false): boolean {
  const p = pastGap(text, end, joined);
  if (p < 0 || !isDigit(text.charCodeAt(p))) return false;
  let q = p;
  while (q < text.length && (isDigit(text.charCodeAt(q)) || text[q] === '.' || text[q] === ',' ||
    classAt(text, q) === CharClass.Ignorable)) q++;
  if (text[q] === '%' || text[q] === '％') return false;
  if (q < text.length && classAt(text, q) === CharClass.Word) return true; // "910B"
  if (!isSpaceLike(text.charCodeAt(q)) && text[q] !== '-') return true;
  return !UNITS.has(wordAt(text, skipIgnorables(text, q + 1)).word);
}

/**
 * Is the line around `at` a headline in title case or capitals? Every word of four letters or
 * more starts with a capital (but the small words title case keeps small), and there are at
 * least three words. German capitalises nouns, but its sentences always have small verbs
 * ("setzt", "steigen"), so they are not taken for headlines; Chinese lines never are.
 */
export function isHeadlineAt(text: string, at: number): boolean {
  const newlineBefore = text.lastIndexOf('\n', at);
  const from = Math.max(newlineBefore + 1, at - LINE_REACH);
  const newlineAfter = text.indexOf('\n', at);
  const to = Math.min(newlineAfter < 0 ? text.length : newlineAfter, at + LINE_REACH);
  let words = 0;
  for (let p = from; p < to;) {
    const k = classAt(text, p);
    if (k === CharClass.Cjk) return false;
    if (k !== CharClass.Word) {
      p++;
      continue;
    }
    const c = text.charCodeAt(p);
    const { word, end } = wordAt(text, p);
    p = Math.max(end, p + 1);
    if (isDigit(c)) continue;
    words++;
    const ch = String.fromCharCode(c);
    const lower = ch !== ch.toUpperCase() && ch === ch.toLowerCase();
    if (lower && word.length > 3 && !TITLE_MINOR.has(word)) return false;
  }
  return words >= HEADLINE_MIN_WORDS;
}

/**
 * Does the word at [start, end) stand where a name stands? A possessive after it ("Ascend's"),
 * a mark just before it ("Huawei Ascend", "Huawei's Ascend", "Huaweis Ascend"), a noun such as
 * "chips" after it ("Ascend chips", "Ascend AI Chips", "Ascend-Chips"), or a verb that only
 * follows a subject ("Ascend Will Catch Up").
 */
export function standsAsName(text: string, start: number, end: number, markEndsAt: (p: number) => boolean): boolean {
  const a = skipIgnorables(text, end);
  if (isApostrophe(text.charCodeAt(a)) && fold(text.charCodeAt(a + 1)) === 0x73 && classAt(text, a + 2) !== CharClass.Word) return true;
  if (markBefore(text, start, markEndsAt)) return true;
  let p = pastGap(text, end);
  if (p < 0) return false;
  let next = wordAt(text, p);
  if (AFTER_SUBJECT.has(next.word)) return true;
  if (QUALIFIERS.has(next.word)) {
    p = pastGap(text, next.end);
    if (p < 0) return false;
    next = wordAt(text, p);
  }
  return HEAD_NOUNS.has(next.word);
}

function markBefore(text: string, start: number, markEndsAt: (p: number) => boolean): boolean {
  let p = start;
  let gap = 0;
  while (p > 0 && gap < 2) {
    const c = text.charCodeAt(p - 1);
    if (classAt(text, p - 1) === CharClass.Ignorable) p--;
    else if (isSpaceLike(c) || isHyphen(c)) {
      p--;
      gap++;
    } else break;
  }
  if (!gap) return false;
  if (markEndsAt(p)) return true;
  if (fold(text.charCodeAt(p - 1)) !== 0x73 /* s */) return false;
  return markEndsAt(p - 1) || (isApostrophe(text.charCodeAt(p - 2)) && markEndsAt(p - 2));
}

/** "Ascend the stairs…": a capitalised verb that starts a sentence, followed by its object. */
export function isVerbAtSentenceStart(text: string, start: number, end: number): boolean {
  let p = start - 1;
  const skippable = (q: number) => text[q] !== '\n' &&
    (isSpaceLike(text.charCodeAt(q)) || classAt(text, q) === CharClass.Ignorable || '“„"\'‘«(['.includes(text[q]!));
  while (p >= 0 && skippable(p)) p--;
  if (p >= 0 && !'.!?:;…\n'.includes(text[p]!)) return false;
  const q = skipIgnorables(text, end);
  if (!isSpaceLike(text.charCodeAt(q))) return false;
  return VERB_OBJECTS.has(wordAt(text, skipIgnorables(text, q + 1)).word);
}
