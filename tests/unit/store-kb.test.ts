// The store: the active and previous KB, the bundled KB on install and update, the reader's
// layer and the settings.
import { beforeEach, describe, expect, it } from 'vitest';
import { applyBundledKb, bundleAction } from '../../lib/store/bundled-kb.ts';
import { getKbSlots, replaceActiveKb, rollBackKb } from '../../lib/store/kb-slots.ts';
import type { KbDb } from '../../lib/store/open-db.ts';
import { entitiesOffOnSite, getEntitySwitches, getNote, getReaderLayer, setDismissed, setEntityEnabled, setNote } from '../../lib/store/reader-layer.ts';
import { changeSettings, DEFAULT_SETTINGS, getSettings, setSiteEnabled, updateSettings } from '../../lib/store/settings.ts';
import { resetToBundled, rollBack } from '../../lib/sync/kb-actions.ts';
import { pageConfig } from '../../lib/page-config.ts';
import { describeOutcome } from '../../lib/sync/describe-outcome.ts';
import { newerKb, smallKb } from '../fixtures/kb/small-kb.ts';
import { freshDb } from '../fixtures/kb/test-support.ts';
import { en } from '../fixtures/translator.ts';

let db: KbDb;
beforeEach(async () => {
  db = await freshDb();
});

describe('the bundled KB', () => {
  it('becomes active on install', async () => {
    expect(await applyBundledKb(db, smallKb(1))).toBe('install');
    const { active, previous } = await getKbSlots(db);
    expect(active).toMatchObject({ origin: { kind: 'bundled' }, kb: { version: 1 } });
    expect(previous).toBeUndefined();
  });

  it('a newer bundle replaces an older bundled KB, which is kept for roll back', async () => {
    await applyBundledKb(db, smallKb(1));
    expect(await applyBundledKb(db, newerKb(2))).toBe('replace');
    const { active, previous } = await getKbSlots(db);
    expect(active?.kb.version).toBe(2);
    expect(previous?.kb.version).toBe(1);
  });

  it('the same bundle again changes nothing', async () => {
    await applyBundledKb(db, smallKb(1));
    expect(await applyBundledKb(db, smallKb(1))).toBe('keep');
    expect((await getKbSlots(db)).previous).toBeUndefined();
  });

  it('an older bundle never replaces a newer bundled KB', () => {
    expect(bundleAction({ kb: smallKb(3), origin: { kind: 'bundled' } }, smallKb(2))).toBe('keep');
  });

  it('no bundle replaces a KB the reader synced or imported', async () => {
    await replaceActiveKb(db, smallKb(2), { kind: 'url', url: 'https://kb.example.org/kb.json' });
    expect(await applyBundledKb(db, smallKb(1))).toBe('keep');
    expect(await applyBundledKb(db, newerKb(5))).toBe('keep');
    expect((await getKbSlots(db)).active?.origin.kind).toBe('url');
    expect(bundleAction({ kb: smallKb(2), origin: { kind: 'file', name: 'x.json' } }, newerKb(9))).toBe('keep');
  });
});

describe('roll back and reset', () => {
  it('roll back swaps the active and previous KB, so a second roll back undoes the first', async () => {
    await applyBundledKb(db, smallKb(2));
    await replaceActiveKb(db, newerKb(3), { kind: 'url', url: 'https://kb.example.org/kb.json' });
    expect(describeOutcome(await rollBack(db), en).headline).toBe('Rolled back to version 2: 3 names, 2 quoted sentences');
    expect((await getKbSlots(db)).previous?.kb.version).toBe(3);
    await rollBack(db);
    expect((await getKbSlots(db)).active?.kb.version).toBe(3);
  });

  it('roll back without a previous KB says so and keeps the KB', async () => {
    await applyBundledKb(db, smallKb(2));
    expect(await rollBackKb(db)).toBeUndefined();
    expect(describeOutcome(await rollBack(db), en).headline).toBe(
      'Not rolled back: there is no earlier knowledge base to go back to. Your knowledge base (version 2) was kept.',
    );
  });

  it('reset makes the bundled KB active and keeps the synced one for roll back', async () => {
    await applyBundledKb(db, smallKb(1));
    await replaceActiveKb(db, newerKb(3), { kind: 'url', url: 'https://kb.example.org/kb.json' });
    expect(describeOutcome(await resetToBundled(db, smallKb(1)), en).headline).toBe(
      'Reset to the bundled knowledge base, version 1: 3 names, 2 quoted sentences',
    );
    const { active, previous } = await getKbSlots(db);
    expect(active?.origin).toEqual({ kind: 'bundled' });
    expect(previous?.kb.version).toBe(3);
  });

  it('notes and switches survive syncs, roll backs and resets', async () => {
    await applyBundledKb(db, smallKb(1));
    await setNote(db, 'huawei', 'My note');
    await setEntityEnabled(db, 'nvidia', false);
    await replaceActiveKb(db, newerKb(3), { kind: 'url', url: 'https://kb.example.org/kb.json' });
    await rollBack(db);
    await resetToBundled(db, smallKb(1));
    expect(await getNote(db, 'huawei')).toBe('My note');
    expect((await getReaderLayer(db)).disabledEntities).toEqual(['nvidia']);
  });
});

