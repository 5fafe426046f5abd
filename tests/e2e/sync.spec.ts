/**
 * Sync from the options page against a real HTTP server on 127.0.0.1: a good sync re-marks an
 * open page without a reload; every bad answer is refused in its own words and leaves the
 * stored KB exactly as it was; 304, an older KB, roll back, two quick clicks and reset.
 * One browser for the whole file: the steps build on each other.
 */
import { test, expect, type Page } from '@playwright/test';
import { markedTexts } from './page-marks.ts';
import {
  allowSiteAccess,
  answer,
  askBackgroundFrom,
  autoSyncAlarm,
  fireAutoSyncSoon,
  bundledKb,
  hasPermission,
  html,
  kbWithCambricon,
  launchExtension,
  readStoredKbs,
  startKbServer,
  type Extension,
  type KbServer,
} from './sync-support.ts';

test.describe.configure({ mode: 'serial' });

const KEPT = 'Your knowledge base (version 2) was kept.';
let ext: Extension;
let server: KbServer;
let elsewhere: KbServer;
let options: Page;
let article: Page;

test.beforeAll(async () => {
  server = await startKbServer({
    '/article.html': html('<article><h1>Chips</h1><p>DeepSeek trained on NVIDIA hardware. Cambricon makes chips too.</p></article>'),
  });
  elsewhere = await startKbServer({ '/kb.json': answer(JSON.stringify(kbWithCambricon(9))) });
  ext = await launchExtension();
  options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  article = await ext.context.newPage();
  await article.goto(server.url('/article.html'));
  await expect.poll(() => markedTexts(article)).toEqual(['DeepSeek', 'NVIDIA']);
});

test.afterAll(async () => {
  await ext?.close();
  await server?.stop();
  await elsewhere?.stop();
});

async function syncNow(): Promise<void> {
  await options.bringToFront();
  await options.getByLabel('Knowledge base URL').fill(server.url('/kb.json'));
  await options.getByRole('button', { name: 'Sync now' }).click();
}

const outcome = () => options.getByTestId('sync-outcome');

/** The size cap, set in its field on the options page as a reader does, and waited for in the store. */
async function setLargestKb(megabytes: string): Promise<void> {
  await options.getByLabel('Largest knowledge base to sync or import:').fill(megabytes);
  await options.getByLabel('Largest knowledge base to sync or import:').press('Tab');
  await expect
    .poll(async () => (await askBackgroundFrom<{ settings: { maxKbMegabytes: number } }>(options, 'store:overview')).settings.maxKbMegabytes)
    .toBe(Number(megabytes));
}

test('the host permission is not granted at install', async () => {
  const granted = await hasPermission(options, 'http://127.0.0.1/*');
  expect(granted).toBe(false);
  await allowSiteAccess(ext, 'http://127.0.0.1/*');
});

test('a valid newer KB: the page reports it and an open page gains marks without a reload', async () => {
  server.handlers['/kb.json'] = answer(JSON.stringify(kbWithCambricon(2)), { etag: '"v2"' });
  await syncNow();
  const contexts = bundledKb().entities.reduce((n, e) => n + e.contexts.length, 0) + 1;
  const entities = bundledKb().entities.length + 1;
  await expect(outcome()).toContainText(`Updated to version 2: ${entities} names (1 new), ${contexts} quoted sentences`);
  await expect(options.getByTestId('kb-version')).toHaveText('2');
  await expect(options.getByTestId('kb-source')).toHaveText(server.url('/kb.json'));
  expect(await hasPermission(options, 'http://127.0.0.1/*')).toBe(true);
  const stored = await readStoredKbs(options);
  expect(stored.active?.kb.version).toBe(2);
  expect(stored.previous?.kb.version).toBe(1);
  // The answer did not wait for the open tab; the tab says when it has re-marked (no reload here),
  // and the options page says so: by then the new marks are there.
  await expect(options.getByTestId('sync-remarking')).toHaveText('All open tabs re-marked.', { timeout: 10_000 });
  expect(await markedTexts(article)).toEqual(['Cambricon', 'DeepSeek', 'NVIDIA']);
});

