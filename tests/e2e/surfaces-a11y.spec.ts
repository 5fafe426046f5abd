/**
 * axe-core on the extension's own pages, each in light and dark: the popup, the options page and
 * the side panel (showing a name with its relation map, the "mentioned together" group included,
 * its timeline and its note). The pages are opened as ordinary tabs with their test hooks
 * (`?tab=ID`). One browser for the file.
 */
import { readFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { test, expect, type Page } from '@playwright/test';
import { articleHtml, SEED_ARTICLE } from '../../scripts/demo.ts';
import { askBackgroundFrom, grantHostPermission, launchExtension, tabIdOf, type Extension } from './sync-support.ts';
import { startStaticServer, type StaticServer } from './static-server.ts';

test.describe.configure({ mode: 'serial' });

/** An article of the reader's where NVIDIA and DeepSeek (no curated relation between them) share sentences. */
const TOGETHER = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Chips, together</title>
<meta name="date" content="2026-03-02"></head><body><article><h1>Who sells AI chips in China</h1>
${'<p>DeepSeek trains its models on NVIDIA chips, and buyers compare the two all the time when they plan new data centres. Each quarter brings new numbers from both companies, and analysts keep asking what export rules will allow next.</p>'.repeat(4)}
</article></body></html>`;

let ext: Extension;
let server: StaticServer;
let tabId: number;

test.beforeAll(async () => {
  server = await startStaticServer({ routes: { '/seed.html': { body: articleHtml(readFileSync(SEED_ARTICLE, 'utf8')) }, '/together.html': { body: TOGETHER } } });
  ext = await launchExtension();
  for (const blank of ext.context.pages()) await blank.close();
  await grantHostPermission(ext, 'http://127.0.0.1/*');
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  const together = await ext.context.newPage();
  await together.goto(server.url('/together.html'));
  await expect.poll(() => together.evaluate(() => CSS.highlights.size)).toBeGreaterThan(0);
  const added = await askBackgroundFrom<{ ok: boolean }>(options, 'article:add', { tabId: await tabIdOf(options, server.url('/together.html')) });
  expect(added.ok).toBe(true);
  await askBackgroundFrom(options, 'note:set', { entity: 'nvidia', text: 'Watch the H20.' });
  const seed = await ext.context.newPage();
  await seed.goto(server.url('/seed.html'));
  tabId = await tabIdOf(options, server.url('/seed.html'));
  await options.close();
  await together.close();
});

test.afterAll(async () => {
  await ext?.close();
  await server?.stop();
});

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  // axe looked at real content: buttons or links and their colours.
  expect(results.passes.find((r) => r.id === 'color-contrast')?.nodes.length ?? 0).toBeGreaterThan(3);
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

const pages: [string, () => string, (page: Page) => Promise<void>][] = [
  ['the popup', () => `popup.html?tab=${tabId}`, (page) => expect(page.getByTestId('marks')).toBeVisible()],
  ['the options page', () => 'options.html#entity=nvidia', (page) => expect(page.getByTestId('timeline')).toBeVisible()],
  [
    'the side panel',
    () => `sidepanel.html?tab=${tabId}#entity=nvidia`,
    async (page) => {
      await expect(page.getByTestId('relation-map').locator('a.inferred')).toHaveCount(1);
      await expect(page.getByTestId('relation-map')).toContainText('Mentioned together in your articles');
      await expect(page.getByTestId('timeline').locator('> li')).toHaveCount(2);
      await expect(page.getByTestId('page-names')).toBeVisible();
    },
  ],
];

for (const scheme of ['light', 'dark'] as const) {
  for (const [name, path, ready] of pages) {
    test(`axe finds nothing on ${name} (${scheme})`, async () => {
      const page = await ext.context.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width: name === 'the options page' ? 1100 : 380, height: 900 });
      await page.goto(`chrome-extension://${ext.extensionId}/${path()}`);
      await ready(page);
      expect(await violations(page)).toEqual([]);
      await page.close();
    });
  }
}
