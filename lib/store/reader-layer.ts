// The reader's own layer over whatever KB is active: a note per entity, entities switched
// off, and "not this entity on this site" dismissals. Kept apart from the KB so that syncs,
// roll backs and resets never touch it.
import type { KbDb } from './open-db.ts';
import type { DismissalRecord, NoteRecord } from './schema.ts';

export interface ReaderLayer {
  notes: NoteRecord[];
  disabledEntities: string[];
  dismissals: DismissalRecord[];
}

export async function getReaderLayer(db: KbDb): Promise<ReaderLayer> {
  const tx = db.transaction(['entity-notes', 'disabled', 'dismissals']);
  const [notes, disabled, dismissals] = await Promise.all([
    tx.objectStore('entity-notes').getAll(),
    tx.objectStore('disabled').getAll(),
    tx.objectStore('dismissals').getAll(),
  ]);
  return { notes, disabledEntities: disabled.map((d) => d.entity), dismissals };
}

/** The switches alone, without the notes: what every page's config needs. */
export async function getEntitySwitches(db: KbDb): Promise<Pick<ReaderLayer, 'disabledEntities' | 'dismissals'>> {
  const tx = db.transaction(['disabled', 'dismissals']);
  const [disabled, dismissals] = await Promise.all([tx.objectStore('disabled').getAll(), tx.objectStore('dismissals').getAll()]);
  return { disabledEntities: disabled.map((d) => d.entity), dismissals };
}

export async function getNote(db: KbDb, entity: string): Promise<string> {
  return (await db.get('entity-notes', entity))?.text ?? '';
}

/** An empty or blank note deletes the note. */
export async function setNote(db: KbDb, entity: string, text: string, now = new Date()): Promise<void> {
  if (text.trim()) await db.put('entity-notes', { entity, text, updated: now.toISOString() });
  else await db.delete('entity-notes', entity);
}

export async function setEntityEnabled(db: KbDb, entity: string, enabled: boolean): Promise<void> {
  if (enabled) await db.delete('disabled', entity);
  else await db.put('disabled', { entity });
}

export async function setDismissed(db: KbDb, entity: string, site: string, dismissed: boolean): Promise<void> {
  if (dismissed) await db.put('dismissals', { entity, site });
  else await db.delete('dismissals', [entity, site]);
}

/** Entities not to mark on `site`: switched off everywhere, or dismissed there. */
export function entitiesOffOnSite(layer: Pick<ReaderLayer, 'disabledEntities' | 'dismissals'>, site: string): string[] {
  const off = new Set(layer.disabledEntities);
  for (const d of layer.dismissals) if (d.site === site) off.add(d.entity);
  return [...off];
}
