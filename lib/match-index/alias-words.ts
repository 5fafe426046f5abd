// An alias as the scanner reads it: its words (case-folded, and as written), the hash of its
// first word, or for a name written without spaces (Chinese) its characters. The index is built
// from these and the scan in lib/matcher.ts hashes the page's words the same way.
import { CharClass, classAt, fold, widthFold } from '../text-chars.ts';

export const HASH_SEED = 7;

export function hashWord(word: string): number {
  let h = HASH_SEED;
  for (let i = 0; i < word.length; i++) h = (Math.imul(h, 31) + word.charCodeAt(i)) | 0;
  return h;
}

/** Splits an alias into words of word characters (folded), as the scanner will see them. */
export function aliasWords(text: string): { words: string[]; written: string[] } {
  const words: string[] = [];
  const written: string[] = [];
  let folded = '';
  let asWritten = '';
  for (let i = 0; i <= text.length; i++) {
    const k = i < text.length ? classAt(text, i) : CharClass.Other;
    if (k === CharClass.Ignorable) continue;
    if (k === CharClass.Word) {
      const c = text.charCodeAt(i);
      folded += String.fromCharCode(fold(c));
      asWritten += String.fromCharCode(widthFold(c));
    } else if (folded) {
      words.push(folded);
      written.push(asWritten);
      folded = asWritten = '';
    }
  }
  return { words, written };
}

/** A name written without spaces: its first character is Chinese (or Japanese). */
export function isJoinedAlias(text: string): boolean {
  return classAt(text, 0) === CharClass.Cjk;
}

/** The characters of a joined alias as the scan compares them: folded, invisible ones left out.
 * (Code points are filtered by their index as a code unit, and a pair keeps its first unit: the
 * matcher has always read them so, and the index must find exactly what it found.) */
export function joinedAliasChars(text: string): string {
  return [...text].filter((_, i) => classAt(text, i) !== CharClass.Ignorable)
    .map((ch) => String.fromCharCode(fold(ch.charCodeAt(0)))).join('');
}

/** Letters only, so it may be an ordinary word ("Ascend", "cuda"). */
export function isWordLike(words: readonly string[]): boolean {
  return words.every((w) => /^\p{L}+$/u.test(w));
}
