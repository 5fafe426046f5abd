// The backup file: the active KB and the reader's layer (notes, switches, sites, sync URL,
// the articles and names the reader added) in one JSON document. Reading one checks everything
// before anything is applied, with the same KB checks and JSON paths as a sync; a bare KB file
// (as a team publishes it) is accepted too.
import * as v from 'valibot';
import type { KnowledgeBase } from '../kb-schema.ts';
import { pathOf } from '../kb-validate.ts';
import { checkKbValue, checkKbValueInSlices, parseJsonText, type KbCheck, type ParsedText, type VersionRule } from '../sync/check-kb.ts';
import { ReaderArticleSchema, ReaderNameSchema, type ReaderArticle, type ReaderName } from '../reading/records.ts';
import type { Refusal } from '../sync/outcome.ts';
import type { DismissalRecord, NoteRecord } from './schema.ts';
import { SettingsPatchSchema, type SettingsPatch } from './settings.ts';

export const BACKUP_MARK = 'kb-annotations-backup';
/** 2 added the reader's articles and names; a format-1 backup (without them) still imports. */
export const BACKUP_FORMAT = 2;
const READABLE_FORMATS = [1, 2] as const;

const entityId = v.pipe(v.string('should be text'), v.minLength(1, 'is empty'), v.maxLength(80, 'is longer than 80 characters'));
const BackupSchema = v.object({
  backup: v.literal(BACKUP_MARK),
  backupFormat: v.picklist(READABLE_FORMATS, `should be ${READABLE_FORMATS.join(' or ')} (the backup formats this extension reads)`),
  exported: v.optional(v.string('should be text')),
  kb: v.unknown(),
  notes: v.optional(
    v.array(
      v.object({
        entity: entityId,
        text: v.pipe(v.string('should be text'), v.maxLength(20_000, 'is longer than 20000 characters')),
        updated: v.optional(v.pipe(v.string('should be text'), v.isoTimestamp('should be a time like 2026-11-28T10:00:00.000Z'))),
      }),
      'should be a list',
    ),
    [],
  ),
  disabledEntities: v.optional(v.array(entityId, 'should be a list'), []),
  dismissals: v.optional(v.array(v.object({ entity: entityId, site: v.pipe(v.string('should be text'), v.maxLength(300)) }), 'should be a list'), []),
  settings: v.optional(SettingsPatchSchema, {}),
  articles: v.optional(v.array(ReaderArticleSchema, 'should be a list'), []),
  names: v.optional(v.array(ReaderNameSchema, 'should be a list'), []),
});

/** What an import applies: a KB, and from a backup also the reader's layer. */
export interface ImportedFile {
  kb: KnowledgeBase;
  notes: NoteRecord[];
  disabledEntities: string[];
  dismissals: DismissalRecord[];
  settings: SettingsPatch;
  articles: ReaderArticle[];
  names: ReaderName[];
}

/** A backup file: what an import applies, marked as a backup. */
export interface BackupFile extends ImportedFile {
  backup: typeof BACKUP_MARK;
  backupFormat: typeof BACKUP_FORMAT;
  exported: string;
}

export type ImportRead = { ok: true; file: ImportedFile } | { ok: false; refusal: Refusal };

export function readImportText(text: string, rule: VersionRule, now = new Date()): ImportRead {
  return drain(importSteps(parseJsonText(text), (value, prefix) => checkKbValue(value, rule, prefix), now));
}

/** readImportText for a big file, pausing between slices of checking it (one JSON.parse reads it: check-kb.ts). */
export async function readImportTextInSlices(text: string, rule: VersionRule, now: Date, pause: () => Promise<void>): Promise<ImportRead> {
  const steps = importSteps(parseJsonText(text), (value, prefix) => checkKbValueInSlices(value, rule, pause, prefix), now);
  let next = steps.next();
  while (!next.done) next = steps.next(await next.value);
  return next.value;
}

/** The import's steps, each KB check handed out (and its answer taken back) so it may be sliced. */
function* importSteps<C extends KbCheck | Promise<KbCheck>>(parsed: ParsedText, check: (value: unknown, prefix: string) => C, now: Date): Generator<C, ImportRead, KbCheck> {
  if (!parsed.ok) return parsed;
  const value = parsed.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value) || !('backup' in value || 'entities' in value)) {
    return { ok: false, refusal: { kind: 'not-a-kb' } };
  }
  if (!('backup' in value)) {
    const kb: KbCheck = yield check(value, '');
    return kb.ok ? { ok: true, file: { kb: kb.kb, notes: [], disabledEntities: [], dismissals: [], settings: {}, articles: [], names: [] } } : kb;
  }
  const envelope = v.safeParse(BackupSchema, value);
  if (!envelope.success) {
    const problems = envelope.issues.map((issue) => ({
      path: pathOf(issue),
      message: issue.input === undefined && issue.kind === 'schema' ? 'is missing' : issue.message,
    }));
    return { ok: false, refusal: { kind: 'invalid-kb', problems } };
  }
  const kb: KbCheck = yield check(envelope.output.kb, 'kb');
  if (!kb.ok) return kb;
  const { notes, disabledEntities, dismissals, settings, articles, names } = envelope.output;
  const stamp = now.toISOString();
  return {
    ok: true,
    file: { kb: kb.kb, notes: notes.map((n) => ({ ...n, updated: n.updated ?? stamp })), disabledEntities, dismissals, settings, articles, names },
  };
}

function drain<T>(steps: Generator<KbCheck, T, KbCheck>): T {
  let next = steps.next();
  while (!next.done) next = steps.next(next.value);
  return next.value;
}
