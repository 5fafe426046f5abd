// Made-up but plausible names for synthetic entities: company names of invented syllables,
// product lines and model codes, and Chinese names from a pool of characters. Seeded, so the
// same seed always gives the same names.

export type Random = () => number;

/** mulberry32: a small, fast, seedable PRNG. */
export function seededRandom(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

const ONSETS = ['b', 'br', 'c', 'd', 'dr', 'f', 'g', 'gr', 'h', 'j', 'k', 'kr', 'l', 'm', 'n', 'p', 'pr', 'qu', 'r', 's', 'sk', 'st', 't', 'tr', 'v', 'vr', 'w', 'x', 'z', 'zh'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ae', 'ei', 'io', 'ou', 'y', 'ia'];
const CODAS = ['', '', '', 'n', 'r', 'x', 'l', 's', 'th', 'k', 'm', 'nd', 'rk', 'v'];
const COMPANY_SUFFIXES = ['Labs', 'Systems', 'Technologies', 'Semiconductor', 'AI', 'Robotics', 'Cloud', 'Dynamics', 'Microsystems', 'Compute', 'Networks', 'Intelligence'];
const MODEL_LETTERS = ['X', 'Q', 'R', 'V', 'Z', 'K', 'M', 'T', 'S', 'G'];
const MODEL_TAILS = ['', '', 'Pro', 'Max', 'Ultra', 'Lite', 'Plus'];
/** Characters that are rare in running text, so invented Chinese names do not occur by chance. */
const CJK = '璟琰镝钶翎珀飏骁曦瀚燊垚淼犇昶晟煜珩瑾翊铠铱钷铼锆镧钕镨钐铕钆铽镝钬铒铥镱镥钪钇锗锶铷铯钫铍镁钙锶钡镭钛钒铬锰钴镍';

/** An invented word of 2–3 syllables, capitalised: "Vorandix", "Zhelio". */
export function madeUpWord(random: Random): string {
  const syllables = 2 + (random() < 0.35 ? 1 : 0);
  let word = '';
  for (let i = 0; i < syllables; i++) word += pick(random, ONSETS) + pick(random, VOWELS) + (i === syllables - 1 || random() < 0.3 ? pick(random, CODAS) : '');
  return word[0]!.toUpperCase() + word.slice(1);
}

export function companySuffix(random: Random): string {
  return pick(random, COMPANY_SUFFIXES);
}

/** A model code: "X7", "Q210", "VR-40". */
export function modelCode(random: Random): string {
  const letters = pick(random, MODEL_LETTERS) + (random() < 0.3 ? pick(random, MODEL_LETTERS) : '');
  const digits = String(1 + Math.floor(random() * (random() < 0.5 ? 9 : 990)));
  return random() < 0.25 ? `${letters}-${digits}` : `${letters}${digits}`;
}

export function modelTail(random: Random): string {
  return pick(random, MODEL_TAILS);
}

/** A Chinese name of 2–4 characters. */
export function chineseName(random: Random): string {
  const n = 2 + Math.floor(random() * 3);
  let name = '';
  for (let i = 0; i < n; i++) name += CJK[Math.floor(random() * CJK.length)];
  return name;
}

export function slug(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'x';
}
