// Sync from a URL with a fake server: every bad answer is refused with its own words, and
// the active KB (and the one kept for roll back) stay exactly as they were.
import { beforeEach, describe, expect, it } from 'vitest';
import { applyBundledKb } from '../../lib/store/bundled-kb.ts';
import { getKbSlots, getStoredIndex, replaceActiveKb } from '../../lib/store/kb-slots.ts';
import type { KbDb } from '../../lib/store/open-db.ts';
import { describeOutcome } from '../../lib/sync/describe-outcome.ts';
import type { KbOutcome, SyncPhase } from '../../lib/sync/outcome.ts';
import { syncFromUrl, type SyncDeps } from '../../lib/sync/sync-from-url.ts';
import { json, newerKb, smallKb } from '../fixtures/kb/small-kb.ts';
import { de, en } from '../fixtures/translator.ts';
import { droppedBody, endlessBody, fakeFetch, freshDb, silentServer, stallingBody, type FakeFetch } from '../fixtures/kb/test-support.ts';

const URL_ = 'https://kb.example.org/kb.json';
const KEPT = 'Your knowledge base (version 2) was kept.';

let db: KbDb;
beforeEach(async () => {
  db = await freshDb();
  await applyBundledKb(db, smallKb(2));
});

async function sync(server: FakeFetch, extra: Partial<SyncDeps> & { url?: string; confirmOlder?: boolean } = {}): Promise<KbOutcome> {
  const { url = URL_, confirmOlder, ...deps } = extra;
  return syncFromUrl({ url, confirmOlder }, { db, fetch: server.fetch, timeoutMs: 2000, ...deps });
}

/** Syncs, checks the store did not change at all, and returns the English headline. */
async function refused(server: FakeFetch, extra: Parameters<typeof sync>[1] = {}): Promise<string> {
  const before = await getKbSlots(db);
  const outcome = await sync(server, extra);
  expect(outcome.ok).toBe(false);
  expect(await getKbSlots(db)).toEqual(before);
  return describeOutcome(outcome, en).headline;
}

function withKb(mutate: (kb: ReturnType<typeof newerKb>) => void): string {
  const kb = newerKb();
  mutate(kb);
  return json(kb);
}

describe('a good sync', () => {
  it('replaces the active KB, keeps the old one for roll back, and says what changed', async () => {
    const server = fakeFetch({ body: json(newerKb(3)), headers: { etag: '"v3"' } });
    const phases: SyncPhase[] = [];
    const outcome = await sync(server, { onPhase: (p) => phases.push(p) });
    expect(describeOutcome(outcome, en).headline).toBe('Updated to version 3: 4 names (1 new), 3 quoted sentences');
    expect(describeOutcome(outcome, de).headline).toBe('Aktualisiert auf Version 3: 4 Namen (1 neu), 3 zitierte Sätze');
    expect(phases).toEqual(['fetching', 'checking', 'saving']);
    const { active, previous } = await getKbSlots(db);
    expect(active?.kb.version).toBe(3);
    expect(active?.origin).toEqual({ kind: 'url', url: URL_, etag: '"v3"', lastModified: undefined });
    expect(previous?.kb.version).toBe(2);
  });

  it('hands the KB it made active, with its stored key and index, to the background (and nothing when it changes nothing)', async () => {
    const activated: Parameters<NonNullable<SyncDeps['onActivated']>>[0][] = [];
    const onActivated: SyncDeps['onActivated'] = (a) => activated.push(a);
    await sync(fakeFetch({ body: json(newerKb(3)) }), { onActivated });
    const { active } = await getKbSlots(db);
    expect(activated).toHaveLength(1);
    expect(activated[0]!.key).toBe(active!.key);
    expect(activated[0]!.kb).toEqual(active!.kb);
    expect(activated[0]!.index).toEqual(await getStoredIndex(db, active!.key));
    await sync(fakeFetch({ body: json(newerKb(3)) }), { onActivated }); // the same file again
    await sync(fakeFetch({ body: '{"not": "a kb"}' }), { onActivated });
    expect(activated).toHaveLength(1);
  });

  it('sends no cookies and bypasses the HTTP cache', async () => {
    const server = fakeFetch({ body: json(newerKb(3)) });
    await sync(server);
    expect(server.calls[0]!.init).toMatchObject({ credentials: 'omit', cache: 'no-store', redirect: 'follow' });
  });

  it('accepts text/plain (raw file hosts) and plain http on localhost and 127.0.0.1', async () => {
    expect((await sync(fakeFetch({ body: json(newerKb(3)), headers: { 'content-type': 'text/plain; charset=utf-8' } }))).ok).toBe(true);
    expect((await sync(fakeFetch({ body: json(newerKb(4)) }), { url: 'http://localhost:8080/kb.json' })).ok).toBe(true);
    expect((await sync(fakeFetch({ body: json(newerKb(5)) }), { url: 'http://127.0.0.1:9/kb.json' })).ok).toBe(true);
  });

  it('sends If-None-Match and If-Modified-Since next time and reports a 304', async () => {
    await sync(fakeFetch({ body: json(newerKb(3)), headers: { etag: '"v3"', 'last-modified': 'Sat, 28 Nov 2026 10:00:00 GMT' } }));
    const server = fakeFetch({ status: 304 });
    const before = await getKbSlots(db);
    const outcome = await sync(server);
    const headers = server.calls[0]!.init!.headers as Record<string, string>;
    expect(headers['if-none-match']).toBe('"v3"');
    expect(headers['if-modified-since']).toBe('Sat, 28 Nov 2026 10:00:00 GMT');
    expect(describeOutcome(outcome, en).headline).toBe('304: already up to date. You have version 3, the latest the server has.');
    expect(await getKbSlots(db)).toEqual(before);
  });

  it('says "already up to date" for the very KB that is active, and keeps its validators', async () => {
    const outcome = await sync(fakeFetch({ body: json(smallKb(2)), headers: { etag: '"same"' } }));
    expect(describeOutcome(outcome, en).headline).toBe('Already up to date: the server has version 2, the one you have.');
    const { active, previous } = await getKbSlots(db);
    expect(active?.origin).toMatchObject({ kind: 'url', etag: '"same"' });
    expect(previous).toBeUndefined();
  });
});

