// The shape of the extension's one IndexedDB database, as the current code sees it.
// Older layouts live on only as upgrade steps in ./migrations.ts.
import type { DBSchema } from 'idb';
import type { KnowledgeBase } from '../kb-schema.ts';
import type { OpenedRecord, ReaderArticle, ReaderName } from '../reading/records.ts';

export const DB_NAME = 'kb-annotations';

/** Where a stored KB came from; a URL origin keeps the validators for conditional requests. */
export type KbOrigin =
  | { kind: 'bundled' }
  | { kind: 'url'; url: string; etag?: string; lastModified?: string }
  | { kind: 'file'; name: string };

export type KbSlot = 'active' | 'previous';

export interface StoredKb {
  slot: KbSlot;
  kb: KnowledgeBase;
  origin: KbOrigin;
  /** ISO time the KB became active. */
  savedAt: string;
}

export interface NoteRecord {
  entity: string;
  text: string;
  /** ISO time of the last edit. */
  updated: string;
}

/** The reader switched an entity off everywhere. */
export interface DisabledRecord {
  entity: string;
}

/** "Not this entity on this site": the entity stays marked elsewhere. */
export interface DismissalRecord {
  entity: string;
  site: string;
}

export type SettingsKey = 'settings' | 'sync-status';

export interface KbDatabase extends DBSchema {
  kbs: { key: KbSlot; value: StoredKb };
  'entity-notes': { key: string; value: NoteRecord };
  disabled: { key: string; value: DisabledRecord };
  dismissals: { key: [string, string]; value: DismissalRecord };
  /** Out-of-line keys: one record per SettingsKey. */
  settings: { key: SettingsKey; value: unknown };
  /** The reader's layer, version 3: articles by canonical URL, names by id, last opened by entity. */
  'reader-articles': { key: string; value: ReaderArticle };
  'reader-names': { key: string; value: ReaderName };
  opened: { key: string; value: OpenedRecord };
}

export type StoreName = 'kbs' | 'entity-notes' | 'disabled' | 'dismissals' | 'settings' | 'reader-articles' | 'reader-names' | 'opened';
