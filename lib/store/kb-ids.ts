// The entity ids of a stored KB, for "12 entities (3 new)": from its index where it has one
// (a few long strings, read in one go), else from the KB itself.
import { entityId } from '../match-index/match-index.ts';
import { getStoredIndex, readKb } from './kb-slots.ts';
import type { KbDb } from './open-db.ts';
import type { KbHead } from './schema.ts';

export async function storedKbIds(db: KbDb, head: KbHead): Promise<Set<string>> {
  const index = await getStoredIndex(db, head.key);
  if (index) {
    const ids = new Set<string>();
    for (let e = 0; e < index.entityCount; e++) ids.add(entityId(index, e));
    return ids;
  }
  return new Set((await readKb(db, head))?.entities.map((e) => e.id));
}
