// The reader's articles and names in the store: added, updated (never doubled), removed and
// put back; untouched by every way the KB changes; carried by export and import, with old
// backups still importing and a broken record refusing the whole file.
import { beforeEach, describe, expect, it } from 'vitest';
import { exportBackup } from '../../lib/store/backup.ts';
import { applyBundledKb } from '../../lib/store/bundled-kb.ts';
import type { KbDb } from '../../lib/store/open-db.ts';
import { getArticles, getNames, lastOpened, listArticles, markOpened, putArticle, putName, removeArticle, removeName, restoreArticle } from '../../lib/store/reader-knowledge.ts';
import { describeOutcome } from '../../lib/sync/describe-outcome.ts';
import { importKbFile, resetToBundled, rollBack } from '../../lib/sync/kb-actions.ts';
import { syncFromUrl } from '../../lib/sync/sync-from-url.ts';
import { articleToStore, readerName, storedArticle } from '../fixtures/kb/reader-records.ts';
import { json, newerKb, smallKb } from '../fixtures/kb/small-kb.ts';
import { fakeFetch, freshDb } from '../fixtures/kb/test-support.ts';
import { en } from '../fixtures/translator.ts';

let db: KbDb;
beforeEach(async () => {
  db = await freshDb();
  await applyBundledKb(db, smallKb(2));
});

describe('articles', () => {
  it('the same URL again updates the article and keeps when it was first added', async () => {
    const first = await putArticle(db, articleToStore(1), new Date('2026-11-28T10:00:00Z'));
    expect(first.kind).toBe('added');
    const again = await putArticle(db, articleToStore(1, { title: 'Story 1, corrected' }), new Date('2026-11-29T10:00:00Z'));
    expect(again.kind).toBe('updated');
    const all = await getArticles(db);
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ title: 'Story 1, corrected', added: '2026-11-28T10:00:00.000Z', updated: '2026-11-29T10:00:00.000Z' });
  });

  it('lists newest first, without the text', async () => {
    await putArticle(db, articleToStore(1), new Date('2026-11-28T10:00:00Z'));
    await putArticle(db, articleToStore(2), new Date('2026-11-29T10:00:00Z'));
    const listed = await listArticles(db);
    expect(listed.map((a) => a.url)).toEqual(['https://news.example/story-2', 'https://news.example/story-1']);
    expect(listed[0]).not.toHaveProperty('text');
    expect(listed[0]!.chars).toBe(articleToStore(2).text.length);
  });

  it('remove returns the article, and restoring it puts back exactly what was there', async () => {
    await putArticle(db, articleToStore(1));
    const before = await getArticles(db);
    const removed = await removeArticle(db, 'https://news.example/story-1');
    expect(await getArticles(db)).toEqual([]);
    expect(await removeArticle(db, 'https://news.example/story-1')).toBeUndefined();
    await restoreArticle(db, removed!);
    expect(await getArticles(db)).toEqual(before);
  });
});

describe('names', () => {
  it('add, remove (returned for Undo) and put back', async () => {
    await putName(db, readerName());
    await putName(db, readerName({ id: 'yours-biren', name: 'Biren', aliases: [], added: '2026-11-28T09:00:00.000Z' }));
    expect((await getNames(db)).map((n) => n.id)).toEqual(['yours-biren', 'yours-cambricon']);
    const removed = await removeName(db, 'yours-cambricon');
    expect(removed).toEqual(readerName());
    expect((await getNames(db)).map((n) => n.id)).toEqual(['yours-biren']);
    await putName(db, removed!);
    expect(await getNames(db)).toHaveLength(2);
  });

  it('remembers when a name was last opened', async () => {
    expect(await markOpened(db, 'huawei', new Date('2026-11-28T10:00:00Z'))).toBeUndefined();
    expect(await markOpened(db, 'huawei', new Date('2026-11-29T10:00:00Z'))).toBe('2026-11-28T10:00:00.000Z');
    expect(await lastOpened(db, 'huawei')).toBe('2026-11-29T10:00:00.000Z');
  });
});

