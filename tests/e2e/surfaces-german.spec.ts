/**
 * The side panel, the popup and the options page in a German browser: German words, German
 * names where German differs ("Chinesische Behörden"), German kinds, German quotation marks
 * („…“), relations said in German, and the knowledge base's German title. One browser.
 */
import { readFileSync } from 'node:fs';
import { test, expect, type Page } from '@playwright/test';
import { articleHtml, SEED_ARTICLE } from '../../scripts/demo.ts';
import { launchWithExtension } from '../fixtures/card/launch.ts';
import { EXTENSION_DIR } from './fixtures.ts';
import { grantHostPermission, tabIdOf, type Extension } from './sync-support.ts';
import { startStaticServer, type StaticServer } from './static-server.ts';

test.describe.configure({ mode: 'serial' });

let ext: Extension;
let server: StaticServer;
let tabId: number;
const open = async (path: string): Promise<Page> => {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/${path}`);
  return page;
};

test.beforeAll(async () => {
  server = await startStaticServer({ routes: { '/seed.html': { body: articleHtml(readFileSync(SEED_ARTICLE, 'utf8')) } } });
  const context = await launchWithExtension(EXTENSION_DIR, 'de');
  const worker = context.serviceWorkers()[0]!;
  ext = { context, worker, extensionId: new URL(worker.url()).host, close: () => context.close() };
  await grantHostPermission(ext, 'http://127.0.0.1/*');
  const seed = await context.newPage();
  await seed.goto(server.url('/seed.html'));
  await expect.poll(() => seed.evaluate(() => CSS.highlights.size)).toBeGreaterThan(0);
  const options = await open('options.html');
  tabId = await tabIdOf(options, server.url('/seed.html'));
  await options.close();
});

test.afterAll(async () => {
  await ext?.close();
  await server?.stop();
});

test('the side panel speaks German', async () => {
  const panel = await open(`sidepanel.html?tab=${tabId}#entity=nvidia`);
  await expect(panel.getByRole('heading', { level: 2, name: 'Auf dieser Seite' })).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Nächste Erwähnung von NVIDIA auf der Seite' })).toHaveText('Nächste');
  await expect(panel.locator('.name-background .kind')).toHaveText('Unternehmen');
  const map = panel.getByTestId('relation-map');
  await expect(map.getByRole('link', { name: 'abgeraten von Chinesische Behörden' })).toBeVisible();
  await expect(map.getByRole('link', { name: 'stellt her NVIDIA H100' })).toBeVisible();
  await panel.getByText('In Worten').click();
  await expect(panel.locator('.relation-list')).toContainText('Chinesische Behörden raten von NVIDIA ab');
  const entry = panel.getByTestId('timeline').locator('> li').first();
  await expect(entry.locator('.when')).toHaveText('ohne Datum');
  await expect(entry).toContainText('aus der Wissensbasis, die mit der Erweiterung kommt');
  // German quotation marks around every quote.
  const quotes = await entry.locator('blockquote').allTextContents();
  expect(quotes.length).toBeGreaterThan(0);
  for (const quote of quotes) expect(quote).toMatch(/^„.*“$/s);
  await panel.close();
});

test('the popup speaks German, its hide button named by what it shows', async () => {
  const popup = await open(`popup.html?tab=${tabId}`);
  await expect(popup.getByRole('heading', { level: 2, name: 'Auf dieser Seite' })).toBeVisible();
  await expect(popup.getByRole('button', { name: 'Ausblenden: NVIDIA auf dieser Website' })).toHaveText('Ausblenden');
  await expect(popup.getByRole('button', { name: 'In der Seitenleiste öffnen' })).toBeVisible();
  await popup.close();
});

test('the options page speaks German: sections, German names, why a name is not marked, the KB’s German title', async () => {
  const options = await open('options.html#entity=chinese-authorities');
  await expect(options.getByRole('heading', { level: 2 })).toHaveText(['Auf Ihren Seiten', 'Ihr Wissen', 'Wissensbasis']);
  await expect(options.getByTestId('kb-summary')).toContainText('DeepSeek R2, Huaweis Ascend-Chips und NVIDIA');
  await expect(options.getByRole('heading', { level: 3, name: 'Chinesische Behörden' })).toBeVisible();
  await expect(options.getByTestId('entity-status')).toHaveText('bewusst nicht markiert: eine Behörde, die die Geschichte erklärt');
  const list = options.getByRole('navigation', { name: 'Namen in der Wissensbasis' });
  await expect(list.locator('li[data-entity="chinese-authorities"] a')).toHaveText('Chinesische Behörden');
  await options.getByLabel('Namen suchen (jede Schreibweise und Sprache)').fill('behörden');
  await expect(list.getByRole('link')).toHaveText(['Chinesische Behörden']);
  await options.close();
});
