/**
 * Privacy: the extension sends nothing anywhere but the sync URL the reader configured.
 *
 * One browser browses a dozen pages (eleven real news pages and a control page), rests on a mark
 * until the card opens and pins it, opens the options page and the popup, and syncs from a KB URL
 * on a second 127.0.0.1 server. Every request is recorded three ways (privacy-recorder.ts):
 *
 *  - CDP Network on every tab, with the initiator's stack: the pages' own requests and the
 *    content script's (which run in the page's renderer and carry the page's frame; the stack
 *    names chrome-extension://ID/content-scripts/content.js);
 *  - CDP Network on the extension's service worker, reached from a tab's CDP session with
 *    Target.attachToTarget (flatten: false), since context.newCDPSession() takes only pages and
 *    a browser-wide CDP Fetch interception was measured NOT to see the worker's fetch()es;
 *  - Playwright's context.on('request'), which does see the worker's requests
 *    (request.serviceWorker()) as well as the pages' and the content script's.
 *
 * context.route() blocks and counts everything that is not loopback (it intercepts the worker's
 * requests too), and the browser sends whatever gets past it (its own favicon fetches) to a sink
 * proxy on 127.0.0.1 that counts and refuses it: nothing leaves the machine, whoever asks. Before the real run, canary requests from the worker and from the content
 * script's own world prove that each layer catches what it must, so a silent recorder cannot
 * pass the test.
 */
import { test, expect, type Page } from '@playwright/test';
import { markedTexts } from './page-marks.ts';
import { browsedPages, CONTROL_PATH } from './privacy-pages.ts';
import { explainSinkHits, launchBehindSink, leavesMachine, privacyViolations, RequestRecorder, startSinkProxy, type SinkProxy } from './privacy-recorder.ts';
import { startStaticServer, type StaticServer } from './static-server.ts';
import { allowSiteAccess, answer, kbWithCambricon, startKbServer, type Extension, type KbServer } from './sync-support.ts';
import { CARD, pointAtMark } from '../fixtures/card/e2e-helpers.ts';

const CANARY = '/__privacy-canary/';

let ext: Extension | undefined;
let pages: StaticServer | undefined;
let kbServer: KbServer | undefined;
let sink: SinkProxy | undefined;

test.afterAll(async () => {
  await ext?.close();
  await pages?.stop();
  await kbServer?.stop();
  await sink?.stop();
});

