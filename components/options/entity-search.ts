// Searching the entity browser: by name or any alias, ignoring case, accents and
// punctuation: "nvidia h100" finds "NVIDIA H100", "华为" finds Huawei by its alias.
import type { EntityListing } from '../../lib/store/overview.ts';

export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Entities whose name or an alias contains every word of the query, names first. */
export function searchEntities(entities: readonly EntityListing[], query: string): EntityListing[] {
  const words = foldForSearch(query).split(' ').filter(Boolean);
  if (!words.length) return [...entities];
  const matches = (text: string) => {
    const folded = foldForSearch(text);
    return words.every((w) => folded.includes(w));
  };
  const byName = entities.filter((e) => matches(e.name) || matches(e.id.replace(/-/g, ' ')));
  const named = new Set(byName);
  const byAlias = entities.filter((e) => !named.has(e) && e.aliases.some(matches));
  return [...byName, ...byAlias];
}
