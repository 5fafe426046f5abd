// The header line of a CSV glossary: which column holds what. Names are matched without case,
// in English or German; a description column may carry its language ("description (de)",
// "description_en"; "Beschreibung" is German), so one file can describe in both languages.
import type { UiLanguage } from '../localized.ts';

export type ColumnRole = 'name' | 'aliases' | 'kind' | 'url' | { description: UiLanguage };

const ROLES: [RegExp, Exclude<ColumnRole, object>][] = [
  [/^(?:name|term|begriff|eintrag|entity)$/, 'name'],
  [/^(?:aliases|alias|aliase|synonyms?|synonyme?|other names|andere namen|schreibweisen)$/, 'aliases'],
  [/^(?:kind|type|art|typ|category|kategorie)$/, 'kind'],
  [/^(?:url|link|source|quelle|website|webseite)$/, 'url'],
];

function describedIn(header: string, lang: UiLanguage): UiLanguage | undefined {
  const m = /^(description|beschreibung|definition|erklärung|erklaerung)(?:\s*[([_:.\s-]\s*(en|de)\s*[)\]]?)?$/.exec(header);
  if (!m) return undefined;
  if (m[2]) return m[2] as UiLanguage;
  return m[1] === 'description' || m[1] === 'definition' ? lang : 'de';
}

export interface Columns {
  /** Per cell index, its role; undefined for a column the glossary does not read. */
  roles: (ColumnRole | undefined)[];
  unknown: string[];
}

/** `lang`: the language of a description column that does not name one. */
export function readHeader(cells: string[], lang: UiLanguage): Columns {
  const taken = new Set<string>();
  const unknown: string[] = [];
  const roles = cells.map((cell) => {
    const header = cell.trim().toLowerCase();
    const described = describedIn(header, lang);
    const role: ColumnRole | undefined = described ? { description: described } : ROLES.find(([pattern]) => pattern.test(header))?.[1];
    const key = typeof role === 'object' ? `description-${role.description}` : role;
    if (!role || taken.has(key!)) {
      if (header) unknown.push(cell.trim());
      return undefined;
    }
    taken.add(key!);
    return role;
  });
  return { roles, unknown };
}