test('browsing, the card, the options page, the popup and a sync ask nothing of anyone but the sync URL', async () => {
  test.setTimeout(90_000);
  const browsed = browsedPages();
  pages = await startStaticServer({ root: browsed.root, routes: browsed.routes });
  kbServer = await startKbServer({ '/kb.json': answer(JSON.stringify(kbWithCambricon(2))) });
  const syncUrl = kbServer.url('/kb.json');

  sink = await startSinkProxy();
  ext = await launchBehindSink(sink.url);
  const recorder = await RequestRecorder.start(ext.context, ext.extensionId);

  // --- Canaries: one request from each place the extension's code runs, each caught where it must be.
  const tab = await recorder.newPage('browsing');
  await tab.goto(pages.url(CONTROL_PATH));
  await expect.poll(() => markedTexts(tab).then((t) => t.length), { timeout: 10_000 }).toBeGreaterThan(0);
  const worker = ext.context.serviceWorkers()[0] ?? ext.worker;
  await worker.evaluate(
    async ([local, remote]) => {
      await fetch(local!).catch(() => undefined);
      await fetch(remote!).catch(() => undefined);
    },
    [pages.url(`${CANARY}worker`), `https://canary.invalid${CANARY}worker`],
  );
  await fetchFromContentScript(recorder, tab, ext.extensionId, [pages.url(`${CANARY}content`), `https://canary.invalid${CANARY}content`]);
  await expect.poll(() => canariesCaught(recorder)).toEqual({
    workerCdp: true,
    workerPlaywright: true,
    workerBlocked: true,
    contentCdpByExtension: true,
    contentPlaywright: true,
    contentBlocked: true,
  });
  // The canaries were the test's doing; from here on everything counts.
  const fromTest = (url: string) => url.includes(CANARY);

  // --- Browse a dozen pages.
  let marksOnCorpus = 0;
  for (const pagePath of browsed.paths) {
    await visit(tab, pages.url(pagePath));
    // Give the content script its document_idle start and first pass.
    await tab.waitForTimeout(400);
    marksOnCorpus += await markedTexts(tab).then((t) => t.length).catch(() => 0);
  }
  expect(marksOnCorpus, 'the extension marked the browsed pages').toBeGreaterThan(0);

  // --- The control page, the card (it asks the background for the entity's details), pinned.
  const control = await recorder.newPage('control');
  await control.setViewportSize({ width: 1100, height: 800 });
  await control.goto(pages.url(CONTROL_PATH));
  await expect.poll(() => markedTexts(control).then((t) => t.length), { timeout: 10_000 }).toBeGreaterThan(5);
  const point = await pointAtMark(control, 'NVIDIA');
  await expect(control.locator(CARD)).toBeVisible({ timeout: 5_000 });
  await control.mouse.click(point.x, point.y);
  await expect(control.locator(CARD)).toHaveAttribute('data-entity', 'nvidia');
  await control.waitForTimeout(500);
  await control.keyboard.press('Escape');

  // --- The options page, and a sync from a KB URL on a second 127.0.0.1 server.
  await allowSiteAccess(ext, 'http://127.0.0.1/*');
  const options = await recorder.newPage('options');
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await options.getByLabel('Knowledge base URL').fill(syncUrl);
  await options.getByRole('button', { name: 'Sync now' }).click();
  await expect(options.getByTestId('sync-outcome')).toContainText('Updated to version 2', { timeout: 10_000 });
  await expect.poll(() => markedTexts(control), { timeout: 10_000 }).toContain('Cambricon');

  // --- The popup.
  const popup = await recorder.newPage('popup');
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html`);
  await expect(popup.locator('main')).toBeVisible();
  await popup.waitForTimeout(500);

  // --- What was asked of whom.
  const requests = recorder.seen.filter((r) => !fromTest(r.url));
  const blocked = recorder.blocked.filter((b) => !fromTest(b.url));
  const problems = privacyViolations(requests, {
    extensionOrigin: recorder.extensionOrigin,
    syncUrl,
    pageOrigins: [pages.origin],
    blocked,
  });
  expect(problems).toEqual([]);
  // What reached the sink proxy was the pages' own (their hints and requests) or the browser's own services.
  const sunk = explainSinkHits(sink.hits, requests, browsed.html());
  expect(sunk.unexplained).toEqual([]);

  // The control page asks for itself and its icon; anything more while it was open is the extension's.
  const controlRequests = requests.filter((r) => r.layer === 'cdp-page' && r.tab === 'control' && !r.url.startsWith(recorder.extensionOrigin));
  const controlOwn = [pages.url(CONTROL_PATH), pages.url('/favicon.ico')];
  expect(controlRequests.map((r) => r.url)).toContain(pages.url(CONTROL_PATH));
  expect(controlRequests.filter((r) => !controlOwn.includes(r.url))).toEqual([]);

  // The sync server saw the sync and nothing else; the extension asked for the sync URL at least once.
  expect(kbServer.requests.map((r) => r.path)).toEqual(kbServer.requests.map(() => '/kb.json'));
  expect(kbServer.requests.length).toBeGreaterThan(0);
  const byExtension = requests.filter((r) => r.byExtension);
  expect(byExtension.some((r) => r.url === syncUrl && r.layer === 'cdp-worker')).toBe(true);
  expect(byExtension.some((r) => r.url === syncUrl && r.layer === 'playwright')).toBe(true);

  const outgoing = requests.filter((r) => leavesMachine(r.url));
  const blockedUrls = new Set(blocked.map((b) => b.url));
  const pastRoute = new Set(outgoing.filter((r) => !blockedUrls.has(r.url)).map((r) => r.url));
  const report = [
    `pages browsed: ${browsed.paths.length + 1} (${browsed.paths.length} ${browsed.source} pages and the control page), marks on the ${browsed.source} pages: ${marksOnCorpus}`,
    `requests checked: ${requests.length} (CDP on tabs ${count(requests, 'cdp-page')}, CDP on the service worker ${count(requests, 'cdp-worker')}, Playwright ${count(requests, 'playwright')})`,
    `made by the extension: ${byExtension.length}, to the sync URL: ${byExtension.filter((r) => r.url === syncUrl).length}, the rest to ${recorder.extensionOrigin}/`,
    `non-loopback: ${outgoing.length} records, ${blocked.length} requests blocked by route() (from the extension: ${blocked.filter((b) => b.byWorker || b.from.startsWith(recorder.extensionOrigin)).length}), ${pastRoute.size} past route() (the browser's own fetches for pages, such as favicons)`,
    `sink proxy: ${sink.hits.length} refused (${sunk.byPages.length} the pages' own, ${sunk.byBrowser.length} Chromium's own services, ${sunk.unexplained.length} unexplained)`,
  ];
  test.info().annotations.push({ type: 'requests', description: report.join('; ') });
  console.log(report.join('\n'));
});

