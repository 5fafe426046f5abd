// A native first look for the matcher's probe: one regular expression that matches any text in
// which the probe could find a word starting an alias. V8 compiles it to machine code, so most
// text nodes of a page are passed over at the speed of a regex test, and only the few it matches
// are probed word by word (matcher.ts, probeText). It must never miss: it matches
// - every first word of an alias as a substring, case-insensitively (the probe hashes whole
//   words, folded; "NVIDIAs" and "barracuda" hold one as a substring too);
// - the first characters of the Chinese aliases, and any high surrogate (the probe says yes to
//   every Han character outside the BMP);
// - any character the substring test cannot judge: the invisible ones the probe skips inside a
//   word, and those whose folded form a case-insensitive regex does not equal (full-width
//   letters and digits, the Kelvin sign, …: FOLDS_BEYOND_REGEX).
// Built only for a KB with few first words; a big KB's probe reads every word itself.

/** More first words than this: no pre-filter (the alternation would stop being fast). */
export const MAX_PREFILTER_WORDS = 200;

/** Soft hyphen and the zero-width characters (text-chars.ts, isIgnorableCode). */
const IGNORABLE = '\\u00ad\\u180e\\u200b-\\u200d\\u2060\\ufeff';

/**
 * Characters whose fold (text-chars.ts) is a different character that a case-insensitive
 * regular expression does not take for them: full-width letters and digits, and the few found
 * by checking every BMP character (tests/unit/probe-prefilter.test.ts keeps this list complete).
 */
export const FOLDS_BEYOND_REGEX =
  '\\u03f4\\u1e9e\\u1f88-\\u1f8f\\u1f98-\\u1f9f\\u1fa8-\\u1faf\\u1fbc\\u1fcc\\u1ffc\\u2126\\u212a\\u212b\\uff10-\\uff19\\uff21-\\uff3a\\uff41-\\uff5a';

const HIGH_SURROGATE = '\\ud800-\\udbff';

const escapeRegExp = (s: string) => s.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
const escapeClassChar = (c: number) => `\\u${c.toString(16).padStart(4, '0')}`;

/**
 * The pre-filter for these folded first words and Chinese first characters (code units), or
 * undefined when there are too many words for it to pay.
 */
export function compileProbePrefilter(firstWords: Iterable<string>, cjkStarts: Iterable<number>): RegExp | undefined {
  const words = [...new Set(firstWords)].filter(Boolean);
  if (words.length > MAX_PREFILTER_WORDS) return undefined;
  // Longest first, so that "deepseek" is not cut short by "deep" (either match would do, but
  // the longer alternatives first keep the automaton's work the same).
  words.sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const chars = [...new Set(cjkStarts)].map(escapeClassChar).join('');
  const alternatives = [...words.map(escapeRegExp), `[${chars}${IGNORABLE}${FOLDS_BEYOND_REGEX}${HIGH_SURROGATE}]`];
  return new RegExp(alternatives.join('|'), 'i');
}
