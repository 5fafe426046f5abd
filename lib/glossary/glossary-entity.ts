// One row of a CSV glossary made into one entity: its name and aliases (with the case rule a
// glossary implies), its kind (the KB's words or German ones), its description in the
// glossary's language. What cannot be used is named as an issue and left out or replaced.
import { ENTITY_KINDS, type Alias, type Entity, type EntityKind } from '../kb-schema.ts';
import type { UiLanguage } from '../localized.ts';
import type { ColumnRole } from './glossary-columns.ts';
import type { GlossaryIssue } from './glossary-issue.ts';
import type { CsvRecord } from './parse-csv.ts';

export const DEFAULT_KIND: EntityKind = 'company';
const MAX = { name: 100, alias: 100, aliases: 100, description: 400 };

const KIND_WORDS: Record<string, EntityKind> = {
  unternehmen: 'company', firma: 'company', konzern: 'company', organisation: 'company', organization: 'company',
  modell: 'model', plattform: 'platform', publikation: 'publication', medium: 'publication', zeitung: 'publication',
  behörde: 'authority', behoerde: 'authority', amt: 'authority',
};

/** What an entry without a description is described as: its kind, in the glossary's language. */
const KIND_LABELS: Record<UiLanguage, Record<EntityKind, string>> = {
  en: { company: 'Company', chip: 'Chip', model: 'Model', platform: 'Platform', publication: 'Publication', authority: 'Authority', person: 'Person', other: 'Name' },
  de: { company: 'Unternehmen', chip: 'Chip', model: 'Modell', platform: 'Plattform', publication: 'Publikation', authority: 'Behörde', person: 'Person', other: 'Name' },
};

const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

function slug(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+/, '').slice(0, 70).replace(/-+$/, '');
}

/** Upper case in the name: marked only where it is not all lower case ("Ascend", not "ascend"). */
function alias(text: string): Alias {
  return { text, lang: 'und', case: /\p{Lu}/u.test(text) ? 'capitalized' : 'any', needsContext: false, notAfter: [] };
}

function kindOf(value: string): EntityKind | undefined {
  const word = value.trim().toLowerCase();
  return (ENTITY_KINDS as readonly string[]).includes(word) ? (word as EntityKind) : KIND_WORDS[word];
}

export interface Row {
  line: number;
  cell(role: Exclude<ColumnRole, object>): string;
  descriptions: [UiLanguage, string][];
}

/** The record's cells by role; a record with the wrong number of cells is named (and left out if it has too many). */
export function toRow(record: CsvRecord, expected: number, roles: (ColumnRole | undefined)[], issues: GlossaryIssue[]): Row | undefined {
  const { line, cells } = record;
  if (cells.length !== expected) {
    const found = cells.length;
    if (found > expected) return void issues.push({ kind: 'too-many-columns', line, found, expected });
    issues.push({ kind: 'too-few-columns', line, found, expected });
  }
  const byRole = new Map<string, string>();
  const descriptions: [UiLanguage, string][] = [];
  roles.forEach((role, i) => {
    const value = cells[i] ?? '';
    if (typeof role === 'object') descriptions.push([role.description, value]);
    else if (role) byRole.set(role, value);
  });
  return { line, cell: (role) => byRole.get(role) ?? '', descriptions };
}

export function toEntity(row: Row, lang: UiLanguage, issues: GlossaryIssue[], firstLineOf: Map<string, number>, ids: Set<string>): Entity | undefined {
  const { line } = row;
  const name = clean(row.cell('name'));
  if (!/[\p{L}\p{N}]/u.test(name)) return void issues.push({ kind: 'no-name', line });
  if (name.length > MAX.name) return void issues.push({ kind: 'name-too-long', line, max: MAX.name });
  const known = firstLineOf.get(name.toLowerCase());
  if (known !== undefined) return void issues.push({ kind: 'duplicate-name', line, name, firstLine: known });
  firstLineOf.set(name.toLowerCase(), line);

  const rawKind = row.cell('kind').trim();
  let kind = rawKind ? kindOf(rawKind) : DEFAULT_KIND;
  if (!kind) {
    kind = DEFAULT_KIND;
    issues.push({ kind: 'unknown-kind', line, value: rawKind, used: kind });
  }

  const aliases = [alias(name)];
  const seen = new Set([name.toLowerCase()]);
  for (const raw of row.cell('aliases').split(/[;|]/)) {
    const text = clean(raw);
    if (!text || seen.has(text.toLowerCase())) continue;
    if (!/[\p{L}\p{N}]/u.test(text) || text.length > MAX.alias) {
      issues.push({ kind: 'bad-alias', line, value: text });
      continue;
    }
    if (aliases.length === MAX.aliases) {
      issues.push({ kind: 'too-many-aliases', line, max: MAX.aliases });
      break;
    }
    seen.add(text.toLowerCase());
    aliases.push(alias(text));
  }

  const description: Partial<Record<UiLanguage, string>> = {};
  for (const [language, raw] of row.descriptions) {
    let text = clean(raw);
    if (!text) continue;
    if (text.length > MAX.description) {
      issues.push({ kind: 'description-cut', line, max: MAX.description });
      text = `${text.slice(0, MAX.description - 1).replace(/\s+\S*$/, '')}…`;
    }
    description[language] = text;
  }
  if (!description.en && !description.de) {
    description[lang] = KIND_LABELS[lang][kind];
    issues.push({ kind: 'no-description', line, name, used: description[lang]! });
  }

  let id = slug(name) || `entry-${line}`;
  for (let n = 2; ids.has(id); n++) id = `${slug(name) || `entry-${line}`}-${n}`;
  ids.add(id);
  return { id, name, kind, marks: true, aliases, cues: [], description, contexts: [] };
}
