// The reader's articles and names in the store, and when they last opened each name. They
// live beside the notes and switches: no sync, import of a KB, roll back or reset touches these
// stores (those change only the `kbs` store), and a backup carries the articles and names.
import type { ArticleListing, OpenedRecord, ReaderArticle, ReaderName } from '../reading/records.ts';
import { articleListing } from '../reading/records.ts';
import type { KbDb } from './open-db.ts';

export type ArticleToStore = Omit<ReaderArticle, 'added' | 'updated'>;

/** Adds an article, or updates the one with the same canonical URL (keeping when it was first added). */
export async function putArticle(db: KbDb, article: ArticleToStore, now = new Date()): Promise<{ kind: 'added' | 'updated'; article: ReaderArticle }> {
  const tx = db.transaction('reader-articles', 'readwrite');
  const before = await tx.store.get(article.url);
  const stamp = now.toISOString();
  const stored: ReaderArticle = { ...article, added: before?.added ?? stamp, updated: stamp };
  if (!stored.trimmed) delete stored.trimmed;
  void tx.store.put(stored);
  await tx.done;
  return { kind: before ? 'updated' : 'added', article: stored };
}

/** Every article with its text (for compiling and for the backup). */
export function getArticles(db: KbDb): Promise<ReaderArticle[]> {
  return db.getAll('reader-articles');
}

/** Newest first, without the text. */
export async function listArticles(db: KbDb): Promise<ArticleListing[]> {
  const articles = await getArticles(db);
  return articles.map(articleListing).sort((a, b) => b.updated.localeCompare(a.updated));
}

/** Deletes one record and returns it (for Undo), or undefined when there was none. */
async function take<S extends 'reader-articles' | 'reader-names'>(db: KbDb, store: S, key: string) {
  const tx = db.transaction(store, 'readwrite');
  const before = await tx.store.get(key);
  if (before) void tx.store.delete(key);
  await tx.done;
  return before;
}

/** Removes an article; returns it (for Undo), or undefined when there was none. */
export function removeArticle(db: KbDb, url: string): Promise<ReaderArticle | undefined> {
  return take(db, 'reader-articles', url);
}

/** Puts an article back exactly as it was (Undo), replacing one added since under the same URL. */
export async function restoreArticle(db: KbDb, article: ReaderArticle): Promise<void> {
  await db.put('reader-articles', article);
}

export async function getNames(db: KbDb): Promise<ReaderName[]> {
  const names = await db.getAll('reader-names');
  return names.sort((a, b) => a.added.localeCompare(b.added) || a.id.localeCompare(b.id));
}

export async function putName(db: KbDb, name: ReaderName): Promise<void> {
  await db.put('reader-names', name);
}

export function removeName(db: KbDb, id: string): Promise<ReaderName | undefined> {
  return take(db, 'reader-names', id);
}

/** Records that the reader opened an entity's background now; returns when they did before. */
export async function markOpened(db: KbDb, entity: string, now = new Date()): Promise<string | undefined> {
  const tx = db.transaction('opened', 'readwrite');
  const before = await tx.store.get(entity);
  const record: OpenedRecord = { entity, at: now.toISOString() };
  void tx.store.put(record);
  await tx.done;
  return before?.at;
}

export async function lastOpened(db: KbDb, entity: string): Promise<string | undefined> {
  return (await db.get('opened', entity))?.at;
}
