/**
 * The card on a touch screen (Chromium's touch emulation; no mouse moves at all): a tap on a mark
 * opens its card, a tap elsewhere closes it; a tap on a name inside a link shows its card first
 * and a second tap follows the link. The open card's mark is emphasised in `kb-current`.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect, EXTENSION_DIR } from './fixtures';
import { startStaticServer, type StaticServer } from './static-server';
import { articlePage, CARD, markBoxes, centre, waitForMarks } from '../fixtures/card/e2e-helpers';
import { launchWithExtension } from '../fixtures/card/launch';

const page1 = articlePage(`<h1>Chips</h1>
<p id="plain">Huawei plans to sell more Ascend 910C chips this year, analysts say.</p>
<p>${'Words about markets. '.repeat(6)}</p>
<p>Read <a id="link" href="#further">what NVIDIA said</a> about exports.</p>
<div style="height: 1200px"></div><h2 id="further">Further</h2>`);

let server: StaticServer;
let context: BrowserContext;
let page: Page;
test.beforeAll(async () => {
  server = await startStaticServer({ routes: { '/touch.html': { body: page1 } } });
  context = await launchWithExtension(EXTENSION_DIR, undefined, { hasTouch: true });
  page = await context.newPage();
  await page.setViewportSize({ width: 400, height: 760 });
});
test.afterAll(async () => {
  await context?.close();
  await server?.stop();
});

/** The texts of the ranges in `kb-current` (none while no card is open). */
const current = () =>
  page.evaluate(() => [...((CSS.highlights.get('kb-current') as unknown as Iterable<Range>) ?? [])].map((r) => r.toString()));

async function tapMark(text: string): Promise<void> {
  const [box] = await markBoxes(page, text);
  const { x, y } = centre(box!);
  await page.touchscreen.tap(x, y);
}

test('a tap on a mark opens its card and emphasises the mark; a tap elsewhere closes it', async () => {
  await page.goto(server.url('/touch.html'));
  await waitForMarks(page, 3);
  expect(await current()).toEqual([]);
  await tapMark('Huawei');
  const card = page.locator(CARD);
  await expect(card).toHaveAttribute('data-entity', 'huawei');
  await expect(card).toHaveAttribute('data-expanded', 'false'); // the hover card, not the background
  expect(await current()).toEqual(['Huawei']);
  // Another mark: its card instead.
  await tapMark('Ascend 910C');
  await expect(card).toHaveAttribute('data-entity', 'ascend-910c');
  expect(await current()).toEqual(['Ascend 910C']);
  // The card's own buttons take taps without closing it.
  const next = await page.locator(`${CARD} [data-action="more"]`).boundingBox();
  await page.touchscreen.tap(next!.x + next!.width / 2, next!.y + next!.height / 2);
  await expect(page.locator(`${CARD} .more`)).toBeVisible();
  // A tap on plain text (the heading, which the card below the line leaves free) closes it.
  const plain = await page.locator('h1').boundingBox();
  await page.touchscreen.tap(plain!.x + 10, plain!.y + plain!.height / 2);
  await expect(card).toHaveCount(0);
  expect(await current()).toEqual([]);
});

test('a tap on a name in a link shows its card first; a second tap follows the link', async () => {
  await page.goto(server.url('/touch.html'));
  await waitForMarks(page, 3);
  await tapMark('NVIDIA');
  await expect(page.locator(CARD)).toHaveAttribute('data-entity', 'nvidia');
  expect(new URL(page.url()).hash).toBe('');
  await tapMark('NVIDIA');
  await expect.poll(() => new URL(page.url()).hash).toBe('#further');
});
