// What happens to the active KB when the extension is installed or updated with its bundled
// KB. A KB the reader synced or imported is theirs: no bundle replaces it (they can reset to
// the bundled one on the options page). A KB that came from an older bundle is upgraded.
import type { KnowledgeBase } from '../kb-schema.ts';
import { buildMatchIndex } from '../match-index/build-index.ts';
import { getActiveHead, readKb, replaceActiveKb } from './kb-slots.ts';
import type { KbDb } from './open-db.ts';
import type { StoredKb } from './schema.ts';

export type BundleAction = 'install' | 'replace' | 'keep';

export function bundleAction(active: Pick<StoredKb, 'origin' | 'kb'> | undefined, bundled: KnowledgeBase): BundleAction {
  if (!active) return 'install';
  if (active.origin.kind !== 'bundled') return 'keep';
  if (bundled.version > active.kb.version) return 'replace';
  // Same version rebuilt with other content (a development build): follow the bundle.
  if (bundled.version === active.kb.version && JSON.stringify(bundled) !== JSON.stringify(active.kb)) return 'replace';
  return 'keep';
}

export async function applyBundledKb(db: KbDb, bundled: KnowledgeBase, now = new Date()): Promise<BundleAction> {
  const head = await getActiveHead(db);
  let action: BundleAction;
  if (!head) action = 'install';
  // The reader's own KB, however large, is not read just to be kept.
  else if (head.origin.kind !== 'bundled') action = 'keep';
  else {
    const kb = await readKb(db, head);
    action = kb ? bundleAction({ origin: head.origin, kb }, bundled) : 'replace';
  }
  if (action !== 'keep') await replaceActiveKb(db, bundled, { kind: 'bundled' }, now, { index: buildMatchIndex(bundled.entities, { includeUnmarked: true }) });
  return action;
}
