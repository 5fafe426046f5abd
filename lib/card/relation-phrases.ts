// A relation in words: "Huawei makes the Ascend 910C", "DeepSeek R2 trains on NVIDIA".
// The subject is always the relation's `from`, so a card shows the same sentence whichever
// of the two entities it is about.
import type { RelationType } from '../kb-schema.ts';
import type { RelationInWords } from '../entity-details.ts';
import type { CardLanguage } from './card-language.ts';

/** [singular subject, plural subject]; {from} and {to} are replaced with names. */
type Template = readonly [string, string];

const TEMPLATES: Record<CardLanguage, Record<RelationType, Template>> = {
  en: {
    makes: ['{from} makes the {to}', '{from} make the {to}'],
    develops: ['{from} develops {to}', '{from} develop {to}'],
    'trains-on': ['{from} trains on {to}', '{from} train on {to}'],
    'competes-with': ['{from} competes with {to}', '{from} compete with {to}'],
    recommends: ['{from} recommends {to}', '{from} recommend {to}'],
    discourages: ['{from} discourages the use of {to}', '{from} discourage the use of {to}'],
    'depends-on': ['{from} depends on {to}', '{from} depend on {to}'],
    'part-of': ['{from} is part of {to}', '{from} are part of {to}'],
    'reports-on': ['{from} reports on {to}', '{from} report on {to}'],
  },
  de: {
    makes: ['{from} stellt {to} her', '{from} stellen {to} her'],
    develops: ['{from} entwickelt {to}', '{from} entwickeln {to}'],
    'trains-on': ['{from} wird mit {to} trainiert', '{from} werden mit {to} trainiert'],
    'competes-with': ['{from} konkurriert mit {to}', '{from} konkurrieren mit {to}'],
    recommends: ['{from} empfiehlt {to}', '{from} empfehlen {to}'],
    discourages: ['{from} rät von {to} ab', '{from} raten von {to} ab'],
    'depends-on': ['{from} hängt von {to} ab', '{from} hängen von {to} ab'],
    'part-of': ['{from} gehört zu {to}', '{from} gehören zu {to}'],
    'reports-on': ['{from} berichtet über {to}', '{from} berichten über {to}'],
  },
};

/**
 * The KB does not record grammatical number, so guess it from the name: a last word in lower
 * case ending in "s" is a common noun in the plural ("Chinese authorities"), while a
 * capitalised one is a proper name however it ends ("Financial Times").
 */
export function looksPlural(name: string): boolean {
  const last = name.trim().split(/\s+/).pop() ?? '';
  return /^\p{Ll}.*s$/u.test(last);
}

export interface RelationPart {
  text: string;
  /** The id of the entity this part names; undefined for the words between names. */
  entity?: string;
}

type Named = { id: string; name: string; names?: { en?: string; de?: string } };

/** The sentence in parts, so the card can render each name as a link to its entity. Names are
 * the reader's language's where the KB has them; the number is guessed from the KB's own name
 * (German capitalises every noun, so "Chinesische Behörden" looks like a proper name). */
export function relationParts(relation: RelationInWords, self: Named, language: CardLanguage): RelationPart[] {
  const [from, to] = relation.direction === 'out' ? [self, relation.other] : [relation.other, self];
  const template = TEMPLATES[language][relation.type] ?? TEMPLATES[language]['depends-on'];
  const pattern = template[looksPlural(from.name) ? 1 : 0];
  const nameOf = (e: Named) => e.names?.[language] ?? e.name;
  const parts: RelationPart[] = [];
  for (const piece of pattern.split(/(\{from\}|\{to\})/)) {
    if (piece === '{from}') parts.push({ text: nameOf(from), entity: from.id });
    else if (piece === '{to}') parts.push({ text: nameOf(to), entity: to.id });
    else if (piece) parts.push({ text: piece });
  }
  return parts;
}

export function relationSentence(relation: RelationInWords, self: Named, language: CardLanguage): string {
  return relationParts(relation, self, language).map((p) => p.text).join('');
}
