// Runs syncs for the options page and for auto-sync, one at a time, remembers the address the
// reader synced from, records each attempt and tells the store's listeners (store-changes.ts).
// While one runs, the sync status says so (and in which phase), so that one the browser cut off
// is told at the next start (interrupted-work.ts).
import { browser } from 'wxt/browser';
import { getActiveHead } from '../../lib/store/kb-slots.ts';
import type { KbDb } from '../../lib/store/open-db.ts';
import { changeSettings, changeSyncStatus, getSettings, MEGABYTE, type SyncAttempt } from '../../lib/store/settings.ts';
import type { KbOutcome, SyncPhase } from '../../lib/sync/outcome.ts';
import { countsAsFailure } from '../../lib/sync/schedule.ts';
import { singleFlight } from '../../lib/sync/single-flight.ts';
import { syncFromUrl, type ActivatedKb, type SyncRequest } from '../../lib/sync/sync-from-url.ts';
import { tellExtensionPages } from './broadcast.ts';
import { database } from './database.ts';
import { pauseBackground } from './page-index.ts';
import { storeChanged } from './store-changes.ts';

export type SyncTrigger = 'manual' | 'auto';

/** Records an attempt's outcome (and that nothing runs any more). */
export async function recordAttempt(db: KbDb, attempt: SyncAttempt): Promise<void> {
  const failed = countsAsFailure(attempt.outcome);
  await changeSyncStatus(db, ({ running: _done, ...status }) => ({
    ...status,
    last: attempt,
    // Only automatic failures back off; a manual success clears them.
    failures: failed ? (attempt.trigger === 'auto' ? status.failures + 1 : status.failures) : 0,
  }));
}

/** Notes the phase a running change has reached (so a cut-off one can say where it stopped). */
export function notePhase(db: KbDb, phase: SyncPhase): Promise<unknown> {
  return changeSyncStatus(db, (status) => (status.running ? { ...status, running: { ...status.running, phase } } : status)).catch(() => undefined);
}

async function runSync(request: SyncRequest, trigger: SyncTrigger): Promise<KbOutcome> {
  const db = await database();
  const settings = await getSettings(db);
  const at = new Date().toISOString();
  const activeKey = (await getActiveHead(db))?.key;
  await changeSyncStatus(db, (status) => ({ ...status, running: { action: 'sync', phase: 'fetching', at, activeKey, url: request.url, trigger } }));
  let activated: ActivatedKb | undefined;
  const outcome = await syncFromUrl(request, {
    db,
    fetch: (input, init) => fetch(input, init),
    timeoutMs: settings.syncTimeoutMs,
    maxBytes: settings.maxKbMegabytes * MEGABYTE,
    hasPermission: (pattern) => browser.permissions.contains({ origins: [pattern] }),
    // The record first: a page that shows a phase finds it recorded if the browser stops the worker then.
    onPhase: (phase) => void notePhase(db, phase).then(() => tellExtensionPages('sync:progress', { phase })),
    pause: pauseBackground,
    onActivated: (kb) => (activated = kb),
  });
  // The address is the reader's to keep once it passed the check (syncFromUrl's), whatever came of the sync.
  const addressRefused = !outcome.ok && outcome.refusal.kind === 'bad-url';
  if (trigger === 'manual' && !addressRefused && request.url.trim() !== settings.syncUrl) {
    await changeSettings(db, () => ({ syncUrl: request.url.trim() }));
  }
  await recordAttempt(db, { at: new Date().toISOString(), trigger, url: request.url, outcome });
  storeChanged({ kind: 'kb', outcome, activated });
  return outcome;
}

/** A sync asked for while one runs gets that one's result ("two clicks make one sync"). */
export const syncNow = singleFlight(runSync);
