// At each start of the background: a sync or import the browser cut off last time (it stops an
// idle service worker at any moment) is told in the sync status, and its record cleared so the
// next attempt starts afresh. If its KB was saved just before the stop, the open tabs still show
// the old one: they are asked to mark again. Requests that read or change the store wait for this.
import { storedKbIds } from '../../lib/store/kb-ids.ts';
import { getKbHeads } from '../../lib/store/kb-slots.ts';
import { changeSyncStatus, getSyncStatus } from '../../lib/store/settings.ts';
import { interruptedOutcome } from '../../lib/sync/interrupted.ts';
import { database } from './database.ts';
import { storeChanged } from './store-changes.ts';
import { recordAttempt } from './sync-runner.ts';

let recovery: Promise<void> | undefined;

export function interruptedWorkTold(): Promise<void> {
  recovery ??= tellInterruptedWork().catch(() => undefined);
  return recovery;
}

async function tellInterruptedWork(): Promise<void> {
  const db = await database();
  const { running } = await getSyncStatus(db);
  if (!running) return;
  const { active, previous } = await getKbHeads(db);
  let newEntities = 0;
  if (active && previous && active.key !== running.activeKey && previous.key === running.activeKey) {
    const [before, after] = await Promise.all([storedKbIds(db, previous), storedKbIds(db, active)]);
    newEntities = [...after].filter((id) => !before.has(id)).length;
  }
  const outcome = interruptedOutcome(running, active, newEntities);
  if (running.action === 'sync') await recordAttempt(db, { at: running.at, trigger: running.trigger ?? 'manual', url: running.url ?? '', outcome });
  else await changeSyncStatus(db, ({ running: _cut, ...status }) => status);
  storeChanged({ kind: 'kb', outcome });
}
