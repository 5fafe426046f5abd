// What the options page and popup show about the store, in one answer: the active KB in
// brief, whether there is one to roll back to, the entity list for the browser, the reader's
// layer, the settings and the last sync attempt.
import type { Entity, KnowledgeBase } from '../kb-schema.ts';
import type { ReaderName } from '../reading/records.ts';
import type { ReaderLayer } from './reader-layer.ts';
import type { KbHead, KbOrigin } from './schema.ts';
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

/** A KB in brief, from its head alone (the counts are kept there: nothing is read whole). */
export function kbSummary(head: KbHead): KbSummary {
  return {
    version: head.version,
    released: head.released,
    title: head.title,
    entities: head.entities,
    contexts: head.contexts,
    origin: head.origin,
    savedAt: head.savedAt,
  };
}

/** Listings per KB read: 100,000 of them are made once, not at every look at the options page. */
const listings = new WeakMap<KnowledgeBase, EntityListing[]>();

function entityListings(kb: KnowledgeBase): EntityListing[] {
  let list = listings.get(kb);
  if (!list) {
    list = kb.entities.map((e) => ({
      id: e.id,
      name: e.name,
      ...(e.names && { names: e.names }),
      kind: e.kind,
      parent: e.parent,
      aliases: e.aliases.map((a) => a.text),
      marks: e.marks,
    }));
    listings.set(kb, list);
  }
  return list;
}

/** `kb`: the active KB (the background keeps it in memory); `heads` say the rest. */
export function storeOverview(heads: { active: KbHead; previous?: KbHead }, kb: KnowledgeBase, layer: ReaderLayer, settings: Settings, syncStatus: SyncStatus): StoreOverview {
  return {
    active: kbSummary(heads.active),
    previous: heads.previous && kbSummary(heads.previous),
    entities: [...entityListings(kb)],
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
