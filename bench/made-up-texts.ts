// The prose of a synthetic KB: descriptions in English and German of the lengths real ones have
// (one or two lines), and the quoted sentences (contexts) that name an entity, from invented
// sources. Seeded like the names (made-up-names.ts).
import type { Context, Entity, Localized, Source } from '../lib/kb-schema.ts';
import { pick, type Random } from './made-up-names.ts';

const CITIES = ['Regensburg', 'Shenzhen', 'Austin', 'Dresden', 'Hangzhou', 'Eindhoven', 'Bangalore', 'Grenoble', 'Hsinchu', 'Leipzig', 'Toronto', 'Suzhou'];
const SECTORS: [string, string][] = [
  ['industrial sensors', 'Industriesensoren'], ['AI accelerators', 'KI-Beschleunigern'], ['network equipment', 'Netzwerktechnik'],
  ['power electronics', 'Leistungselektronik'], ['cloud software', 'Cloud-Software'], ['memory chips', 'Speicherchips'],
  ['robot arms', 'Roboterarmen'], ['optical components', 'optischen Bauteilen'], ['lidar systems', 'Lidar-Systemen'],
];
const PRODUCT_NOUNS: Record<string, [string, string]> = {
  chip: ['chip', 'Chip'], model: ['language model', 'Sprachmodell'], platform: ['software platform', 'Softwareplattform'],
};
const ROLES: [string, string][] = [['chief executive', 'Vorstandschef'], ['founder', 'Gründer'], ['chief technology officer', 'Technikchef'], ['head of research', 'Forschungsleiter']];
const CLAIMS = [
  'plans to double its production next year', 'has cut the price of its newest parts', 'was named in the latest export rules',
  'signed a supply deal with a carmaker', 'reported a rise in quarterly sales', 'is building a new plant near the coast',
];
const CLAIMS_DE = [
  'will die Produktion im nächsten Jahr verdoppeln', 'hat die Preise seiner neuesten Bauteile gesenkt', 'wird in den neuen Exportregeln genannt',
  'hat einen Liefervertrag mit einem Autohersteller unterzeichnet', 'meldet steigende Quartalsumsätze',
];
const PUBLISHERS = ['Daily Circuit', 'Wirtschaftsblatt', 'Tech Ledger', 'Chip Review', 'Handelszeitung Nord', 'Asia Wire', 'The Foundry Post'];

export function madeUpSources(random: Random, count: number): Source[] {
  return Array.from({ length: count }, (_, i) => {
    const language = random() < 0.5 ? 'en' : random() < 0.8 ? 'de' : 'zh';
    const month = String(1 + Math.floor(random() * 12)).padStart(2, '0');
    const day = String(1 + Math.floor(random() * 28)).padStart(2, '0');
    return {
      id: `bench-source-${i}`,
      title: language === 'de' ? `Chipbranche im Umbruch, Teil ${i + 1}` : `Chip makers under pressure, part ${i + 1}`,
      language,
      publisher: pick(random, PUBLISHERS),
      date: `20${20 + Math.floor(random() * 6)}-${month}-${day}`,
      url: `https://news.example/${language}/chips-${i + 1}`,
    };
  });
}

export function companyDescription(random: Random, name: string): Localized {
  const [en, de] = pick(random, SECTORS);
  const city = pick(random, CITIES);
  const year = 1950 + Math.floor(random() * 72);
  return {
    en: `${name} is a maker of ${en} based in ${city}, founded in ${year}.`,
    ...(random() < 0.6 ? { de: `${name} ist ein Hersteller von ${de} mit Sitz in ${city}, gegründet ${year}.` } : {}),
  };
}

export function productDescription(random: Random, name: string, kind: string, company: string): Localized {
  const [en, de] = PRODUCT_NOUNS[kind] ?? PRODUCT_NOUNS.chip!;
  const year = 2015 + Math.floor(random() * 11);
  return {
    en: `The ${name} is a ${en} by ${company}, first shown in ${year}${random() < 0.5 ? ' and sold mainly to data centres' : ''}.`,
    ...(random() < 0.5 ? { de: `${name}: ${de} von ${company}, erstmals ${year} vorgestellt.` } : {}),
  };
}

export function personDescription(random: Random, name: string, company: string): Localized {
  const [en, de] = pick(random, ROLES);
  return { en: `${name} is the ${en} of ${company}.`, ...(random() < 0.5 ? { de: `${name} ist ${de} von ${company}.` } : {}) };
}

/** One to three quoted sentences that name the entity (by its first alias), from the given sources. */
export function madeUpContexts(random: Random, entity: Pick<Entity, 'aliases'>, sources: readonly Source[]): Context[] {
  const name = entity.aliases[0]!.text;
  const count = 1 + Math.floor(random() * 3);
  return Array.from({ length: count }, () => {
    const source = pick(random, sources);
    const german = source.language === 'de';
    const lead = german ? `Wie ${pick(random, PUBLISHERS)} berichtet, ` : `According to ${pick(random, PUBLISHERS)}, `;
    const claim = german ? pick(random, CLAIMS_DE) : pick(random, CLAIMS);
    const tail = random() < 0.5 ? (german ? ', obwohl die Nachfrage zuletzt schwächer war' : ', although demand has been weaker lately') : '';
    const text = `${lead}${name} ${claim}${tail}.`;
    return { source: source.id, section: source.title, text, spans: [{ start: lead.length, end: lead.length + name.length }] };
  });
}
