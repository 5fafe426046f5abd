// Made-up but plausible names for synthetic entities: company names of invented syllables,
// German and English legal forms, product lines and model codes, people, and Chinese names.
// Seeded, so the same seed always gives the same names. Which words and characters a name may
// use is the caller's (synthetic-kb.ts keeps them off the benchmark pages).

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
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ae', 'ei', 'io', 'ou', 'y', 'ia', 'ö', 'ü'];
const CODAS = ['', '', '', 'n', 'r', 'x', 'l', 's', 'th', 'k', 'm', 'nd', 'rk', 'v', 'tz', 'ß'];
const COMPANY_SUFFIXES = ['Labs', 'Systems', 'Technologies', 'Semiconductor', 'AI', 'Robotics', 'Cloud', 'Dynamics', 'Microsystems', 'Compute', 'Networks', 'Intelligence'];
const LEGAL_FORMS_DE = ['GmbH', 'AG', 'SE', 'GmbH & Co. KG', 'Holding AG'];
const MODEL_LETTERS = ['X', 'Q', 'R', 'V', 'Z', 'K', 'M', 'T', 'S', 'G'];
const MODEL_TAILS = ['', '', 'Pro', 'Max', 'Ultra', 'Lite', 'Plus'];
/** What Chinese company names end in: technology, group, semiconductor, intelligence, … */
const CHINESE_COMPANY_ENDINGS = ['科技', '集团', '半导体', '智能', '电子', '通信', '软件', '芯片', '微电子', '信息技术'];
const CHINESE_GIVEN_NAMES = [...'明伟华强军平刚杰磊涛斌超勇波辉敏静丽娜婷霞燕红芳玲洁琳雪'];

/** An invented word of 2–3 syllables, capitalised: "Vorandix", "Zhelio", "Brötz". */
export function madeUpWord(random: Random): string {
  const syllables = 2 + (random() < 0.35 ? 1 : 0);
  let word = '';
  for (let i = 0; i < syllables; i++) word += pick(random, ONSETS) + pick(random, VOWELS) + (i === syllables - 1 || random() < 0.3 ? pick(random, CODAS) : '');
  return word[0]!.toUpperCase() + word.slice(1);
}

export function companySuffix(random: Random): string {
  return pick(random, COMPANY_SUFFIXES);
}

export function germanLegalForm(random: Random): string {
  return pick(random, LEGAL_FORMS_DE);
}

/** A model code: "X7", "Q210", "VR-40". */
export function modelCode(random: Random): string {
  const letters = pick(random, MODEL_LETTERS) + (random() < 0.3 ? pick(random, MODEL_LETTERS) : '');
  const digits = String(1 + Math.floor(random() * (random() < 0.5 ? 9 : 990)));
  return random() < 0.25 ? `${letters}-${digits}` : `${letters}${digits}`;
}

/** The code shape (lib/code-shapes.ts) that covers a code and its siblings: "X100" → "@###". */
export function codeShape(code: string): string {
  return code.replace(/[A-Z]/g, '@').replace(/[0-9]/g, '#');
}

export function modelTail(random: Random): string {
  return pick(random, MODEL_TAILS);
}

/** The two characters a Chinese company name starts with, from `pool`. */
export function chineseCore(random: Random, pool: readonly string[]): string {
  return pick(random, pool) + pick(random, pool);
}

export function chineseCompanyName(random: Random, core: string): string {
  return core + pick(random, CHINESE_COMPANY_ENDINGS);
}

/** A person's Chinese name: a family name from `pool` and one or two given-name characters. */
export function chinesePersonName(random: Random, pool: readonly string[]): string {
  const given = random() < 0.6 ? 2 : 1;
  let name = pick(random, pool);
  for (let i = 0; i < given; i++) name += pick(random, CHINESE_GIVEN_NAMES);
  return name;
}

export function slug(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'x';
}
