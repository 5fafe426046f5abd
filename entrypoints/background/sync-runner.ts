// Runs syncs for the options page and for auto-sync, one at a time, remembers the address the
// reader synced from, records each attempt and tells the store's listeners (store-changes.ts).
import { browser } from 'wxt/browser';
import type { KbDb } from '../../lib/store/open-db.ts';
import { changeSettings, getSettings, getSyncStatus, setSyncStatus } from '../../lib/store/settings.ts';
import type { KbOutcome } from '../../lib/sync/outcome.ts';
import { countsAsFailure } from '../../lib/sync/schedule.ts';
import { singleFlight } from '../../lib/sync/single-flight.ts';
import { syncFromUrl, type SyncRequest } from '../../lib/sync/sync-from-url.ts';
import { tellExtensionPages } from './broadcast.ts';
import { database } from './database.ts';
import { storeChanged } from './store-changes.ts';

export type SyncTrigger = 'manual' | 'auto';

async function recordAttempt(db: KbDb, request: SyncRequest, trigger: SyncTrigger, outcome: KbOutcome): Promise<void> {
  const status = await getSyncStatus(db);
  const failed = countsAsFailure(outcome);
  await setSyncStatus(db, {
    ...status,
    last: { at: new Date().toISOString(), trigger, url: request.url, outcome },
    // Only automatic failures back off; a manual success clears them.
    failures: failed ? (trigger === 'auto' ? status.failures + 1 : status.failures) : 0,
  });
}

async function runSync(request: SyncRequest, trigger: SyncTrigger): Promise<KbOutcome> {
  const db = await database();
  const settings = await getSettings(db);
  const outcome = await syncFromUrl(request, {
    db,
    fetch: (input, init) => fetch(input, init),
    timeoutMs: settings.syncTimeoutMs,
    hasPermission: (pattern) => browser.permissions.contains({ origins: [pattern] }),
    onPhase: (phase) => tellExtensionPages('sync:progress', { phase }),
  });
  // The address is the reader's to keep once it passed the check (syncFromUrl's), whatever came of the sync.
  const addressRefused = !outcome.ok && outcome.refusal.kind === 'bad-url';
  if (trigger === 'manual' && !addressRefused && request.url.trim() !== settings.syncUrl) {
    await changeSettings(db, () => ({ syncUrl: request.url.trim() }));
  }
  await recordAttempt(db, request, trigger, outcome);
  storeChanged({ kind: 'kb', outcome });
  return outcome;
}

/** A sync asked for while one runs gets that one's result ("two clicks make one sync"). */
export const syncNow = singleFlight(runSync);
