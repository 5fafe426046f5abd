/**
 * The card without CSS.highlights.highlightsFromPoint: Firefox 140 to 149 (the build's minimum is
 * 140) and older Chromiums do not have it, and the content script then finds the mark under the
 * pointer from document.caretPositionFromPoint (lib/card/mark-at-point.ts). Firefox ESR here is
 * 153 and has it, so that path runs here in Chromium started with the feature switched off.
 */
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { test as base, expect, collectErrors, EXTENSION_DIR, CHROMIUM_PATH } from './fixtures.ts';
import { extensionFlags } from './chromium-flags.ts';
import { startStaticServer, type StaticServer } from './static-server.ts';
import { CARD, pointAtMark, waitForMarks } from '../fixtures/card/e2e-helpers.ts';
import { EXPECTED_MARKS } from '../fixtures/pages/expected-marks.ts';

const test = base.extend<{ context: BrowserContext }>({
  context: async ({}, use) => {
    const context = await chromium.launchPersistentContext('', {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: [...extensionFlags(EXTENSION_DIR), '--disable-blink-features=HighlightsFromPoint'],
    });
    await use(context);
    await context.close();
  },
});

let server: StaticServer;
test.beforeAll(async () => {
  server = await startStaticServer({ root: path.resolve('tests/fixtures/pages') });
});
test.afterAll(() => server.stop());

async function openEnglishPage(page: Page): Promise<void> {
  await page.goto(server.url('/english.html'));
  await waitForMarks(page, EXPECTED_MARKS['english.html'].page.length);
  expect(await page.evaluate(() => typeof (CSS.highlights as { highlightsFromPoint?: unknown }).highlightsFromPoint)).toBe('undefined');
}

test('without highlightsFromPoint, resting on a mark still opens its card', async ({ page }) => {
  const errors = collectErrors(page);
  await openEnglishPage(page);
  await pointAtMark(page, 'Huawei', 1);
  await expect(page.locator(CARD)).toHaveAttribute('data-entity', 'huawei', { timeout: 3_000 });
  await pointAtMark(page, 'NVIDIA H100');
  await expect(page.locator(CARD)).toHaveAttribute('data-entity', 'nvidia-h100', { timeout: 3_000 });
  expect(errors).toEqual([]);
});

// Found by this test: caretPositionFromPoint stops at the shadow host unless the root is named.
test('without highlightsFromPoint, a mark in the page\'s open shadow root opens its card too', async ({ page }) => {
  const errors = collectErrors(page);
  await openEnglishPage(page);
  // pointAtMark cannot order marks across trees: find the shadow root's mark by hand.
  const point = await page.evaluate(() => {
    const root = document.getElementById('host')!.shadowRoot!;
    root.host.scrollIntoView({ block: 'center' });
    const range = [...CSS.highlights.values()].flatMap((h) => [...h] as Range[]).find((r) => r.startContainer.getRootNode() === root)!;
    const box = range.getBoundingClientRect();
    return { text: range.toString(), x: box.left + box.width / 2, y: box.top + box.height / 2 };
  });
  expect(point.text).toBe('CUDA');
  await page.mouse.move(point.x, point.y, { steps: 3 });
  await expect(page.locator(CARD)).toHaveAttribute('data-entity', 'cuda', { timeout: 3_000 });
  expect(errors).toEqual([]);
});
