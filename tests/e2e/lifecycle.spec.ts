/**
 * Updating, reloading and uninstalling the extension while a page is open: no doubled marks, no
 * orphaned card, no errors in the page, and after an uninstall nothing of the extension left in it.
 *
 * The page has marks in its top frame and in a same-origin frame (the content script runs in
 * all frames), and the card is open when the extension goes away. Each test has its own browser
 * with its own copy of the build (lifecycle-support.ts).
 *
 * What happens, as measured here (Chromium 156):
 * - An update or a reload (chrome.runtime.reload() fires onInstalled with reason 'update') does
 *   not inject the new content script into open tabs: that would need the "scripting" permission
 *   and host access to every site, which the extension does not ask for. The orphaned copy finds
 *   out on its own (the content script's periodic ctx.isValid check, every 5 s) and takes its
 *   marks and card away; the tab is marked again, once, on its next load.
 * - An uninstall is noticed the same way, within that period.
 * - If the extension's permissions changed while the page was open (a sync grants a host
 *   permission), browser.runtime is undefined in the orphaned copy; its clean-up still runs
 *   (last test; found by this spec and fixed in entrypoints/content/index.ts).
 */
import { test, expect, collectErrors } from './fixtures.ts';
import type { Page } from '@playwright/test';
import { startStaticServer, type StaticServer } from './static-server.ts';
import { grantHostPermission } from './sync-support.ts';
import { CARD, pointAtMark } from '../fixtures/card/e2e-helpers.ts';
import {
  countScriptStarts,
  ExtensionCopy,
  installedEvents,
  installedIds,
  launchCopy,
  pageState,
  reloadExtension,
  total,
  uninstallExtension,
  watchPage,
  type LoadedExtension,
} from './lifecycle-support.ts';

/** The orphaned copy checks every 5 s (entrypoints/content/index.ts); leave room for a slow machine. */
const ORPHAN_NOTICE_MS = 9_000;

