// A CSV glossary chosen on the options page, read as an import: made into a KB (named after
// the file, dated today) that then passes the same checks as any imported KB. Its version is
// the active KB's, so it is never refused as older and a publisher's next release still wins.
import type { UiLanguage } from '../localized.ts';
import type { ImportedFile } from '../store/backup-format.ts';
import { checkKbValue } from '../sync/check-kb.ts';
import type { Refusal } from '../sync/outcome.ts';
import type { GlossaryIssue } from './glossary-issue.ts';
import { glossaryToKb } from './glossary-kb.ts';

export function isGlossaryFile(fileName: string): boolean {
  return /\.(?:csv|tsv)$/i.test(fileName.trim());
}

export interface GlossaryImportOptions {
  /** The language of descriptions in a column that does not name one: the reader's. */
  lang: UiLanguage;
  fileName: string;
  activeVersion: number | undefined;
  now?: Date;
}

export type GlossaryImport = { ok: true; file: ImportedFile; issues: GlossaryIssue[] } | { ok: false; refusal: Refusal };

export function readGlossaryImport(text: string, options: GlossaryImportOptions): GlossaryImport {
  const made = glossaryToKb(text, {
    lang: options.lang,
    version: Math.max(1, options.activeVersion ?? 1),
    released: (options.now ?? new Date()).toISOString().slice(0, 10),
    title: options.fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, ''),
  });
  if (!made.ok) return { ok: false, refusal: { kind: 'invalid-glossary', failure: made.failure, issues: made.issues } };
  const checked = checkKbValue(made.kb, { activeVersion: options.activeVersion });
  if (!checked.ok) return checked;
  return { ok: true, file: { kb: checked.kb, notes: [], disabledEntities: [], dismissals: [], settings: {}, articles: [], names: [] }, issues: made.issues };
}
