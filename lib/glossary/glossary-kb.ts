// A CSV glossary (name, aliases, kind, description, URL) made into KB entities, and into a
// whole KB. Each row is one entity; a row that cannot be one is left out and named, a value
// that cannot be used is replaced or dropped and named (see ./glossary-issue.ts). A row's URL
// becomes a source that the entity's description cites (`descriptionSource`), shown with the
// description in the card; rows with the same URL share one source.
import { KB_FORMAT, type Entity, type KnowledgeBase, type Source } from '../kb-schema.ts';
import { validateKb } from '../kb-validate.ts';
import type { UiLanguage } from '../localized.ts';
import { toEntity, toRow, type Row } from './glossary-entity.ts';
import { readHeader } from './glossary-columns.ts';
import type { GlossaryFailure, GlossaryIssue } from './glossary-issue.ts';
import { parseCsv } from './parse-csv.ts';

const MAX = { entities: 20_000, sources: 1000 };

export interface GlossaryEntities {
  entities: Entity[];
  sources: Source[];
  issues: GlossaryIssue[];
}

function linkTitle(url: URL): string {
  return `${url.hostname.replace(/^www\./, '')}${url.pathname === '/' ? '' : url.pathname}`.slice(0, 500);
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