const page = (body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Chips</title>
<style>body { margin: 0; padding: 24px; font: 16px/1.5 serif; }</style></head><body>${body}</body></html>`;

let server: StaticServer;
let copy: ExtensionCopy | undefined;
let ext: LoadedExtension | undefined;

test.beforeAll(async () => {
  server = await startStaticServer({
    routes: {
      '/article.html': {
        body: page(`<article><h1>Chips</h1>
<p>DeepSeek trained its model on NVIDIA H100 chips with CUDA.</p>
<p>Huawei offers the Ascend 910C instead.</p>
<iframe src="/frame.html" width="600" height="120"></iframe></article>`),
      },
      '/frame.html': { body: page('<p>NVIDIA and Huawei, again.</p>') },
    },
  });
});

test.afterAll(async () => {
  await server?.stop();
});

test.afterEach(async () => {
  await ext?.close();
  ext = undefined;
  copy?.remove();
  copy = undefined;
});

/** The article open with its marks counted in both frames. */
async function openArticle(ext: LoadedExtension): Promise<{ tab: Page; errors: string[]; marks: number }> {
  await countScriptStarts(ext.context);
  const tab = await ext.context.newPage();
  const errors = collectErrors(tab);
  await tab.setViewportSize({ width: 1000, height: 700 });
  await tab.goto(server.url('/article.html'));
  // 5 marks in the top frame (DeepSeek, NVIDIA H100, CUDA, Huawei, Ascend 910C), 2 in the frame.
  await expect.poll(async () => (await pageState(tab)).map((s) => s.marks), { timeout: 10_000 }).toEqual([5, 2]);
  return { tab, errors, marks: 7 };
}

/** Rests the pointer on NVIDIA H100 until its card is open: one host on the page. */
async function openCard(tab: Page): Promise<void> {
  await pointAtMark(tab, 'NVIDIA H100');
  await expect(tab.locator(CARD)).toBeVisible({ timeout: 5_000 });
  expect(total(await pageState(tab), 'hosts')).toBe(1);
}

/** The article open with its marks counted in both frames and the card open on NVIDIA. */
async function openArticleWithCard(ext: LoadedExtension): Promise<{ tab: Page; errors: string[]; marks: number }> {
  const opened = await openArticle(ext);
  await openCard(opened.tab);
  return opened;
}

test('a reload or update: the orphaned copy takes its marks and card away by itself; nothing doubled, no errors', async () => {
  copy = new ExtensionCopy();
  ext = await launchCopy(copy);
  const { tab, errors, marks } = await openArticleWithCard(ext);

  const worker = await reloadExtension(ext);
  // The event comes a moment after the new worker's first line ran.
  await expect.poll(() => installedEvents(worker)).toEqual([{ reason: 'update', previousVersion: '0.1.0' }]);

  const started = Date.now();
  let gone = false;
  let maxMarks = 0;
  let maxHosts = 0;
  while (!gone && Date.now() - started < ORPHAN_NOTICE_MS) {
    const { maxMarks: m, maxHosts: h, last } = await watchPage(tab, 300);
    maxMarks = Math.max(maxMarks, m);
    maxHosts = Math.max(maxHosts, h);
    gone = total(last, 'marks') === 0 && total(last, 'hosts') === 0;
  }
  test.info().annotations.push({ type: 'orphan cleanup', description: `marks and card gone ${Date.now() - started} ms after the reload` });
  expect(gone, 'the orphaned content script removed its marks and card').toBe(true);
  expect(maxMarks).toBeLessThanOrEqual(marks);
  expect(maxHosts).toBeLessThanOrEqual(1);
  // Not re-injected: the extension may not script this page.
  expect((await pageState(tab)).map((s) => s.starts)).toEqual([1, 1]);
  expect(errors).toEqual([]);

  // The next load is marked by the new version, once.
  await tab.reload();
  await expect.poll(async () => (await pageState(tab)).map((s) => s.marks), { timeout: 10_000 }).toEqual([5, 2]);
  expect(errors).toEqual([]);
});

test('uninstalling leaves nothing behind in an open page', async () => {
  copy = new ExtensionCopy();
  ext = await launchCopy(copy);
  const { tab, errors } = await openArticle(ext);
  // The page as it was before the card added its host: the extension changes nothing else.
  const before = await tab.evaluate(() => document.documentElement.outerHTML);
  await openCard(tab);

  await uninstallExtension(ext);
  expect(await installedIds(ext.extensionsPage)).not.toContain(ext.extensionId);

  const started = Date.now();
  await expect
    .poll(async () => (await pageState(tab)).map((s) => [s.marks, s.hosts]), { timeout: ORPHAN_NOTICE_MS, intervals: [100] })
    .toEqual([
      [0, 0],
      [0, 0],
    ]);
  test.info().annotations.push({ type: 'uninstall cleanup', description: `marks and card gone ${Date.now() - started} ms after the uninstall` });
  // No highlight of ours is registered any more, in either frame.
  for (const frame of tab.frames()) expect(await frame.evaluate(() => [...CSS.highlights.keys()].filter((n) => n.startsWith('kb-')))).toEqual([]);
  expect(await tab.evaluate(() => document.documentElement.outerHTML)).toBe(before);

  // Its observers are gone too: new text with the names stays unmarked.
  await tab.evaluate(() => document.querySelector('article')!.insertAdjacentHTML('beforeend', '<p>NVIDIA, CUDA and DeepSeek once more.</p>'));
  await tab.waitForTimeout(1_000);
  expect(total(await pageState(tab), 'marks')).toBe(0);
  expect(errors).toEqual([]);
});

test('uninstalling after site access was granted while the tab was open (as a sync grants it) leaves nothing behind', async () => {
  copy = new ExtensionCopy();
  ext = await launchCopy(copy);
  const { tab, errors } = await openArticleWithCard(ext);
  // What 'Sync now' does for a URL on this host: the optional host permission, granted now.
  await grantHostPermission(ext, 'http://127.0.0.1/*');
  await tab.bringToFront();

  await uninstallExtension(ext);
  // The card goes first (its own onInvalidated listener in card-controller.ts): the copy noticed.
  await expect.poll(async () => total(await pageState(tab), 'hosts'), { timeout: ORPHAN_NOTICE_MS, intervals: [100] }).toBe(0);
  await tab.waitForTimeout(300);
  // Found by this test: after such a permission change browser.runtime is undefined in the
  // orphaned copy, and its clean-up used to throw before removing the marks.
  expect((await pageState(tab)).map((s) => [s.marks, s.hosts])).toEqual([
    [0, 0],
    [0, 0],
  ]);
  expect(errors).toEqual([]);
});
