// Cues that make an ambiguous name clear: "Ascend" is a chip only in a text about chips or
// Huawei. A cue of four or more characters also matches as the start of a word ("chip" in
// "Chipsatz"); a shorter one ("KI", "AI") only as a whole word; a cue of several words ("data
// center") as those words in a row; a Chinese cue anywhere. Invisible characters (the soft
// hyphens of a justified paragraph: "Pro­zes­sor") do not break a cue.
import { CharClass, classAt, fold } from './text-chars.ts';

export interface CompiledCues {
  whole: Set<string>;
  prefixes: string[];
  /** Cues of several words, each as its folded words. */
  phrases: string[][];
  cjk: string[];
}

const PREFIX_MIN = 4;

export function compileCues(cues: readonly string[]): CompiledCues {
  const out: CompiledCues = { whole: new Set(), prefixes: [], phrases: [], cjk: [] };
  for (const raw of cues) {
    const cue = raw.trim();
    const words = foldedWords(cue);
    if (classAt(cue, 0) === CharClass.Cjk) out.cjk.push(withoutIgnorables(cue));
    else if (!words.length) continue;
    else if (words.length > 1) out.phrases.push(words);
    else if (words[0]!.length >= PREFIX_MIN) out.prefixes.push(words[0]!);
    else out.whole.add(words[0]!);
  }
  return out;
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

function withoutIgnorables(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) if (classAt(text, i) !== CharClass.Ignorable) out += text[i];
  return out;
}

export function contextHasCue(context: string, cues: CompiledCues): boolean {
  if (cues.cjk.length) {
    const plain = withoutIgnorables(context);
    if (cues.cjk.some((cue) => plain.includes(cue))) return true;
  }
  if (!cues.whole.size && !cues.prefixes.length && !cues.phrases.length) return false;
  const words = foldedWords(context);
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (cues.whole.has(word)) return true;
    for (const prefix of cues.prefixes) if (word.startsWith(prefix)) return true;
    for (const phrase of cues.phrases) if (phraseAt(words, i, phrase)) return true;
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
