// The compact index pages are marked with: the active KB's (stored with it, read once per life
// of the background, or built in slices and stored where a KB came without one) and, over it,
// a small one of the reader's names. A page's config carries the names' first words and first
// characters (and for a small KB every alias group); a page asks for the other groups as its
// text needs them ('names:groups'), cut for its site's switches.
import { IndexView } from '../../lib/match-index/alias-groups.ts';
import type { AliasGroups } from '../../lib/match-index/alias-tables.ts';
import { buildMatchIndex, buildMatchIndexInSlices } from '../../lib/match-index/build-index.ts';
import { entityId, type MatchIndex } from '../../lib/match-index/match-index.ts';
import { pageNames, WHOLE_INDEX_ALIASES, type PageNames } from '../../lib/match-index/page-names.ts';
import { readerNameParts } from '../../lib/reading/reader-entities.ts';
import { getActiveHead, getStoredIndex, putStoredIndex, readKb } from '../../lib/store/kb-slots.ts';
import type { KbDb } from '../../lib/store/open-db.ts';
import type { KbHead } from '../../lib/store/schema.ts';
import { activeKb, database } from './database.ts';
import { readerNames } from './reader-names.ts';

/** Between two slices of a build in the background: let other messages in. A message to itself,
 * not setTimeout(0): a chain of timeouts is held back 4 ms a step once it is five deep, and a
 * sync of 100,000 names takes a thousand steps. */
const resumes: (() => void)[] = [];
const selfMessages = new MessageChannel();
selfMessages.port1.onmessage = () => resumes.shift()?.();
export const pauseBackground = (): Promise<void> =>
  new Promise((resolve) => {
    resumes.push(resolve);
    selfMessages.port2.postMessage(null);
  });

export interface PageIndex {
  /** Names this index in a page's config and its requests for groups. */
  id: string;
  head: KbHead;
  layers: MatchIndex[];
  aliases: number;
}

let base: { db: KbDb; key: string; index: Promise<MatchIndex> } | undefined;
let current: { names: unknown; value: PageIndex } | undefined;
let namesVersion = 0;
const views = new Map<string, IndexView>();
let encoded: { id: string; names: PageNames } | undefined;

/** The active KB's index: from memory, from the store, or built (in slices) from the KB. */
async function baseIndex(db: KbDb, head: KbHead): Promise<MatchIndex> {
  if (base?.db === db && base.key === head.key) return base.index;
  const index = (async () => {
    const stored = await getStoredIndex(db, head.key);
    if (stored) return stored;
    const kb = await readKb(db, head);
    if (!kb) throw new Error('the active knowledge base could not be read');
    const built = await buildMatchIndexInSlices(kb.entities, pauseBackground, { includeUnmarked: true });
    // Kept for the next life of the background; a full disk only means building it again then.
    await putStoredIndex(db, head.key, built).catch(() => undefined);
    return built;
  })();
  base = { db, key: head.key, index };
  index.catch(() => (base = undefined));
  return index;
}

/** The reader's names the KB does not have, as a second layer (withReaderNames's rule). */
function namesLayer(kbIndex: MatchIndex, names: Awaited<ReturnType<typeof readerNames>>): MatchIndex | undefined {
  if (!names.length) return undefined;
  const kbIds = new Set<string>();
  for (let e = 0; e < kbIndex.entityCount; e++) kbIds.add(entityId(kbIndex, e));
  const seen = new Set<string>();
  const entities = names.filter((n) => !kbIds.has(n.id) && !seen.has(n.id) && seen.add(n.id)).map((n) => readerNameParts(n).entity);
  return entities.length ? buildMatchIndex(entities, { includeUnmarked: true }) : undefined;
}

export async function pageIndex(): Promise<PageIndex> {
  const db = await database();
  // Only the head is needed: reading the KB whole (88 MB at 100,000 names) would hold every tab.
  let head = await getActiveHead(db);
  if (!head) {
    await activeKb(); // a fresh profile: the bundle becomes the active KB
    head = (await getActiveHead(db))!;
  }
  const [index, names] = await Promise.all([baseIndex(db, head), readerNames(db)]);
  if (current && current.value.head.key === head.key && current.names === names) return current.value;
  const overlay = namesLayer(index, names);
  const layers = overlay ? [index, overlay] : [index];
  const value: PageIndex = {
    id: `${head.key}/${++namesVersion}`,
    head,
    layers,
    aliases: layers.reduce((n, l) => n + l.wordEntity.length + l.charEntity.length, 0),
  };
  current = { names, value };
  views.clear();
  return value;
}

/** The index as the pages of a site see it: marked entities, less those switched off there. */
function viewFor(index: PageIndex, off: readonly string[]): IndexView {
  const key = `${index.id}\n${[...off].sort().join('\n')}`;
  let view = views.get(key);
  if (!view) views.set(key, (view = new IndexView(index.layers, { pageOnly: true, off: new Set(off) })));
  return view;
}

/** What a page's config carries of the names. */
export async function namesForPage(off: readonly string[]): Promise<{ kbVersion: number; names: PageNames }> {
  const index = await pageIndex();
  const view = viewFor(index, off);
  // A small index goes whole (its groups depend on the switches); a big one as its keys only,
  // the same for every page, encoded once.
  if (index.aliases <= WHOLE_INDEX_ALIASES) return { kbVersion: index.head.version, names: pageNames(index.id, view, index.aliases) };
  if (encoded?.id !== index.id) encoded = { id: index.id, names: pageNames(index.id, view, index.aliases) };
  return { kbVersion: index.head.version, names: encoded.names };
}

/** The groups a page asks for; null when its index is no longer the current one. */
export async function groupsForPage(id: string, off: readonly string[], keys: { words: number[]; chars: number[] }): Promise<AliasGroups | null> {
  const index = await pageIndex();
  if (index.id !== id) return null;
  return viewFor(index, off).groups(keys);
}

/** The index of every entity (for the KB compiler's rules: the reader's articles). */
export async function fullView(): Promise<IndexView> {
  return new IndexView((await pageIndex()).layers);
}

/** The index a sync or import has just built and stored with the KB `key`: the tabs it re-marks
 * are answered from it, not from a read of it back from the store. */
export function rememberBaseIndex(key: string, index: MatchIndex): void {
  void database().then((db) => {
    base = { db, key, index: Promise.resolve(index) };
  });
}

export function forgetPageIndex(): void {
  base = undefined;
  current = undefined;
  encoded = undefined;
  views.clear();
}
