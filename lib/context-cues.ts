// Cues that make an ambiguous name clear: "Ascend" is a chip only in a text about chips or
// Huawei. A cue of four or more characters also matches as the start of a word ("chip" in
// "Chipsatz"); a shorter one ("KI", "AI") only as a whole word; a Chinese cue anywhere.
import { CharClass, classAt, fold } from './text-chars.ts';

export interface CompiledCues {
  whole: Set<string>;
  prefixes: string[];
  cjk: string[];
}

const PREFIX_MIN = 4;

export function compileCues(cues: readonly string[]): CompiledCues {
  const out: CompiledCues = { whole: new Set(), prefixes: [], cjk: [] };
  for (const raw of cues) {
    const cue = foldString(raw.trim());
    if (!cue) continue;
    if (classAt(cue, 0) === CharClass.Cjk) out.cjk.push(cue);
    else if (cue.length >= PREFIX_MIN) out.prefixes.push(cue);
    else out.whole.add(cue);
  }
  return out;
}

function foldString(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) out += String.fromCharCode(fold(s.charCodeAt(i)));
  return out;
}

const WORDS = /[\p{L}\p{N}_]+/gu;

export function contextHasCue(context: string, cues: CompiledCues): boolean {
  if (cues.cjk.some((cue) => context.includes(cue))) return true;
  if (!cues.whole.size && !cues.prefixes.length) return false;
  for (const match of foldString(context).matchAll(WORDS)) {
    const word = match[0];
    if (cues.whole.has(word)) return true;
    for (const prefix of cues.prefixes) if (word.startsWith(prefix)) return true;
  }
  return false;
}
