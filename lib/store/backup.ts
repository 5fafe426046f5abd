// Export and import of a backup against the database. An import is one transaction over
// every store it touches: it applies whole or, on any error, not at all.
import { sameKb } from '../sync/kb-change.ts';
import { BACKUP_FORMAT, BACKUP_MARK, type BackupFile, type ImportedFile } from './backup-format.ts';
import { assembleKb } from './kb-parts.ts';
import { getActiveKb, writeActiveKb, type KbWriteTransaction, type NewKbExtras } from './kb-slots.ts';
import type { KbDb } from './open-db.ts';
import { getArticles, getNames } from './reader-knowledge.ts';
import { getReaderLayer } from './reader-layer.ts';
import type { KbHead } from './schema.ts';
import { DEFAULT_SETTINGS, getSettings, type Settings } from './settings.ts';

export async function exportBackup(db: KbDb, now = new Date()): Promise<BackupFile> {
  const [active, layer, settings, articles, names] = await Promise.all([
    getActiveKb(db),
    getReaderLayer(db),
    getSettings(db),
    getArticles(db),
    getNames(db),
  ]);
  if (!active) throw new Error('There is no active knowledge base to export.');
  const { syncUrl, autoSync, autoSyncHours, paused, sitesOff } = settings;
  return {
    backup: BACKUP_MARK,
    backupFormat: BACKUP_FORMAT,
    exported: now.toISOString(),
    kb: active.kb,
    notes: layer.notes,
    disabledEntities: layer.disabledEntities,
    dismissals: layer.dismissals,
    settings: { syncUrl, autoSync, autoSyncHours, paused, sitesOff },
    articles,
    names,
  };
}

/**
 * Makes the file's KB active (the old one becomes the previous) and merges its layer into
 * the reader's: the file's note wins for the same entity, switches and sites are added, and so
 * are the file's articles and names (the file's copy wins for the same URL or id).
 * `extras`: the KB's index and the file's digest, stored with it. Returns the head of the KB that was active before.
 */
export async function applyImport(db: KbDb, file: ImportedFile, fileName: string, now = new Date(), extras: NewKbExtras = {}): Promise<KbHead | undefined> {
  const tx = db.transaction(['kbs', 'kb-parts', 'kb-indexes', 'entity-notes', 'disabled', 'dismissals', 'settings', 'reader-articles', 'reader-names'], 'readwrite');
  const kbs = tx.objectStore('kbs');
  const settingsStore = tx.objectStore('settings');
  const [before, storedSettings] = await Promise.all([kbs.get('active'), settingsStore.get('settings')]);
  if (!before || !(await sameAsStored(tx as unknown as KbWriteTransaction, before, file, extras.digest))) {
    await writeActiveKb(tx as unknown as KbWriteTransaction, file.kb, { kind: 'file', name: fileName }, now, extras);
  }
  for (const note of file.notes) void tx.objectStore('entity-notes').put(note);
  for (const entity of file.disabledEntities) void tx.objectStore('disabled').put({ entity });
  for (const dismissal of file.dismissals) void tx.objectStore('dismissals').put(dismissal);
  for (const article of file.articles) void tx.objectStore('reader-articles').put(article);
  for (const name of file.names) void tx.objectStore('reader-names').put(name);
  const current: Settings = { ...DEFAULT_SETTINGS, ...(storedSettings as Partial<Settings> | undefined) };
  const merged: Settings = {
    ...current,
    ...file.settings,
    sitesOff: [...new Set([...current.sitesOff, ...(file.settings.sitesOff ?? [])])].sort(),
  };
  void settingsStore.put(merged, 'settings');
  await tx.done;
  return before;
}

/** The same file as the stored KB came from; a KB stored before digests were kept is compared whole. */
async function sameAsStored(tx: KbWriteTransaction, head: KbHead, file: ImportedFile, digest: string | undefined): Promise<boolean> {
  if (head.digest !== undefined) return head.digest === digest;
  const parts = [];
  for (let n = 0; n < head.parts; n++) parts.push(await tx.objectStore('kb-parts').get([head.key, n]));
  const kb = assembleKb(parts);
  return !!kb && sameKb(kb, file.kb);
}