describe('a bad answer changes nothing and says why', () => {
  it('invalid JSON, with line and column', async () => {
    const headline = await refused(fakeFetch({ body: '{\n  "format": 1,\n  "version": 3,,\n}' }));
    expect(headline).toBe(`Not updated: the file is not valid JSON (line 3, column 16: expected a property name in double quotes). ${KEPT}`);
  });

  it('a schema violation, with its JSON path', async () => {
    const body = withKb((kb) => (kb.entities[1]!.aliases = []));
    expect(await refused(fakeFetch({ body }))).toBe(`Not updated: entities[1].aliases is empty. ${KEPT}`);
  });

  it('every schema problem is listed, not just the first', async () => {
    const body = withKb((kb) => {
      kb.entities[1]!.aliases = [];
      (kb.entities[2] as { kind: string }).kind = 'fruit';
    });
    const outcome = await sync(fakeFetch({ body }));
    expect(describeOutcome(outcome, en).details).toEqual(['entities[2].kind should be one of company, chip, model, platform, publication, authority, person, other']);
    expect(describeOutcome(outcome, en).advice).toBe('Tell whoever publishes the knowledge base; the problem is in the file.');
  });

  it('duplicate ids', async () => {
    const body = withKb((kb) => (kb.entities[3]!.id = 'huawei'));
    expect(await refused(fakeFetch({ body }))).toBe(`Not updated: entities[3].id "huawei" is already the id of entities[0]. ${KEPT}`);
  });

  it('a relation to an unknown entity', async () => {
    const body = withKb((kb) => kb.relations.push({ from: 'cambricon', type: 'competes-with', to: 'amd' }));
    expect(await refused(fakeFetch({ body }))).toBe(`Not updated: relations[2].to names "amd", which is not an entity in this KB. ${KEPT}`);
  });

  it('a file that is not a KB at all', async () => {
    expect(await refused(fakeFetch({ body: '[1, 2, 3]' }))).toMatch(/^Not updated: .+\. Your knowledge base \(version 2\) was kept\.$/);
  });

  it('a body over the cap announced by Content-Length is not read', async () => {
    const body = endlessBody();
    const headline = await refused(fakeFetch({ body: body.stream, headers: { 'content-length': String(200 * 1024 * 1024) } }));
    expect(headline).toBe(`Not updated: the file is larger than 128 MB, the largest knowledge base the sync settings allow. ${KEPT}`);
    expect(body.sent()).toBeLessThanOrEqual(64 * 1024 * 2); // at most what the stream pre-filled
  });

  it('a body over the cap without Content-Length is cut off while streaming, not buffered', async () => {
    const body = endlessBody();
    const headline = await refused(fakeFetch({ body: body.stream }), { maxBytes: 1024 * 1024 });
    expect(headline).toBe(`Not updated: the file is larger than 1 MB, the largest knowledge base the sync settings allow. ${KEPT}`);
    expect(body.sent()).toBeLessThan(1024 * 1024 + 3 * 64 * 1024);
  });

  it('404', async () => {
    expect(await refused(fakeFetch({ status: 404, body: 'not found', headers: { 'content-type': 'text/plain' } }))).toBe(
      `Not updated: the server has no file at that address (404). ${KEPT}`,
    );
  });

  it('500', async () => {
    const outcome = await sync(fakeFetch({ status: 500, body: 'oops' }));
    expect(describeOutcome(outcome, en)).toEqual({
      headline: `Not updated: the server had an error (500). ${KEPT}`,
      details: [],
      advice: 'Try again later. If it keeps happening, tell whoever publishes the knowledge base.',
    });
  });

  it('403', async () => {
    expect(await refused(fakeFetch({ status: 403 }))).toBe(`Not updated: the server refused the request (403). ${KEPT}`);
  });

  it('a timeout before any answer', async () => {
    expect(await refused(fakeFetch(silentServer()), { timeoutMs: 200 })).toBe(
      `Not updated: the server did not send the file within the time limit (0.2 s). ${KEPT}`,
    );
  });

  it('a timeout while the body trickles in', async () => {
    expect(await refused(fakeFetch(async (init) => stallingBody(init)), { timeoutMs: 300 })).toBe(
      `Not updated: the server did not send the file within the time limit (0.3 s). ${KEPT}`,
    );
  });

  it('a connection dropped mid-body', async () => {
    expect(await refused(fakeFetch({ body: droppedBody('{"format": 1, ') }))).toBe(
      `Not updated: the connection broke off after 14 B of the file had arrived. ${KEPT}`,
    );
  });

  it('no connection at all', async () => {
    const server = fakeFetch(async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(await refused(server)).toBe(`Not updated: the server at https://kb.example.org could not be reached. ${KEPT}`);
  });

  it('an HTML page instead of JSON', async () => {
    const server = fakeFetch({ body: '<!doctype html><p>Log in</p>', headers: { 'content-type': 'text/html; charset=utf-8' } });
    expect(await refused(server)).toBe(`Not updated: the server sent a web page (text/html), not a JSON file. ${KEPT}`);
  });

  it('another content type', async () => {
    expect(await refused(fakeFetch({ body: 'x', headers: { 'content-type': 'image/png' } }))).toBe(
      `Not updated: the server sent image/png, not a JSON file. ${KEPT}`,
    );
  });

  it('a redirect down to http', async () => {
    const server = fakeFetch({ body: json(newerKb()), url: 'http://kb.example.org/kb.json' });
    expect(await refused(server)).toBe(
      `Not updated: the server sent the request on to http://kb.example.org/kb.json, an address without https. ${KEPT}`,
    );
  });

  it('a redirect to another origin', async () => {
    const server = fakeFetch({ body: json(newerKb()), url: 'https://elsewhere.example.net/kb.json' });
    expect(await refused(server)).toBe(`Not updated: the server sent the request on to another site, https://elsewhere.example.net. ${KEPT}`);
  });

  it('an older version, unless the reader confirms', async () => {
    const server = fakeFetch({ body: json(smallKb(1)) });
    const outcome = await sync(server);
    expect(describeOutcome(outcome, en)).toEqual({
      headline: `Not updated: the file has version 1, older than your version 2. ${KEPT}`,
      details: [],
      advice: 'To go back to the older one on purpose, choose “Use version 1 anyway”.',
    });
    expect((await getKbSlots(db)).active?.kb.version).toBe(2);
    const confirmed = await sync(server, { confirmOlder: true });
    expect(describeOutcome(confirmed, en).headline).toBe('Updated to version 1: 3 names (0 new), 2 quoted sentences');
  });
});

describe('addresses are checked before anything is fetched', () => {
  const cases: [string, string][] = [
    ['kb.example.org/kb.json', 'that is not a web address'],
    ['ftp://kb.example.org/kb.json', 'only https addresses can be synced'],
    ['http://kb.example.org/kb.json', 'plain http can be tampered with on the way, so only https is allowed (http only on localhost and 127.0.0.1)'],
    ['https://me:secret@kb.example.org/kb.json', 'the address contains a user name or password'],
  ];
  for (const [url, reason] of cases) {
    it(url, async () => {
      const server = fakeFetch({ body: json(newerKb()) });
      expect(await refused(server, { url })).toBe(`Not updated: ${reason}. ${KEPT}`);
      expect(server.calls).toHaveLength(0);
    });
  }

  it('without the host permission', async () => {
    const server = fakeFetch({ body: json(newerKb()) });
    const asked: string[] = [];
    const headline = await refused(server, { hasPermission: async (p) => (asked.push(p), false) });
    expect(headline).toBe(`Not updated: the extension was not allowed to read from https://kb.example.org. ${KEPT}`);
    expect(asked).toEqual(['https://kb.example.org/*']);
    expect(server.calls).toHaveLength(0);
  });
});

it('a KB synced from another URL is fetched without the first URL’s validators', async () => {
  await replaceActiveKb(db, smallKb(2), { kind: 'url', url: 'https://other.example/kb.json', etag: '"x"' });
  const server = fakeFetch({ body: json(newerKb(3)) });
  await sync(server);
  expect(server.calls[0]!.init!.headers).toEqual({ accept: 'application/json' });
});