/**
 * Some real pages send their own tab elsewhere after loading (Tom's Hardware goes to its
 * www.tomshardware.com/cc.html, blocked here); such a late navigation can abort the next goto.
 */
async function visit(page: Page, url: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await page.goto(url, { waitUntil: 'load' });
      if (page.url() === url) return;
    } catch (error) {
      // The late navigation either aborts this goto or replaces it (with the error page of
      // the blocked address): both are the page's doing, so try again.
      const interrupted = /ERR_ABORTED|interrupted by another navigation/.test(String(error));
      if (attempt >= 2 || !interrupted) throw error;
    }
    await page.waitForTimeout(200);
  }
}

function count(requests: { layer: string }[], layer: string): number {
  return requests.filter((r) => r.layer === layer).length;
}

/**
 * fetch()es from the content script's own world (its isolated world, whose origin is the
 * extension's), labelled with a script address under the extension, the way the content
 * script's own calls carry content-scripts/content.js on their stack.
 */
async function fetchFromContentScript(recorder: RequestRecorder, page: Page, extensionId: string, urls: string[]): Promise<void> {
  const session = await recorder.session(page);
  const contexts: { id: number; origin: string; auxData?: { frameId?: string; isDefault?: boolean } }[] = [];
  const onContext = (e: { context: (typeof contexts)[number] }) => contexts.push(e.context);
  session.on('Runtime.executionContextCreated', onContext);
  await session.send('Runtime.enable');
  await expect.poll(() => contexts.some((c) => c.origin === `chrome-extension://${extensionId}`)).toBe(true);
  const world = contexts.find((c) => c.origin === `chrome-extension://${extensionId}`)!;
  const expression = `Promise.all(${JSON.stringify(urls)}.map((u) => fetch(u).then((r) => r.status, (e) => String(e))))
//# sourceURL=chrome-extension://${extensionId}${CANARY}content-script.js`;
  await session.send('Runtime.evaluate', { contextId: world.id, expression, awaitPromise: true });
  session.off('Runtime.executionContextCreated', onContext);
  await session.send('Runtime.disable');
}

function canariesCaught(recorder: RequestRecorder) {
  const seen = recorder.seen;
  const has = (pred: (r: (typeof seen)[number]) => boolean) => seen.some(pred);
  return {
    workerCdp: has((r) => r.layer === 'cdp-worker' && r.url.endsWith(`${CANARY}worker`) && !leavesMachine(r.url)),
    workerPlaywright: has((r) => r.layer === 'playwright' && r.from === 'service-worker' && r.url.endsWith(`${CANARY}worker`) && !leavesMachine(r.url)),
    workerBlocked: recorder.blocked.some((b) => b.byWorker && b.url.endsWith(`${CANARY}worker`)),
    contentCdpByExtension: has((r) => r.layer === 'cdp-page' && r.byExtension && r.url.endsWith(`${CANARY}content`) && !leavesMachine(r.url)),
    contentPlaywright: has((r) => r.layer === 'playwright' && r.url.endsWith(`${CANARY}content`) && !leavesMachine(r.url)),
    contentBlocked: recorder.blocked.some((b) => !b.byWorker && b.url.endsWith(`${CANARY}content`)),
  };
}
