/**
 * The keyboard path. A test cannot press the browser's extension shortcuts (they are handled
 * by the browser, not the page), so these tests check the shortcuts are registered, then send
 * the very message the background's command listener sends ('marks:step' to the tab's top
 * frame) from the service worker; tests/unit/card-commands.test.ts covers the listener itself.
 */
import { readFileSync } from 'node:fs';
import type { Worker } from '@playwright/test';
import { test, expect } from './fixtures';
import { startStaticServer, type StaticServer } from './static-server';
import { articleHtml, SEED_ARTICLE } from '../../scripts/demo';
import { CARD, focusInCard, sendToActiveTab, waitForMarks } from '../fixtures/card/e2e-helpers';

let server: StaticServer;
let worker: Worker;

test.beforeAll(async () => {
  server = await startStaticServer({ routes: { '/article.html': { body: articleHtml(readFileSync(SEED_ARTICLE, 'utf8')) } } });
});
test.afterAll(async () => {
  await server?.stop();
});

test.beforeEach(async ({ page, context, extensionId }) => {
  expect(extensionId).toBeTruthy();
  worker = context.serviceWorkers()[0]!;
  await page.setViewportSize({ width: 1000, height: 700 });
  await page.goto(server.url('/article.html'));
  await waitForMarks(page, 10);
  await page.evaluate(() => {
    const button = document.createElement('button');
    button.id = 'page-button';
    button.textContent = 'A button of the page';
    document.querySelector('h1')!.after(button);
  });
  await page.focus('#page-button');
});

test('the shortcuts are registered: Alt+Shift+Period and Alt+Shift+Comma', async () => {
  const commands = await worker.evaluate(() =>
    (globalThis as unknown as { chrome: { commands: { getAll(): Promise<{ name: string; shortcut: string }[]> } } }).chrome.commands.getAll(),
  );
  expect(commands).toEqual(expect.arrayContaining([
    expect.objectContaining({ name: 'next-mark', shortcut: 'Alt+Shift+Period' }),
    expect.objectContaining({ name: 'previous-mark', shortcut: 'Alt+Shift+Comma' }),
  ]));
});

test('next mark opens its card with focus inside; Tab walks the card; Esc gives focus back', async ({ page }) => {
  await sendToActiveTab(worker, 'marks:step', { direction: 1 });
  const card = page.locator(CARD);
  await expect(card).toBeVisible();
  // The first mark at or below the top of the viewport: the headline's "DeepSeeks R2", where the
  // genitive breaks the code off (rule 7), so the first mark is DeepSeek's (R2 is the next).
  await expect(card).toHaveAttribute('data-entity', 'deepseek');
  await expect.poll(() => focusInCard(page)).toBe('section[role=dialog]');
  await expect(page.locator('kb-annotations-card [role="status"]')).toHaveText('DeepSeek, company, mention 1 of 5');

  const inCard = () =>
    page.evaluate(() => {
      const inner = document.querySelector('kb-annotations-card')?.shadowRoot?.activeElement;
      return document.activeElement?.tagName === 'KB-ANNOTATIONS-CARD' && inner ? (inner.getAttribute('aria-label') ?? inner.textContent) : null;
    });
  const visited: string[] = [];
  for (let focused = null as string | null, i = 0; i < 20; i++) {
    await page.keyboard.press('Tab');
    if ((focused = await inCard()) === null) break;
    visited.push(focused);
  }
  expect(visited).toEqual(expect.arrayContaining(['Close', 'DeepSeek R2', 'Huawei', 'Next mention', 'Background']));
  expect(visited.at(-1)).toBe('More');

  // Back into the card, then Esc: closed, and focus is where it was before the shortcut.
  await page.keyboard.press('Shift+Tab');
  expect(await inCard()).toBe('More');
  await page.keyboard.press('Escape');
  await expect(card).toHaveCount(0);
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('page-button');
});

test('Esc right after the shortcut closes the card and gives focus back', async ({ page }) => {
  await sendToActiveTab(worker, 'marks:step', { direction: 1 });
  await expect.poll(() => focusInCard(page)).toBe('section[role=dialog]');
  await page.keyboard.press('Escape');
  await expect(page.locator(CARD)).toHaveCount(0);
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('page-button');
});

test('next and previous move mark by mark, scroll it into view and wrap around', async ({ page }) => {
  const seen: string[] = [];
  for (let i = 0; i < 3; i++) {
    await sendToActiveTab(worker, 'marks:step', { direction: 1 });
    await expect(page.locator(CARD)).toBeVisible();
    await expect.poll(() => focusInCard(page)).toBe('section[role=dialog]');
    seen.push((await page.locator(CARD).getAttribute('data-entity'))!);
  }
  expect(seen).toEqual(['deepseek', 'deepseek-r2', 'huawei']); // "DeepSeeks R2": two marks
  await sendToActiveTab(worker, 'marks:step', { direction: -1 });
  await expect(page.locator(CARD)).toHaveAttribute('data-entity', 'deepseek-r2');

  // From the first mark, previous wraps to the last one, far down the page, and scrolls there.
  await sendToActiveTab(worker, 'marks:step', { direction: -1 });
  await sendToActiveTab(worker, 'marks:step', { direction: -1 });
  await expect(page.locator(CARD)).toHaveAttribute('data-entity', 'nvidia');
  await expect(page.locator(`${CARD} .mentions`)).toContainText('mention 11 of 11');
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
  const box = await page.locator(CARD).boundingBox();
  expect(box!.y).toBeGreaterThanOrEqual(0);
  expect(box!.y + box!.height).toBeLessThanOrEqual(700);
});

test('the popup’s reveal opens the first mention of an entity, and says when there is none', async ({ page }) => {
  expect(await sendToActiveTab(worker, 'marks:reveal', { entity: 'cuda' })).toBe(true);
  await expect(page.locator(CARD)).toHaveAttribute('data-entity', 'cuda');
  expect(await sendToActiveTab(worker, 'marks:reveal', { entity: 'financial-times' })).toBe(false);
});

test('the side panel’s reveal with next goes on to the next mention, wrapping, its mark emphasised', async ({ page }) => {
  const current = () =>
    page.evaluate(() => {
      const ranges = [...((CSS.highlights.get('kb-current') as unknown as Iterable<Range>) ?? [])];
      const all = [...(CSS.highlights.get('kb-mark') as unknown as Iterable<Range>)].sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
      return ranges.map((r) => `${r.toString()} #${all.filter((m) => m.toString() === r.toString()).indexOf(r)}`);
    });
  const mentions: string[] = [];
  for (let i = 0; i < 6; i++) {
    expect(await sendToActiveTab(worker, 'marks:reveal', { entity: 'deepseek', next: true })).toBe(true);
    await expect(page.locator(`${CARD} .mentions`)).toContainText(`mention ${(i % 5) + 1} of 5`);
    mentions.push((await current()).join());
  }
  expect(new Set(mentions.slice(0, 5)).size).toBe(5); // five mentions, each emphasised in turn
  expect(mentions[5]).toBe(mentions[0]); // and round again
});
