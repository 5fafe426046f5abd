// What the options page and popup show about the store, in one answer: the active KB in
// brief, whether there is one to roll back to, the entity list for the browser, the reader's
// layer, the settings and the last sync attempt.
import type { Entity, KnowledgeBase } from '../kb-schema.ts';
import type { ReaderName } from '../reading/records.ts';
import type { KbSlots } from './kb-slots.ts';
import type { ReaderLayer } from './reader-layer.ts';
import type { KbOrigin, StoredKb } from './schema.ts';
import type { Settings, SyncStatus } from './settings.ts';

export interface KbSummary {
  version: number;
  released: string;
  title?: KnowledgeBase['title'];
  entities: number;
  contexts: number;
  origin: KbOrigin;
  savedAt: string;
}

export interface EntityListing {
  id: string;
  name: string;
  /** The name where a language writes it differently ("Chinesische Behörden"). */
  names?: Entity['names'];
  kind: Entity['kind'];
  parent?: string;
  aliases: string[];
  marks: boolean;
  /** A name the reader added (not from the KB). */
  yours?: boolean;
}

export function readerNameListing(name: ReaderName): EntityListing {
  return { id: name.id, name: name.name, kind: name.kind, aliases: [name.name, ...name.aliases], marks: true, yours: true };
}

export interface StoreOverview {
  active: KbSummary;
  previous?: KbSummary;
  entities: EntityListing[];
  layer: ReaderLayer;
  settings: Settings;
  syncStatus: SyncStatus;
}

export function kbSummary(stored: StoredKb): KbSummary {
  const { kb } = stored;
  return {
    version: kb.version,
    released: kb.released,
    title: kb.title,
    entities: kb.entities.length,
    contexts: kb.entities.reduce((n, e) => n + e.contexts.length, 0),
    origin: stored.origin,
    savedAt: stored.savedAt,
  };
}

export function storeOverview(slots: Required<Pick<KbSlots, 'active'>> & KbSlots, layer: ReaderLayer, settings: Settings, syncStatus: SyncStatus): StoreOverview {
  return {
    active: kbSummary(slots.active),
    previous: slots.previous && kbSummary(slots.previous),
    entities: slots.active.kb.entities.map((e) => ({
      id: e.id,
      name: e.name,
      ...(e.names && { names: e.names }),
      kind: e.kind,
      parent: e.parent,
      aliases: e.aliases.map((a) => a.text),
      marks: e.marks,
    })),
    layer,
    settings,
    syncStatus,
  };
}

/** What the popup needs about the settings for one tab. */
export interface TabState {
  /** The tab's address, when the browser lets the extension know it. */
  url?: string;
  site: string;
  paused: boolean;
  siteOff: boolean;
  /** Entities the reader said not to mark on this site. */
  dismissed: string[];
}