describe('every way the KB changes leaves them alone', () => {
  async function snapshot() {
    return { articles: await getArticles(db), names: await getNames(db) };
  }
  beforeEach(async () => {
    await putArticle(db, articleToStore(1));
    await putName(db, readerName());
  });

  it('a sync, a roll back, a reset and an import of a bare KB', async () => {
    const before = await snapshot();
    const synced = await syncFromUrl({ url: 'https://kb.example.org/kb.json' }, { db, fetch: fakeFetch({ body: json(newerKb(3)) }).fetch, timeoutMs: 2000 });
    expect(synced.ok).toBe(true);
    expect(await snapshot()).toEqual(before);
    expect((await rollBack(db)).ok).toBe(true);
    expect(await snapshot()).toEqual(before);
    expect((await resetToBundled(db, smallKb(2))).ok).toBe(true);
    expect(await snapshot()).toEqual(before);
    expect((await importKbFile(db, json(newerKb(4)), 'kb.json')).ok).toBe(true);
    expect(await snapshot()).toEqual(before);
  });
});

describe('export and import', () => {
  it('a backup carries the articles and names into a fresh profile', async () => {
    await putArticle(db, articleToStore(1));
    await putArticle(db, articleToStore(2, { trimmed: true }));
    await putName(db, readerName());
    const file = JSON.stringify(await exportBackup(db));
    const fresh = await freshDb();
    await applyBundledKb(fresh, smallKb(2));
    await putArticle(fresh, articleToStore(3));
    const outcome = await importKbFile(fresh, file, 'kb-backup.json');
    expect(outcome.ok).toBe(true);
    expect((await getArticles(fresh)).map((a) => a.url).sort()).toEqual([1, 2, 3].map((n) => `https://news.example/story-${n}`));
    expect(await getArticles(fresh)).toEqual(expect.arrayContaining(await getArticles(db)));
    expect(await getNames(fresh)).toEqual([readerName()]);
  });

  it('a format-1 backup (from before articles and names) still imports, and keeps the reader’s', async () => {
    await putName(db, readerName());
    const { articles: _a, names: _n, ...old } = await exportBackup(db);
    const outcome = await importKbFile(db, JSON.stringify({ ...old, backupFormat: 1, kb: newerKb(3) }), 'old-backup.json');
    expect(describeOutcome(outcome, en).headline).toBe('Imported version 3: 4 names (1 new), 3 quoted sentences');
    expect(await getNames(db)).toEqual([readerName()]);
  });

  it('a broken article or name refuses the whole file with its path, and nothing changes', async () => {
    await putArticle(db, articleToStore(1));
    const good = await exportBackup(db);
    const cases: [unknown, string][] = [
      [{ ...good, kb: newerKb(3), articles: [{ ...storedArticle(2), url: 'javascript:alert(1)' }] }, 'articles[0].url should be an http, https or file address'],
      [{ ...good, kb: newerKb(3), articles: [storedArticle(2, { text: 'x'.repeat(200_001) })] }, 'articles[0].text is longer than 200000 characters'],
      [{ ...good, kb: newerKb(3), names: [readerName({ id: 'huawei' })] }, 'names[0].id should start with "yours-"'],
      [{ ...good, kb: newerKb(3), names: [{ ...readerName(), kind: 'fruit' }] }, 'names[0].kind should be one of'],
    ];
    for (const [file, problem] of cases) {
      const before = { articles: await getArticles(db), names: await getNames(db) };
      const outcome = await importKbFile(db, JSON.stringify(file), 'backup.json');
      expect(outcome.ok).toBe(false);
      expect(describeOutcome(outcome, en).headline).toContain(problem);
      expect({ articles: await getArticles(db), names: await getNames(db) }).toEqual(before);
    }
  });
});
