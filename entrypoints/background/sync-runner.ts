// Runs syncs for the options page and for auto-sync, one at a time, records each attempt,
// and re-marks every tab after a change.
import { browser } from 'wxt/browser';
import type { KbDb } from '../../lib/store/open-db.ts';
import { changeSettings, getSettings, getSyncStatus, setSyncStatus } from '../../lib/store/settings.ts';
import type { KbOutcome } from '../../lib/sync/outcome.ts';
import { countsAsFailure } from '../../lib/sync/schedule.ts';
import { singleFlight } from '../../lib/sync/single-flight.ts';
import { syncFromUrl, type SyncRequest } from '../../lib/sync/sync-from-url.ts';
import { checkSyncUrl } from '../../lib/sync/url-policy.ts';
import { refreshEverywhere, tellExtensionPages } from './broadcast.ts';
import { database, forgetActiveKb } from './database.ts';

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
  if (trigger === 'manual' && checkSyncUrl(request.url).ok && request.url.trim() !== settings.syncUrl) {
    await changeSettings(db, () => ({ syncUrl: request.url.trim() }));
  }
  const outcome = await syncFromUrl(request, {
    db,
    fetch: (input, init) => fetch(input, init),
    timeoutMs: settings.syncTimeoutMs,
    hasPermission: (pattern) => browser.permissions.contains({ origins: [pattern] }),
    onPhase: (phase) => tellExtensionPages('sync:progress', { phase }),
  });
  await recordAttempt(db, request, trigger, outcome);
  if (outcome.ok && outcome.kind === 'changed') {
    forgetActiveKb();
    await refreshEverywhere();
  } else {
    tellExtensionPages('store:changed', {});
  }
  return outcome;
}

/** A sync asked for while one runs gets that one's result ("two clicks make one sync"). */
export const syncNow = singleFlight(runSync);
