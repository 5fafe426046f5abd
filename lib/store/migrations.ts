// Upgrade steps of the database, one per schema version, run in order inside the one
// versionchange transaction. Never edit a released step: add the next one instead, so a
// database written by any earlier version reaches the current layout with nothing lost.
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { kbHead, kbParts, newKbKey } from './kb-parts.ts';
import type { KbOrigin, KbSlot, NoteRecord } from './schema.ts';
import type { KnowledgeBase } from '../kb-schema.ts';

type AnyDb = IDBPDatabase<unknown>;
type UpgradeTx = IDBPTransaction<unknown, StoreNames<unknown>[], 'versionchange'>;
type Step = (db: AnyDb, tx: UpgradeTx) => void | Promise<void>;

/** The `updated` time given to notes that version 1 stored without one. */
export const NOTE_TIME_UNKNOWN = '1970-01-01T00:00:00.000Z';

export const MIGRATIONS: readonly Step[] = [
  // Version 1: KB slots, notes as plain strings keyed by entity id, disabled entities, settings.
  (db) => {
    db.createObjectStore('kbs', { keyPath: 'slot' });
    db.createObjectStore('notes');
    db.createObjectStore('disabled', { keyPath: 'entity' });
    db.createObjectStore('settings');
  },
  // Version 2: notes become records that know when they were edited (for export and merge),
  // and "not this entity on this site" dismissals get their own store.
  async (db, tx) => {
    const oldNotes = tx.objectStore('notes');
    const [keys, texts] = await Promise.all([oldNotes.getAllKeys(), oldNotes.getAll()]);
    const notes = db.createObjectStore('entity-notes', { keyPath: 'entity' });
    keys.forEach((key, i) => {
      const record: NoteRecord = { entity: String(key), text: String(texts[i] ?? ''), updated: NOTE_TIME_UNKNOWN };
      if (record.text.trim()) void notes.put(record);
    });
    db.deleteObjectStore('notes');
    db.createObjectStore('dismissals', { keyPath: ['entity', 'site'] });
  },
  // Version 3: the reader's own knowledge (articles added from pages, keyed by their canonical
  // address; names added from a selection) and when they last opened each name's background.
  (db) => {
    db.createObjectStore('reader-articles', { keyPath: 'url' });
    db.createObjectStore('reader-names', { keyPath: 'id' });
    db.createObjectStore('opened', { keyPath: 'entity' });
  },
  // Version 4: a KB is kept as a head in its slot and parts that hold it (kb-parts.ts), and its
  // compact index beside it, so 100,000 entities are never cloned in one go and a roll back
  // moves no KB.
  async (db, tx) => {
    const parts = db.createObjectStore('kb-parts', { keyPath: ['key', 'n'] });
    db.createObjectStore('kb-indexes', { keyPath: 'key' });
    const kbs = tx.objectStore('kbs');
    const records = (await kbs.getAll()) as { slot: KbSlot; kb: KnowledgeBase; origin: KbOrigin; savedAt: string }[];
    for (const record of records) {
      const key = newKbKey();
      for (const part of kbParts(record.kb, key)) void parts.put(part);
      void kbs.put(kbHead(record.slot, key, record.kb, record.origin, record.savedAt));
    }
  },
];

export const DB_VERSION = MIGRATIONS.length;

export function upgrade(db: AnyDb, oldVersion: number, tx: UpgradeTx): void {
  const run = async () => {
    for (let version = oldVersion + 1; version <= DB_VERSION; version++) await MIGRATIONS[version - 1]!(db, tx);
  };
  // A failed step aborts the whole upgrade: the database stays at its old version, intact.
  run().catch(() => tx.abort());
}
