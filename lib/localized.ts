// Reading the KB's per-language texts: the reader's language where the KB has it, else the
// other one, with the language it is in (so the UI can say "in German" next to it).
import type { Entity, KnowledgeBase, Localized } from './kb-schema.ts';

export type UiLanguage = 'en' | 'de';

export interface InLanguage {
  text: string;
  lang: UiLanguage;
}

export function pickLocalized(value: Localized | undefined, lang: UiLanguage): InLanguage | undefined {
  if (!value) return undefined;
  const own = value[lang];
  if (own !== undefined) return { text: own, lang };
  const other: UiLanguage = lang === 'en' ? 'de' : 'en';
  const fallback = value[other];
  return fallback === undefined ? undefined : { text: fallback, lang: other };
}

/** What the name is: the description, or an older KB's summary. */
export function entityDescription(entity: Pick<Entity, 'description' | 'summary'>, lang: UiLanguage): InLanguage | undefined {
  return pickLocalized(entity.description ?? entity.summary, lang);
}

/** The name as the reader's language writes it ("Chinesische Behörden"), else the KB's name. */
export function entityName(entity: Pick<Entity, 'name' | 'names'>, lang: UiLanguage): string {
  return entity.names?.[lang] ?? entity.name;
}

export function kbTitle(kb: Pick<KnowledgeBase, 'title'>, lang: UiLanguage): string | undefined {
  const { title } = kb;
  return typeof title === 'string' ? title : pickLocalized(title, lang)?.text;
}
