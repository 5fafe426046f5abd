// Settles an article's metadata from every place that offers it (its .json file, its front
// matter, the HTML's own metadata, its first line), in that order of trust. A field that is
// missing or wrong is reported with the file and line, and either fails the article (no
// title, no usable language, a bad id) or is left out with a warning (date, URL) or cut to
// length (title, publisher): see docs/knowledge-base.md.
import type { Source } from '../kb-schema.ts';
import { isoDate, languageTag, webAddress } from './meta-values.ts';

export const META_FIELDS = ['id', 'title', 'url', 'publisher', 'date', 'language', 'cites'] as const;
export type MetaField = (typeof META_FIELDS)[number];

export interface MetaValue {
  value: string;
  file: string;
  line?: number;
  /** Where in the file, when that says more than the line: "og:title", "the first line". */
  from?: string;
}

/** Candidates per field, most trusted first. */
export type MetaCandidates = Partial<Record<MetaField, MetaValue[]>>;

export interface MetaProblem {
  severity: 'error' | 'warning';
  file: string;
  line?: number;
  message: string;
}

export type ArticleMeta = Source;

const MAX_LENGTH: Partial<Record<MetaField, number>> = { id: 200, title: 500, publisher: 200, cites: 200 };

const CHECKS: Partial<Record<MetaField, { check: (raw: string) => string | undefined; expected: string }>> = {
  date: { check: isoDate, expected: 'is not a date like 2025-08-14 (or 14.08.2025)' },
  language: { check: languageTag, expected: 'is not a language tag like "en", "de" or "de-AT"' },
  url: { check: webAddress, expected: 'is not an http or https address' },
};

const WHEN_DROPPED: Partial<Record<MetaField, string>> = {
  date: 'the article is kept without a date',
  url: 'the article is kept without a link',
};

const WHEN_MISSING: Partial<Record<MetaField, string>> = {
  id: 'has no id',
  title: 'has no title: give it one ("title: …" in the front matter, or "title" in its .json file)',
  language: 'has no language: give it one ("language: en" in the front matter, or "language" in its .json file); the language decides how its sentences are split',
};

function place(v: MetaValue): string {
  return v.from ? ` (${v.from})` : '';
}

function origin(v: MetaValue): string {
  return v.from ?? `${v.file}${v.line ? `:${v.line}` : ''}`;
}

function settleField(field: MetaField, candidates: MetaValue[], problems: MetaProblem[], file: string): string | undefined {
  const rule = CHECKS[field];
  const rejected: MetaValue[] = [];
  let chosen: { value: string; from: MetaValue } | undefined;
  for (const candidate of candidates) {
    const raw = candidate.value.replace(/\s+/g, ' ').trim();
    if (!raw) continue;
    const value = rule ? rule.check(raw) : raw;
    if (value === undefined) rejected.push(candidate);
    else {
      chosen = { value, from: candidate };
      break;
    }
  }
  for (const bad of rejected) {
    const then = chosen ? `; ${JSON.stringify(chosen.value)} from ${origin(chosen.from)} is used` : WHEN_DROPPED[field] ? `; ${WHEN_DROPPED[field]}` : '';
    problems.push({
      severity: chosen || WHEN_DROPPED[field] ? 'warning' : 'error',
      file: bad.file,
      line: bad.line,
      message: `${field} ${JSON.stringify(bad.value.trim().slice(0, 80))}${place(bad)} ${rule!.expected}${then}`,
    });
  }
  if (!chosen) {
    if (!rejected.length && WHEN_MISSING[field]) problems.push({ severity: 'error', file, message: WHEN_MISSING[field]! });
    if (!rejected.length && field === 'date') problems.push({ severity: 'warning', file, message: 'has no date; the card shows it without one' });
    return undefined;
  }
  let { value } = chosen;
  const max = MAX_LENGTH[field];
  if (max && value.length > max) {
    problems.push({ severity: 'warning', file: chosen.from.file, line: chosen.from.line, message: `${field} is longer than ${max} characters and was cut` });
    value = `${value.slice(0, max - 1).trimEnd()}…`;
  }
  if (chosen.from.from === 'the first line') {
    problems.push({ severity: 'warning', file, line: chosen.from.line, message: `has no title in its metadata; its first line, ${JSON.stringify(value.slice(0, 80))}, is used as the title` });
  }
  return value;
}

/** The source entry for one article, or undefined when it has an error. */
export function settleMeta(file: string, candidates: MetaCandidates): { meta?: ArticleMeta; problems: MetaProblem[] } {
  const problems: MetaProblem[] = [];
  const settled: Partial<Record<MetaField, string>> = {};
  for (const field of META_FIELDS) {
    const value = settleField(field, candidates[field] ?? [], problems, file);
    if (value !== undefined) settled[field] = value;
  }
  if (problems.some((p) => p.severity === 'error')) return { problems };
  const { id, title, language, ...optional } = settled;
  const meta: ArticleMeta = { id: id!, title: title!, language: language! };
  for (const field of ['publisher', 'cites', 'date', 'url'] as const) {
    if (optional[field] !== undefined) meta[field] = optional[field];
  }
  return { meta, problems };
}

export function formatMetaProblem(p: MetaProblem): string {
  return `${p.file}${p.line ? `:${p.line}` : ''}: ${p.severity === 'error' ? 'error: ' : ''}${p.message}`;
}
