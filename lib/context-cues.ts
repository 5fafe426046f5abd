// Cues that make an ambiguous name clear: "Ascend" is a chip only in a text about chips or
// Huawei. A cue of four or more characters also matches as the start of a word ("chip" in
// "Chipsatz"); a shorter one ("KI", "AI") only as a whole word; a cue of several words ("data
// center") as those words in a row; a Chinese cue anywhere. Invisible characters (the soft
// hyphens of a justified paragraph: "Pro­zes­sor") do not break a cue.
// The context (a paragraph, or a whole text) is read once per scan, with the engine's own string
// functions, however many ambiguous names it holds.
import { CharClass, classAt, fold } from './text-chars.ts';

export interface CompiledCues {
  whole: Set<string>;
  prefixes: string[];
  /** Cues of several words, each as its folded words. */
  phrases: string[][];
  cjk: string[];
  /** The prefixes by their first PREFIX_MIN characters, the phrases by their first word: each
   * word of a context is compared only with the cues it could start (a KB entity has dozens). */
  prefixesByHead: Map<string, string[]>;
  phrasesByFirst: Map<string, string[][]>;
}

const PREFIX_MIN = 4;

export function compileCues(cues: readonly string[]): CompiledCues {
  const out: CompiledCues = { whole: new Set(), prefixes: [], phrases: [], cjk: [], prefixesByHead: new Map(), phrasesByFirst: new Map() };
  for (const raw of cues) {
    const cue = raw.trim();
    const words = foldedWords(cue);
    if (classAt(cue, 0) === CharClass.Cjk) out.cjk.push(withoutIgnorables(cue));
    else if (!words.length) continue;
    else if (words.length > 1) out.phrases.push(words);
    else if (words[0]!.length >= PREFIX_MIN) out.prefixes.push(words[0]!);
    else out.whole.add(words[0]!);
  }
  for (const prefix of out.prefixes) addTo(out.prefixesByHead, prefix.slice(0, PREFIX_MIN), prefix);
  for (const phrase of out.phrases) addTo(out.phrasesByFirst, phrase[0]!, phrase);
  return out;
}

function addTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The words of a text (letters and digits of any script but Chinese), case-folded, with
 * invisible characters left out. */
export function foldedWords(text: string): string[] {
  const words: string[] = [];
  let word = '';
  for (let i = 0; i <= text.length; i++) {
    const k = i < text.length ? classAt(text, i) : CharClass.Other;
    if (k === CharClass.Ignorable) continue;
    if (k === CharClass.Word) word += String.fromCharCode(fold(text.charCodeAt(i)));
    else if (word) {
      words.push(word);
      word = '';
    }
  }
  return words;
}

/** The invisible characters of text-chars.ts (CharClass.Ignorable). */
const IGNORABLES = /[\u00ad\u180e\u200b-\u200d\u2060\ufeff]/g;
const CJK_RUNS = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]+/gu;
const WORD_RUNS = /[\p{L}\p{N}\p{M}_]+/gu;
const FULL_WIDTH = /[\uff01-\uff5e]/;

function withoutIgnorables(text: string): string {
  return text.replace(IGNORABLES, '');
}

/** A context as the cues read it: without invisible characters, and as folded words. */
export interface PreparedContext {
  plain: string;
  words: string[];
}

export function prepareContext(context: string): PreparedContext {
  const plain = withoutIgnorables(context);
  // Words as CharClass.Word has them: Chinese characters part them ("AI芯片" holds the word
  // "ai"); NFKC folds full-width letters to ASCII, as fold() does.
  let latin = plain.replace(CJK_RUNS, ' ');
  if (FULL_WIDTH.test(latin)) latin = latin.normalize('NFKC');
  return { plain, words: latin.toLowerCase().match(WORD_RUNS) ?? [] };
}

export function contextHasCue(context: PreparedContext, cues: CompiledCues): boolean {
  if (cues.cjk.some((cue) => context.plain.includes(cue))) return true;
  if (!cues.whole.size && !cues.prefixes.length && !cues.phrases.length) return false;
  const { words } = context;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (cues.whole.has(word)) return true;
    const prefixes = word.length >= PREFIX_MIN ? cues.prefixesByHead.get(word.slice(0, PREFIX_MIN)) : undefined;
    if (prefixes) for (const prefix of prefixes) if (word.startsWith(prefix)) return true;
    // A phrase has two words or more, and all but its last are whole words.
    const phrases = cues.phrasesByFirst.get(word);
    if (phrases) for (const phrase of phrases) if (phraseAt(words, i, phrase)) return true;
  }
  return false;
}

/** The phrase's words at words[i…]; its last word may go on ("data centers"). */
function phraseAt(words: readonly string[], i: number, phrase: readonly string[]): boolean {
  for (let j = 0; j < phrase.length; j++) {
    const word = words[i + j];
    if (word === undefined) return false;
    if (j < phrase.length - 1 ? word !== phrase[j] : !word.startsWith(phrase[j]!)) return false;
  }
  return true;
}