test('a 304 answer: already up to date', async () => {
  server.handlers['/kb.json'] = (req, res) => {
    if (req.headers['if-none-match'] === '"v2"') res.writeHead(304, { etag: '"v2"' }).end();
    else answer('{}')(req, res);
  };
  await syncNow();
  await expect(outcome()).toContainText('304: already up to date. You have version 2');
});

const bad = (mutate: (kb: ReturnType<typeof kbWithCambricon>) => void) => {
  const kb = kbWithCambricon(3);
  mutate(kb);
  return answer(JSON.stringify(kb));
};

const badAnswers: [string, () => void, string][] = [
  ['invalid JSON', () => (server.handlers['/kb.json'] = answer('{\n  "format": 1,\n  "version": 3,,\n}')), 'the file is not valid JSON (line 3, column 16'],
  ['a schema violation', () => (server.handlers['/kb.json'] = bad((kb) => (kb.entities[4]!.aliases = []))), 'Not updated: entities[4].aliases is empty.'],
  ['duplicate ids', () => (server.handlers['/kb.json'] = bad((kb) => (kb.entities.at(-1)!.id = 'huawei'))), 'is already the id of entities['],
  [
    'a relation to an unknown entity',
    () => (server.handlers['/kb.json'] = bad((kb) => kb.relations.push({ from: 'cambricon', type: 'competes-with', to: 'amd' }))),
    'names "amd", which is not an entity in this KB',
  ],
  [
    'a body over the cap (streamed, no Content-Length)',
    () =>
      (server.handlers['/kb.json'] = (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json', 'transfer-encoding': 'chunked' });
        const chunk = Buffer.alloc(256 * 1024, 0x20);
        let sent = 0;
        const pump = () => {
          while (sent < 7 * 1024 * 1024 && !res.destroyed) {
            sent += chunk.length;
            if (!res.write(chunk)) return void res.once('drain', pump);
          }
          res.end();
        };
        pump();
      }),
    'the file is larger than 5 MB, the largest knowledge base the sync settings allow',
  ],
  ['a 404', () => (server.handlers['/kb.json'] = answer('not found', { 'content-type': 'text/plain' }, 404)), 'the server has no file at that address (404 Not Found)'],
  ['a 500', () => (server.handlers['/kb.json'] = answer('oops', { 'content-type': 'text/plain' }, 500)), 'the server had an error (500 Internal Server Error)'],
  ['a timeout', () => (server.handlers['/kb.json'] = () => undefined), 'the server did not send the file within the time limit (1 s)'],
  [
    'a connection dropped mid-body',
    () =>
      (server.handlers['/kb.json'] = (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100000' });
        res.write('{"format": 1, "version": 3, "entities": [');
        setTimeout(() => res.destroy(), 100);
      }),
    'the connection broke off after',
  ],
  [
    'an HTML content type',
    () => (server.handlers['/kb.json'] = answer('<!doctype html><p>Please log in</p>', { 'content-type': 'text/html; charset=utf-8' })),
    'the server sent a web page (text/html), not a JSON file',
  ],
  [
    'a redirect to another origin',
    () => (server.handlers['/kb.json'] = answer('', { location: elsewhere.url('/kb.json') }, 302)),
    'the server sent the request on to another site, http://127.0.0.1:',
  ],
  ['an older version', () => (server.handlers['/kb.json'] = answer(JSON.stringify(bundledKb()))), 'the file has version 1, older than your version 2'],
];

for (const [name, serve, reason] of badAnswers) {
  test(`refused with its own message, the stored KB unchanged: ${name}`, async () => {
    if (name === 'a timeout') await askBackgroundFrom(options, 'settings:update', { syncTimeoutMs: 1000 });
    if (name.startsWith('a body over the cap')) await setLargestKb('5');
    const before = await readStoredKbs(options);
    serve();
    await syncNow();
    await expect(outcome()).toContainText(reason, { timeout: 10_000 });
    await expect(outcome()).toContainText(KEPT);
    expect(await readStoredKbs(options)).toEqual(before);
    // Nothing changed, so no tab is asked to re-mark (the timeout case changed a setting just before).
    if (name !== 'a timeout') await expect(options.getByTestId('sync-remarking')).toHaveCount(0);
    if (name === 'a timeout') await askBackgroundFrom(options, 'settings:update', { syncTimeoutMs: 30_000 });
    if (name.startsWith('a body over the cap')) await setLargestKb('128');
  });
}

