// The reader's names as the background's answers use them, read from the store once and kept
// until they change (every page's config and the effective knowledge read them).
import type { ReaderName } from '../../lib/reading/records.ts';
import type { KbDb } from '../../lib/store/open-db.ts';
import { getNames } from '../../lib/store/reader-knowledge.ts';

let names: { db: KbDb; list: Promise<ReaderName[]> } | undefined;

export async function readerNames(db: KbDb): Promise<ReaderName[]> {
  if (names?.db !== db) names = { db, list: getNames(db) };
  const list = names.list;
  list.catch(() => (names = undefined));
  return list;
}

export function forgetReaderNames(): void {
  names = undefined;
}
