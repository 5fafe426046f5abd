// Answers for the options page and the popup: the store's overview, the KB actions (sync,
// import, export, roll back, reset), and the reader's layer and settings. Every answer comes as
// soon as the store has changed; who hears of the change is store-changes.ts's to decide.
import type { BackgroundRequests } from '../../lib/messages.ts';
import type { Handlers } from '../../lib/messaging.ts';
import { exportBackup } from '../../lib/store/backup.ts';
import { getActiveHead, getKbHeads } from '../../lib/store/kb-slots.ts';
import { readerNameListing, storeOverview } from '../../lib/store/overview.ts';
import { getNames } from '../../lib/store/reader-knowledge.ts';
import { getReaderLayer, setDismissed, setEntityEnabled, setNote } from '../../lib/store/reader-layer.ts';
import { changeSyncStatus, getSettings, getSyncStatus, importLimitBytes, setSiteEnabled, updateSettings } from '../../lib/store/settings.ts';
import { importKbFile, resetToBundled, rollBack } from '../../lib/sync/kb-actions.ts';
import type { KbOutcome } from '../../lib/sync/outcome.ts';
import { scheduleAutoSync } from './auto-sync.ts';
import { activeKb, bundledKb, database } from './database.ts';
import { takeUpload, uploadPart } from './import-uploads.ts';
import { interruptedWorkTold } from './interrupted-work.ts';
import { pauseBackground } from './page-index.ts';
import { storeChanged } from './store-changes.ts';
import { notePhase, syncNow } from './sync-runner.ts';

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
    await interruptedWorkTold();
    const kb = await activeKb(); // makes sure there is an active KB; kept in memory
    const db = await database();
    const [heads, layer, settings, syncStatus, names] = await Promise.all([getKbHeads(db), getReaderLayer(db), getSettings(db), getSyncStatus(db), getNames(db)]);
    const overview = storeOverview({ ...heads, active: heads.active! }, kb, layer, settings, syncStatus);
    // The reader's names are browsed with the KB's (the KB summary counts the KB's alone).
    overview.entities.push(...names.map(readerNameListing));
    return overview;
  },

  'sync:now': async ({ url, confirmOlder }) => {
    await interruptedWorkTold();
    return syncNow({ url, confirmOlder }, 'manual');
  },
  'kb:import-part': ({ upload, index, text }) => uploadPart(upload, index, text),
  'kb:import': async ({ text, upload, fileName, confirmOlder, language }) => {
    await interruptedWorkTold();
    const db = await database();
    const file = text ?? takeUpload(upload);
    const limitBytes = importLimitBytes((await getSettings(db)).maxKbMegabytes);
    const before = await getActiveHead(db);
    if (file === undefined || file.length > limitBytes) {
      const refusal: KbOutcome = file === undefined
        ? { ok: false, action: 'import', refusal: { kind: 'interrupted', phase: 'fetching' }, keptVersion: before?.version ?? null }
        : { ok: false, action: 'import', refusal: { kind: 'too-large', limitBytes }, keptVersion: before?.version ?? null };
      return refusal;
    }
    await changeSyncStatus(db, (status) => ({ ...status, running: { action: 'import', phase: 'checking', at: new Date().toISOString(), activeKey: before?.key } }));
    try {
      return afterKbAction(await importKbFile(db, file, fileName, { confirmOlder, glossaryLanguage: language, pause: pauseBackground, onSaving: () => void notePhase(db, 'saving') }));
    } finally {
      await changeSyncStatus(db, ({ running: _done, ...status }) => status);
    }
  },
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
