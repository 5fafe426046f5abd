// Searching the entity browser: by its name in either language or any other spelling, ignoring
// case, accents and punctuation, and forgiving a typo or two ("huawai" finds Huawei,
// "Chinesische Behörden" finds Chinese authorities, "英伟达" finds NVIDIA). Names that match as
// typed come first, then other spellings, then near misses.
import { foldForSearch, matchText } from '../../lib/fuzzy-match.ts';
import type { UiLanguage } from '../../lib/localized.ts';
import { entityName } from '../../lib/localized.ts';
import type { EntityListing } from '../../lib/store/overview.ts';

export { foldForSearch };

export interface FoundEntity {
  entity: EntityListing;
  /** The other name or spelling it was found by, when not by the name shown. */
  via?: string;
}

function rankOf(entity: EntityListing, query: string, language: UiLanguage): { rank: number; via?: string } | undefined {
  const shown = entityName(entity, language);
  const names = [shown, entity.name, entity.id.replace(/-/g, ' ')];
  const others = [...Object.values(entity.names ?? {}), ...entity.aliases].filter((text): text is string => !!text && text !== shown);
  const byName = names.map((n) => matchText(query, n));
  if (byName.includes('exact')) return { rank: 0 };
  const other = (wanted: 'exact' | 'fuzzy') => others.find((text) => matchText(query, text) === wanted);
  const exactOther = other('exact');
  if (exactOther !== undefined) return { rank: 1, via: exactOther };
  if (byName.includes('fuzzy')) return { rank: 2 };
  const fuzzyOther = other('fuzzy');
  return fuzzyOther === undefined ? undefined : { rank: 3, via: fuzzyOther };
}

/** The entities the query finds, best first; all of them for an empty query. */
export function findEntities(entities: readonly EntityListing[], query: string, language: UiLanguage = 'en'): FoundEntity[] {
  if (!foldForSearch(query)) return entities.map((entity) => ({ entity }));
  return entities
    .map((entity) => ({ entity, found: rankOf(entity, query, language) }))
    .filter((e) => e.found !== undefined)
    .sort((a, b) => a.found!.rank - b.found!.rank)
    .map(({ entity, found }) => (found!.via === undefined ? { entity } : { entity, via: found!.via }));
}

export function searchEntities(entities: readonly EntityListing[], query: string, language: UiLanguage = 'en'): EntityListing[] {
  return findEntities(entities, query, language).map((f) => f.entity);
}
