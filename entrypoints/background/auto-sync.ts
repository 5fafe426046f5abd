// Automatic sync with the alarms API: one alarm, set for the next due time. A success waits
// the reader's interval (daily by default); failures back off (lib/sync/schedule.ts).
import { browser } from 'wxt/browser';
import { changeSyncStatus, getSettings, getSyncStatus } from '../../lib/store/settings.ts';
import { nextAutoSyncDelay } from '../../lib/sync/schedule.ts';
import { database } from './database.ts';
import { syncNow } from './sync-runner.ts';

const ALARM = 'auto-sync';

/** Sets (or clears) the alarm to match the settings; keeps a due time already planned. */
export async function scheduleAutoSync(options: { afterAttempt?: boolean } = {}): Promise<void> {
  const db = await database();
  const [settings, status] = await Promise.all([getSettings(db), getSyncStatus(db)]);
  if (!settings.autoSync || !settings.syncUrl) {
    await browser.alarms.clear(ALARM);
    if (status.nextAutoAt) await changeSyncStatus(db, (current) => ({ ...current, nextAutoAt: undefined }));
    return;
  }
  const wait = Date.now() + nextAutoSyncDelay(status.failures, settings.autoSyncHours);
  const planned = status.nextAutoAt ? Date.parse(status.nextAutoAt) : NaN;
  // A shorter interval brings a planned attempt forward; a longer one leaves it be.
  const due = !options.afterAttempt && planned > Date.now() ? Math.min(planned, wait) : wait;
  await browser.alarms.create(ALARM, { when: due });
  await changeSyncStatus(db, (current) => ({ ...current, nextAutoAt: new Date(due).toISOString() }));
}

export function listenForAutoSync(): void {
  browser.alarms.onAlarm.addListener(async (alarm) => {
    if (alarm.name !== ALARM) return;
    const settings = await getSettings(await database());
    if (settings.autoSync && settings.syncUrl) await syncNow({ url: settings.syncUrl }, 'auto');
    await scheduleAutoSync({ afterAttempt: true });
  });
}
