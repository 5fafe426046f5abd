/**
 * The card's switches, in one browser with three tabs: two on one site, one on another (the same
 * server as 127.0.0.1 and as localhost). "Not on this site" removes the name's marks in both tabs
 * of that site and leaves the other; "Hide … everywhere" removes them in all three; "Pause
 * everywhere" removes every mark. Each is undone from the notice, which stays when the card has
 * closed; each is stored (a reload keeps it).
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { startStaticServer, type StaticServer } from './static-server';
import { articleHtml, SEED_ARTICLE } from '../../scripts/demo';
import { CARD, cardBox, centre, pointAtMark, waitForMarks } from '../fixtures/card/e2e-helpers';

const NOTICE = 'kb-annotations-card .notice';
/** NVIDIA's own marks on the seed article (NVIDIA H100 is an entity of its own). */
const NVIDIA_MARKS = 11;

let server: StaticServer;
test.beforeAll(async () => {
  server = await startStaticServer({ routes: { '/article.html': { body: articleHtml(readFileSync(SEED_ARTICLE, 'utf8')) } } });
});
test.afterAll(async () => {
  await server?.stop();
});

/** How many marks read exactly `text` (every mark when none is given). */
function countMarks(page: Page, text?: string): Promise<number> {
  return page.evaluate((text) => {
    const marks = [...((CSS.highlights.get('kb-mark') as unknown as Iterable<Range>) ?? [])];
    return text === undefined ? marks.length : marks.filter((r) => r.toString() === text).length;
  }, text);
}

async function openMore(page: Page): Promise<void> {
  await pointAtMark(page, 'NVIDIA', 1);
  await expect(page.locator(CARD)).toBeVisible({ timeout: 3_000 });
  const inside = centre(await cardBox(page));
  await page.mouse.move(inside.x, inside.y, { steps: 3 });
  await page.locator(`${CARD} [data-action="more"]`).click();
}

test('Not on this site, Hide everywhere and Pause everywhere reach every open tab, are undone from the notice, and are stored', async ({ page, context, extensionId }) => {
  test.setTimeout(90_000);
  expect(extensionId).toBeTruthy();
  await page.setViewportSize({ width: 1100, height: 800 });
  const sameSite = await context.newPage();
  const otherSite = await context.newPage();
  await page.goto(server.url('/article.html'));
  await sameSite.goto(server.url('/article.html?again'));
  await otherSite.goto(server.url('/article.html').replace('127.0.0.1', 'localhost'));
  for (const tab of [page, sameSite, otherSite]) await waitForMarks(tab, 20);
  const nvidia = () => Promise.all([page, sameSite, otherSite].map((tab) => countMarks(tab, 'NVIDIA')));
  expect(await nvidia()).toEqual([NVIDIA_MARKS, NVIDIA_MARKS, NVIDIA_MARKS]);

  // Not on this site: NVIDIA goes from both tabs of 127.0.0.1, the card with it; the notice stays.
  await page.bringToFront();
  await openMore(page);
  await page.locator(`${CARD} [data-action="not-on-site"]`).click();
  await expect.poll(nvidia).toEqual([0, 0, NVIDIA_MARKS]);
  await expect(page.locator(CARD)).toHaveCount(0);
  await expect(page.locator(NOTICE)).toContainText('NVIDIA is no longer marked on 127.0.0.1.');
  expect(await countMarks(page, 'Huawei')).toBeGreaterThan(0); // the other names stay
  // Stored: a reload of the other tab of that site still has no NVIDIA.
  await sameSite.reload();
  await waitForMarks(sameSite, 10);
  expect(await countMarks(sameSite, 'NVIDIA')).toBe(0);
  // Undo brings them back everywhere.
  await page.locator(`${NOTICE} [data-action="undo"]`).click();
  await expect.poll(nvidia).toEqual([NVIDIA_MARKS, NVIDIA_MARKS, NVIDIA_MARKS]);
  await expect(page.locator(NOTICE)).toContainText('NVIDIA is marked on 127.0.0.1 again.');
  await expect(page.locator(`${NOTICE} [data-action="undo"]`)).toHaveCount(0);

  // Hide NVIDIA everywhere: gone from all three tabs, and after a reload of the other site.
  await openMore(page);
  await page.locator(`${CARD} [data-action="hide-entity"]`).click();
  await expect.poll(nvidia).toEqual([0, 0, 0]);
  await expect(page.locator(NOTICE)).toContainText('NVIDIA is no longer marked anywhere.');
  await otherSite.reload();
  await waitForMarks(otherSite, 10);
  expect(await countMarks(otherSite, 'NVIDIA')).toBe(0);
  await page.locator(`${NOTICE} [data-action="undo"]`).click();
  await expect.poll(nvidia).toEqual([NVIDIA_MARKS, NVIDIA_MARKS, NVIDIA_MARKS]);

  // Pause everywhere: no marks anywhere; Undo marks again.
  await openMore(page);
  await page.locator(`${CARD} [data-action="pause"]`).click();
  const all = () => Promise.all([page, sameSite, otherSite].map((tab) => countMarks(tab)));
  await expect.poll(all).toEqual([0, 0, 0]);
  await expect(page.locator(NOTICE)).toContainText('Marking is paused everywhere.');
  await page.locator(`${NOTICE} [data-action="undo"]`).click();
  await expect.poll(async () => (await all()).every((n) => n > 20)).toBe(true);
});

test('a page script’s click on a switch does nothing', async ({ page, extensionId }) => {
  expect(extensionId).toBeTruthy();
  await page.setViewportSize({ width: 1100, height: 800 });
  await page.goto(server.url('/article.html'));
  await waitForMarks(page, 20);
  await openMore(page);
  await page.evaluate(() => {
    const root = document.querySelector('kb-annotations-card')!.shadowRoot!;
    for (const action of ['not-on-site', 'hide-entity', 'pause']) root.querySelector<HTMLButtonElement>(`[data-action="${action}"]`)!.click();
  });
  await page.waitForTimeout(500); // a switch would have re-marked the tab by now
  expect(await countMarks(page, 'NVIDIA')).toBe(NVIDIA_MARKS);
  await expect(page.locator(NOTICE)).toHaveCount(0);
});
