// The shape of the extension's one IndexedDB database, as the current code sees it.
// Older layouts live on only as upgrade steps in ./migrations.ts.
import type { DBSchema } from 'idb';
import type { Entity, KnowledgeBase } from '../kb-schema.ts';
import type { MatchIndex } from '../match-index/match-index.ts';
import type { OpenedRecord, ReaderArticle, ReaderName } from '../reading/records.ts';

export const DB_NAME = 'kb-annotations';

/** Where a stored KB came from; a URL origin keeps the validators for conditional requests. */
export type KbOrigin =
  | { kind: 'bundled' }
  | { kind: 'url'; url: string; etag?: string; lastModified?: string }
  | { kind: 'file'; name: string };

export type KbSlot = 'active' | 'previous';

/**
 * A KB in its slot: what it is, where it came from, and the key of its parts (its entities in
 * chunks, so that storing or reading 100,000 of them is many small steps, and a KB that moves
 * to the previous slot is not copied) and of its compact index (kb-slots.ts).
 */
export interface KbHead {
  slot: KbSlot;
  key: string;
  /** How many part records: the KB without its entities, then its entities in chunks. */
  parts: number;
  origin: KbOrigin;
  /** ISO time the KB became active. */
  savedAt: string;
  version: number;
  released: string;
  title?: KnowledgeBase['title'];
  entities: number;
  contexts: number;
  /** SHA-256 (hex) of the file it came from: the same file again is "the same KB" without reading it. */
  digest?: string;
}

/** A KB read back whole. */
export interface StoredKb extends KbHead {
  kb: KnowledgeBase;
}

/** Part n of the KB `key`: part 0 is the KB without its entities, the others hold entities in order. */
export interface KbPart {
  key: string;
  n: number;
  kb?: KnowledgeBase;
  entities?: Entity[];
}

/** The compact index of the KB `key` (lib/match-index/), kept so a restarted background need not build it again. */
export interface StoredIndex {
  key: string;
  index: MatchIndex;
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
  kbs: { key: KbSlot; value: KbHead };
  'kb-parts': { key: [string, number]; value: KbPart };
  'kb-indexes': { key: string; value: StoredIndex };
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

export type StoreName = 'kbs' | 'kb-parts' | 'kb-indexes' | 'entity-notes' | 'disabled' | 'dismissals' | 'settings' | 'reader-articles' | 'reader-names' | 'opened';
