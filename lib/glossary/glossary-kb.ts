// A CSV glossary (name, aliases, kind, description, URL) made into KB entities, and into a
// whole KB. Each row is one entity; a row that cannot be one is left out and named, a value
// that cannot be used is replaced or dropped and named (see ./glossary-issue.ts). A row's URL
// becomes a source that the entity's description cites (`descriptionSource`), shown with the
// description in the card; rows with the same URL share one source.
import { ENTITY_KINDS, KB_FORMAT, type Alias, type Entity, type EntityKind, type KnowledgeBase, type Source } from '../kb-schema.ts';
import { validateKb } from '../kb-validate.ts';
import type { UiLanguage } from '../localized.ts';
import { readHeader, type ColumnRole } from './glossary-columns.ts';
import type { GlossaryFailure, GlossaryIssue } from './glossary-issue.ts';
import { parseCsv, type CsvRecord } from './parse-csv.ts';

export const DEFAULT_KIND: EntityKind = 'company';
const MAX = { name: 100, alias: 100, aliases: 100, description: 400, entities: 20_000, sources: 1000 };

const KIND_WORDS: Record<string, EntityKind> = {
  unternehmen: 'company', firma: 'company', konzern: 'company', organisation: 'company', organization: 'company',
  modell: 'model', plattform: 'platform', publikation: 'publication', medium: 'publication', zeitung: 'publication',
  behörde: 'authority', behoerde: 'authority', amt: 'authority',
};

/** What an entry without a description is described as: its kind, in the glossary's language. */
const KIND_LABELS: Record<UiLanguage, Record<EntityKind, string>> = {
  en: { company: 'Company', chip: 'Chip', model: 'Model', platform: 'Platform', publication: 'Publication', authority: 'Authority' },
  de: { company: 'Unternehmen', chip: 'Chip', model: 'Modell', platform: 'Plattform', publication: 'Publikation', authority: 'Behörde' },
};

export interface GlossaryEntities {
  entities: Entity[];
  sources: Source[];
  issues: GlossaryIssue[];
}

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

function linkTitle(url: URL): string {
  return `${url.hostname.replace(/^www\./, '')}${url.pathname === '/' ? '' : url.pathname}`.slice(0, 500);
}

interface Row {
  line: number;
  cell(role: Exclude<ColumnRole, object>): string;
  descriptions: [UiLanguage, string][];
}

export function glossaryEntities(text: string, lang: UiLanguage): GlossaryEntities | { failure: GlossaryFailure; issues: GlossaryIssue[] } {
  const csv = parseCsv(text);
  const issues: GlossaryIssue[] = csv.brokenQuotes.map(({ line, closedOn }) =>
    closedOn === undefined ? { kind: 'unclosed-quote', line } : { kind: 'runaway-quote', line, closedOn },
  );
  if (csv.gaveUpAtLine !== undefined) return { failure: { kind: 'too-many-broken-lines', line: csv.gaveUpAtLine, count: csv.brokenQuotes.length }, issues };
  const [header, ...records] = csv.records;
  const columns = readHeader(header?.cells ?? [], lang);
  if (!header || !columns.roles.includes('name')) return { failure: { kind: 'no-name-column', found: header?.cells.join(csv.delimiter) ?? '' }, issues };
  for (const column of columns.unknown) issues.push({ kind: 'unknown-column', line: header.line, column });

  const expected = header.cells.length;
  const rows: Row[] = [];
  for (const record of records) {
    const row = toRow(record, expected, columns.roles, issues);
    if (row) rows.push(row);
  }
  const out: GlossaryEntities = { entities: [], sources: [], issues };
  const firstLineOf = new Map<string, number>();
  const ids = new Set<string>();
  const sourceOf = new Map<string, string>();
  for (const row of rows) {
    if (out.entities.length === MAX.entities) {
      issues.push({ kind: 'too-many-entries', line: row.line, max: MAX.entities });
      break;
    }
    const entity = toEntity(row, lang, issues, firstLineOf, ids);
    if (!entity) continue;
    const link = row.cell('url');
    if (link) {
      const url = webUrl(link);
      if (!url) issues.push({ kind: 'bad-url', line: row.line, value: link });
      else if (!sourceOf.has(url.href) && out.sources.length === MAX.sources) issues.push({ kind: 'too-many-links', line: row.line, max: MAX.sources });
      else {
        if (!sourceOf.has(url.href)) {
          const id = `link-${out.sources.length + 1}`;
          sourceOf.set(url.href, id);
          out.sources.push({ id, title: linkTitle(url), language: lang, url: url.href });
        }
        entity.descriptionSource = sourceOf.get(url.href);
      }
    }
    out.entities.push(entity);
  }
  issues.sort((a, b) => a.line - b.line); // stable: a line's issues keep their order
  if (!out.entities.length) return { failure: { kind: 'no-entries' }, issues };
  return out;
}

function webUrl(text: string): URL | undefined {
  try {
    const url = new URL(text.trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}

function toRow(record: CsvRecord, expected: number, roles: (ColumnRole | undefined)[], issues: GlossaryIssue[]): Row | undefined {
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

function toEntity(row: Row, lang: UiLanguage, issues: GlossaryIssue[], firstLineOf: Map<string, number>, ids: Set<string>): Entity | undefined {
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

export interface GlossaryKbOptions {
  lang: UiLanguage;
  version: number;
  /** YYYY-MM-DD */
  released: string;
  title?: string;
}

export type GlossaryKb = { ok: true; kb: KnowledgeBase; issues: GlossaryIssue[] } | { ok: false; failure: GlossaryFailure; issues: GlossaryIssue[] };

/** A whole KB of the glossary, validated like any other. */
export function glossaryToKb(text: string, options: GlossaryKbOptions): GlossaryKb {
  const read = glossaryEntities(text, options.lang);
  if ('failure' in read) return { ok: false, ...read };
  const draft = {
    format: KB_FORMAT,
    version: options.version,
    released: options.released,
    ...(options.title?.trim() ? { title: options.title.trim().slice(0, 200) } : {}),
    sources: read.sources,
    entities: read.entities,
    relations: [],
  };
  const validated = validateKb(draft);
  // Every value was checked above; a failure here is a bug in this file, not in the glossary.
  if (!validated.ok) throw new Error(`glossary KB does not validate: ${JSON.stringify(validated.problems.slice(0, 3))}`);
  return { ok: true, kb: validated.kb, issues: read.issues };
}
