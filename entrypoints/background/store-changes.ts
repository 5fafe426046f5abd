// After every change to the store, the one place that decides who hears of it: open extension
// pages always read the store again; open tabs re-mark only when their marks can differ. The
// reply to the request that made the change never waits for the tabs (see tab-remarking.ts).
import type { KbOutcome } from '../../lib/sync/outcome.ts';
import { tellExtensionPages } from './broadcast.ts';
import type { ActivatedKb } from '../../lib/sync/sync-from-url.ts';
import { forgetActiveKb, rememberActiveKb } from './database.ts';
import { rememberBaseIndex } from './page-index.ts';
import { forgetReaderKnowledge } from './reader-knowledge.ts';
import { remarkTabs } from './tab-remarking.ts';

export type StoreChange =
  /** A sync, import, roll back or reset came to `outcome`; a refused one changed only the record of it.
   * `activated`: the KB a sync made active and its index, kept in memory for the tabs it re-marks. */
  | { kind: 'kb'; outcome: KbOutcome; activated?: ActivatedKb }
  /** A note, a switch, a site, a setting, an added article or name: the reader's layer. */
  | { kind: 'reader' };

/** Whether the marks or cards on a page can differ after `change`. */
export function changesPages(change: StoreChange): boolean {
  return change.kind === 'reader' || (change.outcome.ok && change.outcome.kind === 'changed');
}

export function storeChanged(change: StoreChange): void {
  if (change.kind === 'kb' && changesPages(change)) {
    forgetActiveKb();
    forgetReaderKnowledge(); // an import may bring names and articles along with its KB
    if (change.activated) {
      rememberActiveKb(change.activated.kb);
      rememberBaseIndex(change.activated.key, change.activated.index);
    }
  }
  tellExtensionPages('store:changed', {});
  if (changesPages(change)) void remarkTabs();
}
