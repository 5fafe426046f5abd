// The active KB and the one before it. Every change is one transaction, so a reader never
// ends up with half a KB: either the new one is active (its parts and its index written, the
// old one kept for roll back) or nothing changed, whatever stops it (an error, a full disk,
// the browser stopping the background). The parts are written one at a time within it.
import type { IDBPTransaction, StoreNames } from 'idb';
import type { KnowledgeBase } from '../kb-schema.ts';
import type { MatchIndex } from '../match-index/match-index.ts';
import { assembleKb, kbHead, kbParts, newKbKey } from './kb-parts.ts';
import type { KbDb } from './open-db.ts';
import type { KbDatabase, KbHead, KbOrigin, StoredKb } from './schema.ts';

export interface KbSlots {
  active?: StoredKb;
  previous?: StoredKb;
}

export interface KbHeads {
  active?: KbHead;
  previous?: KbHead;
}

export async function getKbHeads(db: KbDb): Promise<KbHeads> {
  const tx = db.transaction('kbs');
  const [active, previous] = await Promise.all([tx.store.get('active'), tx.store.get('previous')]);
  return { active, previous };
}

export function getActiveHead(db: KbDb): Promise<KbHead | undefined> {
  return db.get('kbs', 'active');
}

/** The KB of `head`, read part by part (each one cloned out on its own); undefined if a part is gone. */
export async function readKb(db: KbDb, head: KbHead): Promise<KnowledgeBase | undefined> {
  const tx = db.transaction('kb-parts');
  const parts = [];
  for (let n = 0; n < head.parts; n++) parts.push(await tx.store.get([head.key, n]));
  return assembleKb(parts);
}

async function stored(db: KbDb, head: KbHead | undefined): Promise<StoredKb | undefined> {
  if (!head) return undefined;
  const kb = await readKb(db, head);
  return kb && { ...head, kb };
}

export async function getKbSlots(db: KbDb): Promise<KbSlots> {
  const heads = await getKbHeads(db);
  return { active: await stored(db, heads.active), previous: await stored(db, heads.previous) };
}

export async function getActiveKb(db: KbDb): Promise<StoredKb | undefined> {
  return stored(db, await getActiveHead(db));
}

export interface NewKbExtras {
  /** Its compact index, built already: it is stored with it. */
  index?: MatchIndex;
  /** SHA-256 of the file it came from. */
  digest?: string;
}

/** A read-write transaction over (at least) the stores of KBs: kbs, kb-parts and kb-indexes. */
export type KbWriteTransaction = IDBPTransaction<KbDatabase, StoreNames<KbDatabase>[], 'readwrite'>;

/**
 * Within `tx`: makes `kb` active, the active one the previous, and drops the previous one's parts
 * and index. Parts are put one after the other, so each is cloned in a task of its own.
 */
export async function writeActiveKb(
  tx: KbWriteTransaction,
  kb: KnowledgeBase,
  origin: KbOrigin,
  now: Date,
  extras: NewKbExtras = {},
): Promise<StoredKb> {
  const kbs = tx.objectStore('kbs');
  const parts = tx.objectStore('kb-parts');
  const indexes = tx.objectStore('kb-indexes');
  const [before, previous] = await Promise.all([kbs.get('active'), kbs.get('previous')]);
  if (previous) {
    await parts.delete(IDBKeyRange.bound([previous.key, 0], [previous.key, Infinity]));
    await indexes.delete(previous.key);
  }
  if (before) await kbs.put({ ...before, slot: 'previous' });
  const key = newKbKey();
  for (const part of kbParts(kb, key)) await parts.put(part);
  if (extras.index) await indexes.put({ key, index: extras.index });
  const head = kbHead('active', key, kb, origin, now.toISOString(), extras.digest);
  await kbs.put(head);
  return { ...head, kb };
}

/** Makes `kb` active and keeps the active one as the previous (for roll back). */
export async function replaceActiveKb(db: KbDb, kb: KnowledgeBase, origin: KbOrigin, now = new Date(), extras: NewKbExtras = {}): Promise<StoredKb> {
  const tx = db.transaction(['kbs', 'kb-parts', 'kb-indexes'], 'readwrite');
  const result = await writeActiveKb(tx as unknown as KbWriteTransaction, kb, origin, now, extras);
  await tx.done;
  return result;
}

/** Swaps the active and the previous KB (their heads), so a second roll back undoes the first. */
export async function rollBackKb(db: KbDb): Promise<StoredKb | undefined> {
  const tx = db.transaction('kbs', 'readwrite');
  const [active, previous] = await Promise.all([tx.store.get('active'), tx.store.get('previous')]);
  if (!active || !previous) {
    await tx.done;
    return undefined;
  }
  void tx.store.put({ ...previous, slot: 'active' });
  void tx.store.put({ ...active, slot: 'previous' });
  await tx.done;
  return stored(db, { ...previous, slot: 'active' });
}

/** Records new validators (ETag, Last-Modified) for the active KB without touching the KB. */
export async function updateActiveOrigin(db: KbDb, origin: KbOrigin, digest?: string): Promise<void> {
  const tx = db.transaction('kbs', 'readwrite');
  const active = await tx.store.get('active');
  if (active) void tx.store.put({ ...active, origin, ...(digest !== undefined && { digest }) });
  await tx.done;
}

export async function getStoredIndex(db: KbDb, key: string): Promise<MatchIndex | undefined> {
  return (await db.get('kb-indexes', key))?.index;
}

/** Keeps an index built after the fact (a KB stored without one), if its KB is still stored. */
export async function putStoredIndex(db: KbDb, key: string, index: MatchIndex): Promise<void> {
  const tx = db.transaction(['kbs', 'kb-indexes'], 'readwrite');
  const [active, previous] = await Promise.all([tx.objectStore('kbs').get('active'), tx.objectStore('kbs').get('previous')]);
  if (active?.key === key || previous?.key === key) void tx.objectStore('kb-indexes').put({ key, index });
  await tx.done;
}
