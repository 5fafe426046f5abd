// A database written by the first schema version opens under the current code with every
// note kept. The version-1 layout is written here by hand, as that code wrote it, so that this
// test keeps checking real old data even if someone edits the migration steps.
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { DB_VERSION } from '../../lib/store/migrations.ts';
import { getActiveKb } from '../../lib/store/kb-slots.ts';
import { openKbDb } from '../../lib/store/open-db.ts';
import { getReaderLayer, getNote } from '../../lib/store/reader-layer.ts';
import { getSettings } from '../../lib/store/settings.ts';
import { smallKb } from '../fixtures/kb/small-kb.ts';
import { freshDbName } from '../fixtures/kb/test-support.ts';

async function writeVersion1(name: string): Promise<void> {
  const db = await openDB(name, 1, {
    upgrade(db) {
      db.createObjectStore('kbs', { keyPath: 'slot' });
      db.createObjectStore('notes');
      db.createObjectStore('disabled', { keyPath: 'entity' });
      db.createObjectStore('settings');
    },
  });
  const tx = db.transaction(['kbs', 'notes', 'disabled', 'settings'], 'readwrite');
  await tx.objectStore('kbs').put({ slot: 'active', kb: smallKb(2), origin: { kind: 'url', url: 'https://kb.example.org/kb.json' }, savedAt: '2026-11-01T08:00:00.000Z' });
  await tx.objectStore('kbs').put({ slot: 'previous', kb: smallKb(1), origin: { kind: 'bundled' }, savedAt: '2026-10-01T08:00:00.000Z' });
  await tx.objectStore('notes').put('Makes the Ascend chips.', 'huawei');
  await tx.objectStore('notes').put('Watch the export rules — “H20” too.\nSecond line.', 'nvidia');
  await tx.objectStore('notes').put('Mentioned in Chinese as 昇腾.', 'ascend');
  await tx.objectStore('disabled').put({ entity: 'nvidia' });
  await tx.objectStore('settings').put({ syncUrl: 'https://kb.example.org/kb.json', autoSync: true, paused: false, sitesOff: ['example.com'] }, 'settings');
  await tx.done;
  db.close();
}

describe('a version-1 database under the current code', () => {
  it('keeps every note, the KBs, the switches and the settings', async () => {
    const name = freshDbName();
    await writeVersion1(name);
    const db = await openKbDb(name);
    expect(db.version).toBe(DB_VERSION);
    expect(DB_VERSION).toBeGreaterThan(1);

    const layer = await getReaderLayer(db);
    expect(Object.fromEntries(layer.notes.map((n) => [n.entity, n.text]))).toEqual({
      huawei: 'Makes the Ascend chips.',
      nvidia: 'Watch the export rules — “H20” too.\nSecond line.',
      ascend: 'Mentioned in Chinese as 昇腾.',
    });
    expect(await getNote(db, 'nvidia')).toBe('Watch the export rules — “H20” too.\nSecond line.');
    expect(layer.disabledEntities).toEqual(['nvidia']);
    expect(layer.dismissals).toEqual([]);
    expect((await getActiveKb(db))?.kb.version).toBe(2);
    expect(await getSettings(db)).toMatchObject({ syncUrl: 'https://kb.example.org/kb.json', autoSync: true, sitesOff: ['example.com'], autoSyncHours: 24 });
    db.close();
  });

  it('opens again at the current version without running the upgrade twice', async () => {
    const name = freshDbName();
    await writeVersion1(name);
    (await openKbDb(name)).close();
    const db = await openKbDb(name);
    expect((await getReaderLayer(db)).notes).toHaveLength(3);
    db.close();
  });

  it('a new database gets the current layout', async () => {
    const db = await openKbDb(freshDbName());
    expect([...db.objectStoreNames].sort()).toEqual(['disabled', 'dismissals', 'entity-notes', 'kbs', 'settings']);
    db.close();
  });
});
