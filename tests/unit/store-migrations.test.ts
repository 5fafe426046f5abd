// A database written by any earlier schema version opens under the current code with
// everything kept. Each old layout is written here by hand, as that code wrote it, so that this
// test keeps checking real old data even if someone edits the migration steps.
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { DB_VERSION } from '../../lib/store/migrations.ts';
import { getActiveKb } from '../../lib/store/kb-slots.ts';
import { getArticles, getNames, putArticle } from '../../lib/store/reader-knowledge.ts';
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

async function writeVersion2(name: string): Promise<void> {
  const db = await openDB(name, 2, {
    upgrade(db) {
      db.createObjectStore('kbs', { keyPath: 'slot' });
      db.createObjectStore('entity-notes', { keyPath: 'entity' });
      db.createObjectStore('disabled', { keyPath: 'entity' });
      db.createObjectStore('settings');
      db.createObjectStore('dismissals', { keyPath: ['entity', 'site'] });
    },
  });
  const tx = db.transaction(['kbs', 'entity-notes', 'disabled', 'settings', 'dismissals'], 'readwrite');
  await tx.objectStore('kbs').put({ slot: 'active', kb: smallKb(3), origin: { kind: 'file', name: 'kb.json' }, savedAt: '2026-11-20T08:00:00.000Z' });
  await tx.objectStore('entity-notes').put({ entity: 'huawei', text: 'Note from version 2.', updated: '2026-11-21T09:00:00.000Z' });
  await tx.objectStore('disabled').put({ entity: 'ascend' });
  await tx.objectStore('dismissals').put({ entity: 'nvidia', site: 'news.example' });
  await tx.objectStore('settings').put({ syncUrl: '', autoSync: false, paused: true, sitesOff: [] }, 'settings');
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
    expect([...db.objectStoreNames].sort()).toEqual(['disabled', 'dismissals', 'entity-notes', 'kb-indexes', 'kb-parts', 'kbs', 'opened', 'reader-articles', 'reader-names', 'settings']);
    db.close();
  });

  it('gains empty stores for the reader’s articles and names, ready to use', async () => {
    const name = freshDbName();
    await writeVersion1(name);
    const db = await openKbDb(name);
    expect(await getArticles(db)).toEqual([]);
    expect(await getNames(db)).toEqual([]);
    db.close();
  });
});

describe('a version-2 database under the current code', () => {
  it('keeps the KB, notes, switches, dismissals and settings, and takes articles at once', async () => {
    const name = freshDbName();
    await writeVersion2(name);
    const db = await openKbDb(name);
    expect(db.version).toBe(DB_VERSION);
    const layer = await getReaderLayer(db);
    expect(layer.notes).toEqual([{ entity: 'huawei', text: 'Note from version 2.', updated: '2026-11-21T09:00:00.000Z' }]);
    expect(layer.disabledEntities).toEqual(['ascend']);
    expect(layer.dismissals).toEqual([{ entity: 'nvidia', site: 'news.example' }]);
    expect(await getActiveKb(db)).toMatchObject({ kb: { version: 3 }, origin: { kind: 'file', name: 'kb.json' } });
    expect(await getSettings(db)).toMatchObject({ paused: true });
    await putArticle(db, { url: 'https://news.example/a', pageUrl: 'https://news.example/a', title: 'A', language: 'en', text: 'Body.' });
    expect((await getArticles(db)).map((a) => a.url)).toEqual(['https://news.example/a']);
    db.close();
  });
});
