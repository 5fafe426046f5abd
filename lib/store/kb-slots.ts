// The active KB and the one before it. Every change is one transaction, so a reader never
// ends up with half a KB: either the new one is active and the old one kept for roll back,
// or nothing changed.
import type { KnowledgeBase } from '../kb-schema.ts';
import type { KbDb } from './open-db.ts';
import type { KbOrigin, StoredKb } from './schema.ts';

export interface KbSlots {
  active?: StoredKb;
  previous?: StoredKb;
}

export async function getKbSlots(db: KbDb): Promise<KbSlots> {
  const tx = db.transaction('kbs');
  const [active, previous] = await Promise.all([tx.store.get('active'), tx.store.get('previous')]);
  return { active, previous };
}

export function getActiveKb(db: KbDb): Promise<StoredKb | undefined> {
  return db.get('kbs', 'active');
}

/** Makes `kb` active and keeps the active one as the previous (for roll back). */
export async function replaceActiveKb(db: KbDb, kb: KnowledgeBase, origin: KbOrigin, now = new Date()): Promise<StoredKb> {
  const tx = db.transaction('kbs', 'readwrite');
  const before = await tx.store.get('active');
  const after: StoredKb = { slot: 'active', kb, origin, savedAt: now.toISOString() };
  if (before) void tx.store.put({ ...before, slot: 'previous' });
  void tx.store.put(after);
  await tx.done;
  return after;
}

/** Swaps the active and the previous KB, so a second roll back undoes the first. */
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
  return { ...previous, slot: 'active' };
}

/** Records new validators (ETag, Last-Modified) for the active KB without touching the KB. */
export async function updateActiveOrigin(db: KbDb, origin: KbOrigin): Promise<void> {
  const tx = db.transaction('kbs', 'readwrite');
  const active = await tx.store.get('active');
  if (active) void tx.store.put({ ...active, origin });
  await tx.done;
}
