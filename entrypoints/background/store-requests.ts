// Answers for the options page and the popup: the store's overview, the KB actions (sync,
// import, export, roll back, reset), and the reader's layer and settings. Every answer comes as
// soon as the store has changed; who hears of the change is store-changes.ts's to decide.
import type { BackgroundRequests } from '../../lib/messages.ts';
import type { Handlers } from '../../lib/messaging.ts';
import { exportBackup } from '../../lib/store/backup.ts';
import { getKbSlots } from '../../lib/store/kb-slots.ts';
import { readerNameListing, storeOverview } from '../../lib/store/overview.ts';
import { getNames } from '../../lib/store/reader-knowledge.ts';
import { getReaderLayer, setDismissed, setEntityEnabled, setNote } from '../../lib/store/reader-layer.ts';
import { getSettings, getSyncStatus, setSiteEnabled, updateSettings } from '../../lib/store/settings.ts';
import { importKbFile, resetToBundled, rollBack } from '../../lib/sync/kb-actions.ts';
import type { KbOutcome } from '../../lib/sync/outcome.ts';
import { scheduleAutoSync } from './auto-sync.ts';
import { activeKb, bundledKb, database } from './database.ts';
import { storeChanged } from './store-changes.ts';
import { syncNow } from './sync-runner.ts';

function afterKbAction(outcome: KbOutcome): KbOutcome {
  storeChanged({ kind: 'kb', outcome });
  return outcome;
}

function afterChange<T>(result: T): T {
  storeChanged({ kind: 'reader' });
  return result;
}

export const storeRequests: Handlers<BackgroundRequests> = {
  'store:overview': async () => {
    await activeKb(); // makes sure there is an active KB
    const db = await database();
    const [slots, layer, settings, syncStatus, names] = await Promise.all([getKbSlots(db), getReaderLayer(db), getSettings(db), getSyncStatus(db), getNames(db)]);
    const overview = storeOverview({ ...slots, active: slots.active! }, layer, settings, syncStatus);
    // The reader's names are browsed with the KB's (the KB summary counts the KB's alone).
    overview.entities.push(...names.map(readerNameListing));
    return overview;
  },

  'sync:now': ({ url, confirmOlder }) => syncNow({ url, confirmOlder }, 'manual'),
  'kb:import': async ({ text, fileName, confirmOlder, language }) =>
    afterKbAction(await importKbFile(await database(), text, fileName, { confirmOlder, glossaryLanguage: language })),
  'kb:export': async () => exportBackup(await database()),
  'kb:roll-back': async () => afterKbAction(await rollBack(await database())),
  'kb:reset': async () => afterKbAction(await resetToBundled(await database(), await bundledKb())),

  'note:set': async ({ entity, text }) => afterChange(await setNote(await database(), entity, text)),
  'entity:set-enabled': async ({ entity, enabled }) => afterChange(await setEntityEnabled(await database(), entity, enabled)),
  'dismissal:set': async ({ entity, site, dismissed }) => afterChange(await setDismissed(await database(), entity, site, dismissed)),
  'site:set-enabled': async ({ site, enabled }) => afterChange(await setSiteEnabled(await database(), site, enabled)),
  'settings:update': async (patch) => {
    const settings = await updateSettings(await database(), patch);
    await scheduleAutoSync();
    return afterChange(settings);
  },
};
