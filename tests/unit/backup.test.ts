// Export and import: one backup file carries the KB and the reader's layer; an import is
// checked like a sync and applies whole or not at all.
import { beforeEach, describe, expect, it } from 'vitest';
import { exportBackup } from '../../lib/store/backup.ts';
import { applyBundledKb } from '../../lib/store/bundled-kb.ts';
import { getKbSlots, replaceActiveKb } from '../../lib/store/kb-slots.ts';
import type { KbDb } from '../../lib/store/open-db.ts';
import { getReaderLayer, setDismissed, setEntityEnabled, setNote } from '../../lib/store/reader-layer.ts';
import { getSettings, setSiteEnabled, updateSettings } from '../../lib/store/settings.ts';
import { describeOutcome } from '../../lib/sync/describe-outcome.ts';
import { importKbFile } from '../../lib/sync/kb-actions.ts';
import { json, newerKb, smallKb } from '../fixtures/kb/small-kb.ts';
import { freshDb } from '../fixtures/kb/test-support.ts';
import { en } from '../fixtures/translator.ts';

const KEPT = 'Your knowledge base (version 2) was kept.';
let db: KbDb;

beforeEach(async () => {
  db = await freshDb();
  await applyBundledKb(db, smallKb(2));
});

async function snapshot(target: KbDb) {
  return { slots: await getKbSlots(target), layer: await getReaderLayer(target), settings: await getSettings(target) };
}

async function importRefused(text: string): Promise<string> {
  await setNote(db, 'huawei', 'kept note');
  const before = await snapshot(db);
  const outcome = await importKbFile(db, text, 'backup.json');
  expect(outcome.ok).toBe(false);
  expect(await snapshot(db)).toEqual(before);
  return describeOutcome(outcome, en).headline;
}

describe('export then import into a fresh profile', () => {
  it('brings back the KB, notes, switched-off entities, dismissals, sites and sync URL', async () => {
    await replaceActiveKb(db, newerKb(3), { kind: 'url', url: 'https://kb.example.org/kb.json' });
    await setNote(db, 'huawei', 'Watch the Ascend roadmap.');
    await setNote(db, 'cambricon', 'New in v3.');
    await setEntityEnabled(db, 'nvidia', false);
    await setDismissed(db, 'ascend', 'news.example', true);
    await setSiteEnabled(db, 'noisy.example', false);
    await updateSettings(db, { syncUrl: 'https://kb.example.org/kb.json' });
    const file = JSON.stringify(await exportBackup(db, new Date('2026-11-28T12:00:00Z')));

    const fresh = await freshDb();
    await applyBundledKb(fresh, smallKb(2));
    const outcome = await importKbFile(fresh, file, 'kb-backup-2026-11-28.json');
    expect(describeOutcome(outcome, en).headline).toBe('Imported version 3: 4 names (1 new), 3 quoted sentences');
    const { slots, layer, settings } = await snapshot(fresh);
    expect(slots.active).toMatchObject({ kb: { version: 3 }, origin: { kind: 'file', name: 'kb-backup-2026-11-28.json' } });
    expect(slots.previous?.kb.version).toBe(2);
    expect(Object.fromEntries(layer.notes.map((n) => [n.entity, n.text]))).toEqual({ huawei: 'Watch the Ascend roadmap.', cambricon: 'New in v3.' });
    expect(layer.disabledEntities).toEqual(['nvidia']);
    expect(layer.dismissals).toEqual([{ entity: 'ascend', site: 'news.example' }]);
    expect(settings).toMatchObject({ sitesOff: ['noisy.example'], syncUrl: 'https://kb.example.org/kb.json' });
  });

  it('an import of the same KB leaves roll back alone and merges the notes', async () => {
    await setNote(db, 'huawei', 'from the file');
    const file = JSON.stringify(await exportBackup(db));
    await setNote(db, 'huawei', 'changed since');
    await setNote(db, 'nvidia', 'only here');
    await importKbFile(db, file, 'b.json');
    const { slots, layer } = await snapshot(db);
    expect(slots.previous).toBeUndefined();
    expect(Object.fromEntries(layer.notes.map((n) => [n.entity, n.text]))).toEqual({ huawei: 'from the file', nvidia: 'only here' });
  });

  it('a bare KB file (as a team publishes it) imports too', async () => {
    const outcome = await importKbFile(db, json(newerKb(3)), 'kb.json');
    expect(describeOutcome(outcome, en).headline).toBe('Imported version 3: 4 names (1 new), 3 quoted sentences');
  });
});

describe('a corrupt import is refused with nothing changed', () => {
  it('not JSON', async () => {
    expect(await importRefused('{"backup": "kb-annotations-backup",\n "kb": {')).toBe(
      `Not imported: the file is not valid JSON (line 2, column 9: expected a property name in double quotes). ${KEPT}`,
    );
  });

  it('JSON that is neither a KB nor a backup', async () => {
    expect(await importRefused('{"hello": "world"}')).toBe(
      `Not imported: the file is neither a knowledge base nor a backup from this extension. ${KEPT}`,
    );
  });

  it('a backup whose KB breaks the schema, with the path inside the file', async () => {
    const backup = await exportBackup(db);
    backup.kb.entities[0]!.aliases = [];
    expect(await importRefused(JSON.stringify(backup))).toBe(`Not imported: kb.entities[0].aliases is empty. ${KEPT}`);
  });

  it('a backup whose notes are broken: not even the KB is taken', async () => {
    const backup = { ...(await exportBackup(db)), kb: newerKb(3), notes: [{ entity: 'huawei', text: 42 }] };
    expect(await importRefused(JSON.stringify(backup))).toBe(`Not imported: notes[0].text should be text. ${KEPT}`);
  });

  it('a backup from a future format', async () => {
    const backup = { ...(await exportBackup(db)), backupFormat: 3 };
    expect(await importRefused(JSON.stringify(backup))).toBe(
      `Not imported: backupFormat should be 1 or 2 (the backup formats this extension reads). ${KEPT}`,
    );
  });

  it('an older KB, unless confirmed', async () => {
    expect(await importRefused(json(smallKb(1)))).toBe(`Not imported: the file has version 1, older than your version 2. ${KEPT}`);
    const confirmed = await importKbFile(db, json(smallKb(1)), 'old.json', { confirmOlder: true });
    expect(describeOutcome(confirmed, en).headline).toBe('Imported version 1: 3 names (0 new), 2 quoted sentences');
  });
});
