/**
 * The popup for a tab: its marks by entity under "On this page", reveal, hide on this site with
 * Undo, 'Mark on this site', 'Pause everywhere' and pages it cannot mark. The popup is opened as an ordinary tab with the test hook
 * `popup.html?tab=ID` (components/popup/popup-target.ts), pointed at the article's tab.
 */
import { test, expect, type Page } from '@playwright/test';
import { markedTexts } from './page-marks.ts';
import { grantHostPermission, html, launchExtension, startKbServer, tabIdOf, type Extension, type KbServer } from './sync-support.ts';

test.describe.configure({ mode: 'serial' });

let ext: Extension;
let server: KbServer;
let article: Page;
let popup: Page;
const EXPECTED = ['CUDA', 'DeepSeek', 'NVIDIA', 'NVIDIA'];

test.beforeAll(async () => {
  server = await startKbServer({
    '/article.html': html(
      '<article><p>DeepSeek wrote CUDA kernels.</p><div style="height:3000px"></div><p id="far">NVIDIA sells chips; NVIDIA leads.</p></article>',
    ),
  });
  ext = await launchExtension();
  for (const blank of ext.context.pages()) await blank.close();
  // Only so the test can find the article's tab id by its URL; the popup does not need it.
  await grantHostPermission(ext, 'http://127.0.0.1/*');
  article = await ext.context.newPage();
  await article.goto(server.url('/article.html'));
  await expect.poll(() => markedTexts(article)).toEqual(EXPECTED);
  popup = await ext.context.newPage();
  await popup.goto(`chrome-extension://${ext.extensionId}/options.html`);
  const tabId = await tabIdOf(popup, server.url('/article.html'));
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tabId}`);
});

test.afterAll(async () => {
  await ext?.close();
  await server?.stop();
});

const marksList = () => popup.getByTestId('marks');

test('lists the page’s marks grouped by entity with counts, under a heading', async () => {
  await expect(popup.getByText('127.0.0.1', { exact: true })).toBeVisible();
  await expect(popup.getByRole('list', { name: 'On this page' })).toBeVisible();
  await expect(marksList().locator('li')).toHaveText([/NVIDIA\s*2/, /CUDA\s*1/, /DeepSeek\s*1/]);
});

test('a click scrolls to the first mark and opens its card', async () => {
  expect(await article.evaluate(() => scrollY)).toBe(0);
  await marksList().getByRole('button', { name: 'NVIDIA 2 on this page' }).click();
  await expect.poll(() => article.evaluate(() => scrollY)).toBeGreaterThan(1000);
  await expect(article.locator('[role="dialog"][data-entity="nvidia"]')).toBeAttached();
});

test('“Mark on this site” off removes the marks at once, and they stay off after a reload', async () => {
  await popup.getByRole('switch', { name: 'Mark on this site' }).uncheck();
  await expect.poll(() => markedTexts(article)).toEqual([]);
  await expect(popup.getByTestId('popup-notice')).toHaveText('Marking is off on 127.0.0.1.');
  await article.reload();
  await article.waitForTimeout(1000); // time for the content script to ask for its config
  expect(await markedTexts(article)).toEqual([]);
  await popup.getByRole('switch', { name: 'Mark on this site' }).check();
  await expect.poll(() => markedTexts(article)).toEqual(EXPECTED);
  await expect(marksList()).toBeVisible();
});

test('“Pause everywhere” works likewise', async () => {
  await popup.getByRole('switch', { name: 'Pause everywhere' }).check();
  await expect.poll(() => markedTexts(article)).toEqual([]);
  await expect(popup.getByTestId('popup-notice')).toHaveText(/^Paused everywhere/);
  await article.reload();
  await article.waitForTimeout(1000);
  expect(await markedTexts(article)).toEqual([]);
  await popup.getByRole('switch', { name: 'Pause everywhere' }).uncheck();
  await expect.poll(() => markedTexts(article)).toEqual(EXPECTED);
});

test('one entity can be hidden on this site only, with Undo, and the hide is stored', async () => {
  const hide = marksList().getByRole('button', { name: 'Hide NVIDIA on this site' });
  await expect(hide).toHaveText('Hide');
  await hide.click();
  await expect.poll(() => markedTexts(article)).toEqual(['CUDA', 'DeepSeek']);
  await expect(marksList().locator('li')).toHaveText([/CUDA\s*1/, /DeepSeek\s*1/]);
  await expect(popup.getByTestId('undo-notice')).toHaveText('NVIDIA is hidden on 127.0.0.1. Undo');
  // Stored: a reload of the page keeps it hidden.
  await article.reload();
  await article.waitForTimeout(1000); // time for the content script to ask for its config
  expect(await markedTexts(article)).toEqual(['CUDA', 'DeepSeek']);
  await popup.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => markedTexts(article)).toEqual(EXPECTED);
  await expect(popup.getByRole('status').filter({ hasText: 'NVIDIA is marked on 127.0.0.1 again.' })).toBeVisible();
  await expect(marksList().locator('li')).toHaveText([/NVIDIA\s*2/, /CUDA\s*1/, /DeepSeek\s*1/]);
  // Hidden again for the test below: the popup's list follows.
  await marksList().getByRole('button', { name: 'Hide NVIDIA on this site' }).click();
  await expect.poll(() => markedTexts(article)).toEqual(['CUDA', 'DeepSeek']);
});

test('a page without the content script says so', async () => {
  const browserPage = await ext.context.newPage();
  await browserPage.goto('chrome://version');
  const ids = await popup.evaluate(async () => {
    const tabs = await (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number; url?: string }[]> } } }).chrome.tabs.query({});
    return tabs.filter((t) => !t.url).map((t) => t.id);
  });
  expect(ids).toHaveLength(1);
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${ids[0]}`);
  await expect(popup.getByTestId('popup-notice')).toHaveText(/^This page isn’t marked: the extension isn’t running in it/);
  await expect(popup.getByRole('link', { name: 'Knowledge base and settings' })).toBeVisible();
  await browserPage.close();
});