describe('the reader’s layer', () => {
  it('a blank note deletes the note', async () => {
    await setNote(db, 'huawei', 'x', new Date('2026-11-28T10:00:00Z'));
    expect((await getReaderLayer(db)).notes).toEqual([{ entity: 'huawei', text: 'x', updated: '2026-11-28T10:00:00.000Z' }]);
    await setNote(db, 'huawei', '  \n ');
    expect(await getNote(db, 'huawei')).toBe('');
    expect((await getReaderLayer(db)).notes).toEqual([]);
  });

  it('entities off everywhere and dismissed on one site', async () => {
    await setEntityEnabled(db, 'nvidia', false);
    await setDismissed(db, 'huawei', 'news.example', true);
    await setDismissed(db, 'cuda', 'other.example', true);
    const layer = await getReaderLayer(db);
    expect(entitiesOffOnSite(layer, 'news.example').sort()).toEqual(['huawei', 'nvidia']);
    expect(entitiesOffOnSite(layer, 'elsewhere.example')).toEqual(['nvidia']);
    expect(await getEntitySwitches(db)).toEqual({ disabledEntities: layer.disabledEntities, dismissals: layer.dismissals });
    await setDismissed(db, 'huawei', 'news.example', false);
    await setEntityEnabled(db, 'nvidia', true);
    expect(entitiesOffOnSite(await getReaderLayer(db), 'news.example')).toEqual([]);
  });
});

describe('settings', () => {
  it('start from the defaults: daily auto-sync when switched on, 30 s timeout', async () => {
    expect(await getSettings(db)).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS).toMatchObject({ autoSync: false, autoSyncHours: 24, syncTimeoutMs: 30_000, paused: false });
  });

  it('sites switch off and on, and quick changes never undo each other', async () => {
    await Promise.all([setSiteEnabled(db, 'b.example', false), setSiteEnabled(db, 'a.example', false), updateSettings(db, { paused: true })]);
    expect(await getSettings(db)).toMatchObject({ sitesOff: ['a.example', 'b.example'], paused: true });
    await setSiteEnabled(db, 'a.example', true);
    expect((await getSettings(db)).sitesOff).toEqual(['b.example']);
  });

  it('the card delays default to Page Previews\' 500 and 300 ms and reach the page config', async () => {
    expect(await getSettings(db)).toMatchObject({ openDelayMs: 500, closeDelayMs: 300 });
    const settings = await updateSettings(db, { openDelayMs: 800, closeDelayMs: 150 });
    const names = { id: 'index', wordKeys: '', charKeys: '', charPairs: '' };
    const config = pageConfig(2, names, 'https://news.example/a', { ...settings, disabledEntities: [], openDelay: settings.openDelayMs, closeDelay: settings.closeDelayMs });
    expect(config).toMatchObject({ openDelay: 800, closeDelay: 150 });
    await expect(updateSettings(db, { openDelayMs: 20 })).rejects.toThrow();
    expect((await getSettings(db)).openDelayMs).toBe(800);
  });

  it('a malformed change is refused and nothing is written', async () => {
    await expect(updateSettings(db, { syncTimeoutMs: 'soon' })).rejects.toThrow();
    await expect(changeSettings(db, () => ({ autoSyncHours: -1 }))).rejects.toThrow();
    expect(await getSettings(db)).toEqual(DEFAULT_SETTINGS);
  });
});
