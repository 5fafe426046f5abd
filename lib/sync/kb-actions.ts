// The other ways the active KB changes, each returning an outcome worded like a sync's:
// import from a file, roll back to the previous KB, reset to the bundled one.
import { isGlossaryFile, readGlossaryImport } from '../glossary/glossary-import.ts';
import type { GlossaryIssue } from '../glossary/glossary-issue.ts';
import type { KnowledgeBase } from '../kb-schema.ts';
import type { UiLanguage } from '../localized.ts';
import { applyImport } from '../store/backup.ts';
import { readImportText, type ImportedFile } from '../store/backup-format.ts';
import { getActiveKb, replaceActiveKb, rollBackKb } from '../store/kb-slots.ts';
import type { KbDb } from '../store/open-db.ts';
import { kbChange } from './kb-change.ts';
import type { KbAction, KbOutcome, Refusal } from './outcome.ts';

function storageRefusal(error: unknown): Refusal {
  return { kind: 'storage', detail: error instanceof Error ? error.message : String(error) };
}

async function attempt(db: KbDb, action: KbAction, change: (before: KnowledgeBase | undefined) => Promise<KnowledgeBase | Refusal>): Promise<KbOutcome> {
  const before = (await getActiveKb(db))?.kb;
  let after: KnowledgeBase | Refusal;
  try {
    after = await change(before);
  } catch (error) {
    after = storageRefusal(error);
  }
  if ('kind' in after) return { ok: false, action, refusal: after, keptVersion: before?.version ?? null };
  return { ok: true, kind: 'changed', action, ...kbChange(before, after) };
}

export interface ImportOptions {
  confirmOlder?: boolean;
  /** For a CSV glossary: the language of its descriptions where its header names none. */
  glossaryLanguage?: UiLanguage;
  now?: Date;
}

/** A KB or backup file (JSON), or a CSV glossary (by its name), checked and made active. */
export async function importKbFile(db: KbDb, text: string, fileName: string, options: ImportOptions = {}): Promise<KbOutcome> {
  const { confirmOlder = false, now = new Date() } = options;
  let glossaryIssues: GlossaryIssue[] | undefined;
  const outcome = await attempt(db, 'import', async (before) => {
    let read: { ok: true; file: ImportedFile } | { ok: false; refusal: Refusal };
    if (isGlossaryFile(fileName)) {
      const glossary = readGlossaryImport(text, { lang: options.glossaryLanguage ?? 'en', fileName, activeVersion: before?.version, now });
      if (glossary.ok) glossaryIssues = glossary.issues;
      read = glossary;
    } else {
      read = readImportText(text, { activeVersion: before?.version, confirmOlder }, now);
    }
    if (!read.ok) return read.refusal;
    await applyImport(db, read.file, fileName, now);
    return read.file.kb;
  });
  return outcome.ok && outcome.kind === 'changed' && glossaryIssues ? { ...outcome, glossary: { issues: glossaryIssues } } : outcome;
}

export function rollBack(db: KbDb): Promise<KbOutcome> {
  return attempt(db, 'roll-back', async () => (await rollBackKb(db))?.kb ?? { kind: 'no-previous' });
}

export function resetToBundled(db: KbDb, bundled: KnowledgeBase, now = new Date()): Promise<KbOutcome> {
  return attempt(db, 'reset', async () => (await replaceActiveKb(db, bundled, { kind: 'bundled' }, now)).kb);
}
