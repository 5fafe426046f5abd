// A sync cut off by the browser (quota full, the service worker stopped) keeps the KB that was
// active and says what happened; a record left by a stopped background tells which way it went.
import { beforeEach, describe, expect, it } from 'vitest';
import { applyBundledKb } from '../../lib/store/bundled-kb.ts';
import { getActiveHead, getKbSlots } from '../../lib/store/kb-slots.ts';
import type { KbDb } from '../../lib/store/open-db.ts';
import type { RunningChange } from '../../lib/store/settings.ts';
import { describeOutcome } from '../../lib/sync/describe-outcome.ts';
import { interruptedOutcome } from '../../lib/sync/interrupted.ts';
import { syncFromUrl } from '../../lib/sync/sync-from-url.ts';
import { json, newerKb, smallKb } from '../fixtures/kb/small-kb.ts';
import { de, en } from '../fixtures/translator.ts';
import { fakeFetch, freshDb } from '../fixtures/kb/test-support.ts';

const URL_ = 'https://kb.example.org/kb.json';

let db: KbDb;
beforeEach(async () => {
  db = await freshDb();
  await applyBundledKb(db, smallKb(2));
});

/** The database as a full disk leaves it: every write of a KB's parts fails as Chrome's does. */
function fullDisk(real: KbDb): KbDb {
  return new Proxy(real, {
    get(target, prop, receiver) {
      if (prop !== 'transaction') return Reflect.get(target, prop, receiver) as unknown;
      return (stores: string | string[], mode?: IDBTransactionMode) => {
        if (mode === 'readwrite' && [stores].flat().includes('kb-parts')) {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        }
        return target.transaction(stores as never, mode);
      };
    },
  });
}

describe('storage full', () => {
  it('refuses the sync in words, and the KB that was active stays as it was', async () => {
    const before = await getKbSlots(db);
    const outcome = await syncFromUrl({ url: URL_ }, { db: fullDisk(db), fetch: fakeFetch({ body: json(newerKb(3)) }).fetch, timeoutMs: 2000 });
    expect(outcome).toMatchObject({ ok: false, refusal: { kind: 'storage', full: true }, keptVersion: 2 });
    expect(describeOutcome(outcome, en).headline).toBe('Not updated: the browser has no room left for the extension’s data. Your knowledge base (version 2) was kept.');
    expect(describeOutcome(outcome, de).headline).toContain('Version 2');
    expect(await getKbSlots(db)).toEqual(before);
  });
});

describe('a change the browser cut off', () => {
  const running = (activeKey: string | undefined, phase: RunningChange['phase']): RunningChange => ({ action: 'sync', phase, at: '2026-12-01T10:00:00.000Z', activeKey, url: URL_ });

  it('is told as interrupted, where it stopped, when the KB that was active still is', async () => {
    const active = await getActiveHead(db);
    const outcome = interruptedOutcome(running(active!.key, 'checking'), active, 0);
    expect(outcome).toEqual({ ok: false, action: 'sync', refusal: { kind: 'interrupted', phase: 'checking' }, keptVersion: 2 });
    expect(describeOutcome(outcome, en).headline).toContain('while it was checking the file');
  });

  it('is told as done when its KB was saved just before the stop', async () => {
    const before = (await getActiveHead(db))!.key;
    await syncFromUrl({ url: URL_ }, { db, fetch: fakeFetch({ body: json(newerKb(3)) }).fetch, timeoutMs: 2000 });
    const outcome = interruptedOutcome(running(before, 'saving'), await getActiveHead(db), 1);
    expect(outcome).toMatchObject({ ok: true, kind: 'changed', version: 3, newEntities: 1 });
  });
});