test('an older version is taken when the reader confirms', async () => {
  await options.getByRole('button', { name: 'Use version 1 anyway' }).click();
  await expect(outcome()).toContainText('Updated to version 1');
  expect((await readStoredKbs(options)).active?.kb.version).toBe(1);
  await expect.poll(() => markedTexts(article)).toEqual(['DeepSeek', 'NVIDIA']);
});

test('roll back restores the previous KB and re-marks the page', async () => {
  await options.getByRole('button', { name: 'Roll back' }).click();
  await expect(options.getByTestId('kb-outcome')).toContainText('Rolled back to version 2');
  expect((await readStoredKbs(options)).active?.kb.version).toBe(2);
  await expect.poll(() => markedTexts(article)).toEqual(['Cambricon', 'DeepSeek', 'NVIDIA']);
});

test('two quick clicks make one sync, with progress shown', async () => {
  server.handlers['/kb.json'] = (req, res) => setTimeout(() => answer(JSON.stringify(kbWithCambricon(3)))(req, res), 600);
  const requestsBefore = server.requests.filter((r) => r.path === '/kb.json').length;
  await options.getByLabel('Knowledge base URL').fill(server.url('/kb.json'));
  await options.getByRole('button', { name: 'Sync now' }).dblclick();
  await expect(options.getByTestId('sync-progress')).toHaveText('Fetching…');
  await expect(outcome()).toContainText('Updated to version 3');
  await expect(options.getByTestId('sync-progress')).toHaveText('');
  expect(server.requests.filter((r) => r.path === '/kb.json').length - requestsBefore).toBe(1);
});

test('reset to the bundled KB', async () => {
  await options.getByRole('button', { name: 'Reset to the bundled knowledge base' }).click();
  await expect(options.getByTestId('kb-outcome')).toContainText('Reset to the bundled knowledge base, version 1');
  await expect(options.getByTestId('kb-source')).toHaveText('bundled with the extension');
  const stored = await readStoredKbs(options);
  expect(stored.active?.origin).toEqual({ kind: 'bundled' });
  expect(stored.previous?.kb.version).toBe(3);
  await expect.poll(() => markedTexts(article)).toEqual(['DeepSeek', 'NVIDIA']);
});

test.describe('auto-sync', () => {
  const alarm = () => autoSyncAlarm(ext);
  const fireSoon = () => fireAutoSyncSoon(ext);
  const lastAttempt = () => options.getByTestId('sync-last-attempt');

  test('switched on, it is due in a day; when it fires, the page shows the attempt and its result', async () => {
    server.handlers['/kb.json'] = answer(JSON.stringify(kbWithCambricon(4)));
    await options.getByRole('switch', { name: 'Sync automatically from this URL' }).check();
    await expect(lastAttempt()).toContainText('Next automatic sync:');
    const due = (await alarm())! - Date.now();
    expect(due).toBeGreaterThan(23.9 * 3_600_000);
    expect(due).toBeLessThan(24.1 * 3_600_000);
    await fireSoon();
    await expect(lastAttempt()).toContainText('automatic', { timeout: 10_000 });
    await expect(lastAttempt()).toContainText('Updated to version 4');
    await expect.poll(() => markedTexts(article)).toEqual(['Cambricon', 'DeepSeek', 'NVIDIA']);
  });

  test('after a failure it backs off: the next attempt comes in an hour, not a day', async () => {
    server.handlers['/kb.json'] = answer('oops', { 'content-type': 'text/plain' }, 503);
    await fireSoon();
    await expect(lastAttempt()).toContainText('Not updated: the server had an error (503 Service Unavailable)', { timeout: 10_000 });
    await expect(lastAttempt()).toContainText('1 automatic attempts in a row failed');
    const due = (await alarm())! - Date.now();
    expect(due).toBeGreaterThan(0.9 * 3_600_000);
    expect(due).toBeLessThan(1.1 * 3_600_000);
    await options.getByRole('switch', { name: 'Sync automatically from this URL' }).uncheck();
    await expect.poll(alarm).toBeNull();
  });
});
