// Forgiving search: a query word finds a word that contains it, or one it misspells by a letter
// or two ("huawai" finds "Huawei", "nvdia" finds "NVIDIA"). Short words must match as typed:
// "amd" may not find "and". Text is folded first (case, accents and punctuation do not count);
// words of scripts without spaces ("英伟达") are matched inside the text as they are.

export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** How many typos a query word of this length may have. */
export function typosAllowed(length: number): number {
  return length < 4 ? 0 : length < 8 ? 1 : 2;
}

/** Edits (insert, delete, replace, swap two neighbours) that turn `a` into `b`; stops counting past `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > limit) return limit + 1;
    before = previous;
    previous = row;
  }
  return previous[b.length]!;
}

export type WordMatch = 'exact' | 'fuzzy';

/** How a folded query word matches folded text: inside it, or close to one of its words (or a word's start, for a half-typed name). */
export function matchWord(word: string, folded: string): WordMatch | undefined {
  if (folded.includes(word)) return 'exact';
  const allowed = typosAllowed(word.length);
  if (!allowed) return undefined;
  for (const candidate of folded.split(' ')) {
    if (editDistance(word, candidate, allowed) <= allowed) return 'fuzzy';
    // "nvdi" typed towards "nvidia": compare with the start of the word, one letter either way.
    for (const cut of [word.length - 1, word.length, word.length + 1]) {
      if (cut < candidate.length && cut >= 4 && editDistance(word, candidate.slice(0, cut), allowed) <= allowed) return 'fuzzy';
    }
  }
  return undefined;
}

/** Whether every word of `query` matches `text`, and how well: undefined when one does not. */
export function matchText(query: string, text: string): WordMatch | undefined {
  const words = foldForSearch(query).split(' ').filter(Boolean);
  const folded = foldForSearch(text);
  let result: WordMatch = 'exact';
  for (const word of words) {
    const match = matchWord(word, folded);
    if (!match) return undefined;
    if (match === 'fuzzy') result = 'fuzzy';
  }
  return result;
}
