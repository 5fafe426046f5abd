// The other ways the active KB changes, each returning an outcome worded like a sync's:
// import from a file, roll back to the previous KB, reset to the bundled one.
import { isGlossaryFile, readGlossaryImport } from '../glossary/glossary-import.ts';
import type { GlossaryIssue } from '../glossary/glossary-issue.ts';
import type { KnowledgeBase } from '../kb-schema.ts';
import type { UiLanguage } from '../localized.ts';
import { buildMatchIndex, buildMatchIndexInSlices } from '../match-index/build-index.ts';
import { applyImport } from '../store/backup.ts';
import { readImportTextInSlices, type ImportedFile } from '../store/backup-format.ts';
import { storedKbIds } from '../store/kb-ids.ts';
import { fileDigest } from '../store/kb-parts.ts';
import { getActiveHead, replaceActiveKb, rollBackKb } from '../store/kb-slots.ts';
import type { KbDb } from '../store/open-db.ts';
import type { KbHead } from '../store/schema.ts';
import { kbChange } from './kb-change.ts';
import type { KbAction, KbOutcome, Refusal } from './outcome.ts';
import { storageRefusal } from './storage-refusal.ts';

async function attempt(db: KbDb, action: KbAction, change: (before: KbHead | undefined) => Promise<KnowledgeBase | Refusal>): Promise<KbOutcome> {
  const before = await getActiveHead(db);
  let after: KnowledgeBase | Refusal;
  try {
    after = await change(before);
  } catch (error) {
    after = storageRefusal(error);
  }
  if ('kind' in after) return { ok: false, action, refusal: after, keptVersion: before?.version ?? null };
  // The KB that was active is the previous one now: its ids are still stored.
  const beforeIds = before && (await storedKbIds(db, before).catch(() => undefined));
  return { ok: true, kind: 'changed', action, ...kbChange(beforeIds, after) };
}

export interface ImportOptions {
  confirmOlder?: boolean;
  /** For a CSV glossary: the language of its descriptions where its header names none. */
  glossaryLanguage?: UiLanguage;
  now?: Date;
  /** Gives the thread back between slices of reading, checking and indexing a big file. */
  pause?: () => Promise<void>;
  /** Called once the file has passed its checks, before its index is built and it is saved. */
  onSaving?: () => void;
}

/** A KB or backup file (JSON), or a CSV glossary (by its name), checked and made active. */
export async function importKbFile(db: KbDb, text: string, fileName: string, options: ImportOptions = {}): Promise<KbOutcome> {
  const { confirmOlder = false, now = new Date(), pause = () => Promise.resolve() } = options;
  let glossaryIssues: GlossaryIssue[] | undefined;
  const outcome = await attempt(db, 'import', async (before) => {
    let read: { ok: true; file: ImportedFile } | { ok: false; refusal: Refusal };
    if (isGlossaryFile(fileName)) {
      const glossary = readGlossaryImport(text, { lang: options.glossaryLanguage ?? 'en', fileName, activeVersion: before?.version, now });
      if (glossary.ok) glossaryIssues = glossary.issues;
      read = glossary;
    } else {
      read = await readImportTextInSlices(text, { activeVersion: before?.version, confirmOlder }, now, pause);
    }
    if (!read.ok) return read.refusal;
    options.onSaving?.();
    const index = await buildMatchIndexInSlices(read.file.kb.entities, pause, { includeUnmarked: true });
    await applyImport(db, read.file, fileName, now, { index, digest: await fileDigest(new TextEncoder().encode(text)) });
    return read.file.kb;
  });
  return outcome.ok && outcome.kind === 'changed' && glossaryIssues ? { ...outcome, glossary: { issues: glossaryIssues } } : outcome;
}

export function rollBack(db: KbDb): Promise<KbOutcome> {
  return attempt(db, 'roll-back', async () => (await rollBackKb(db))?.kb ?? { kind: 'no-previous' });
}

export function resetToBundled(db: KbDb, bundled: KnowledgeBase, now = new Date()): Promise<KbOutcome> {
  const index = buildMatchIndex(bundled.entities, { includeUnmarked: true });
  return attempt(db, 'reset', async () => (await replaceActiveKb(db, bundled, { kind: 'bundled' }, now, { index })).kb);
}
