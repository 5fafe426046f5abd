/**
 * The hover card on real news pages (../shared/corpus/pages, read at run time, never copied)
 * at a desktop and a phone width, in English and German, light and dark: it opens on a rest of
 * the pointer and on a tap; its content fits its box, it and every button lie inside the window,
 * and no sentence appears twice in it. One browser per language (touch and mouse both), each
 * page loaded once and resized; the open delay is shortened to 100 ms in the settings (the real
 * delays have their own tests in card.spec.ts). The pages are served without their scripts: cut
 * off from their own hosts, some of them redirect or rebuild themselves mid-test.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect, EXTENSION_DIR } from './fixtures';
import { startStaticServer, type StaticServer } from './static-server';
import { CORPUS_DIR, keepPagesLocal } from './your-knowledge-support';
import { CARD } from '../fixtures/card/e2e-helpers';
import { cardFit, reachableMark } from '../fixtures/card/card-fit';
import { extensionIdOf, launchWithExtension } from '../fixtures/card/launch';

/** Corpus pages with marks (`npm run --silent scan -- FILE` lists them). */
const PAGES = [
  'aeb--cnn-us-china-trade-war',
  'aeb--wccftech-stadia',
  'aeb--zdnet-best-gadgets',
  'gne--163-huawei-mate20x',
  'msn',
  'gne--ednchina-ai-chip',
  'gne--sina-huawei-5g-chip',
  'markitdown--wikipedia-microsoft',
  'trafilatura--mpimet-klimasystem',
  'trafilatura--tomshardware-rtx',
];
const WIDTHS = [{ width: 1280, height: 900 }, { width: 400, height: 800 }];
const BUTTONS = { en: 'Background', de: 'Hintergrund' };

const withoutScripts = (html: string) => html.replace(/<script\b[\s\S]*?<\/script\s*>/gi, '').replace(/<meta[^>]+http-equiv=["']?refresh[^>]*>/gi, '');

let server: StaticServer;
test.beforeAll(async () => {
  const routes = Object.fromEntries(PAGES.map((name) => [`/${name}.html`, { body: withoutScripts(readFileSync(path.join(CORPUS_DIR, `${name}.html`), 'utf8')) }]));
  server = await startStaticServer({ root: CORPUS_DIR, routes });
});
test.afterAll(async () => {
  await server?.stop();
});

/** The settings an extension page may change: here the card's delays. */
async function setDelays(context: BrowserContext, openDelayMs: number, closeDelayMs: number): Promise<void> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionIdOf(context)}/options.html`);
  await page.evaluate(
    (patch) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: 'settings:update', payload: patch }),
    { openDelayMs, closeDelayMs },
  );
  await page.close();
}

/** Waits for the card to be placed (polled in the page, not by the runner) and checks it whole. */
async function expectWholeCard(page: Page, label: string, language: 'en' | 'de', mark: { x: number; y: number }): Promise<void> {
  await page.locator(`${CARD}[data-placed]`).waitFor({ timeout: 5_000 });
  const fit = await cardFit(page);
  expect(fit.problems, `${label}: card ${JSON.stringify(fit.box)} in ${JSON.stringify(fit.viewport)}`).toEqual([]);
  const { left, top, width, height } = fit.box;
  const overMark = mark.x >= left && mark.x <= left + width && mark.y >= top && mark.y <= top + height;
  expect(overMark, `${label}: the card covers its mark`).toBe(false);
  expect(fit.buttons).toBeGreaterThanOrEqual(3);
  expect([fit.lang, fit.background]).toEqual([language, BUTTONS[language]]);
}

const cardGone = (page: Page) => page.locator(CARD).waitFor({ state: 'detached', timeout: 5_000 });

for (const language of ['en', 'de'] as const) {
  test.describe(`the card on corpus pages, ${language}`, () => {
    let context: BrowserContext;
    let page: Page;
    test.beforeAll(async () => {
      context = await launchWithExtension(EXTENSION_DIR, language, { hasTouch: true });
      await keepPagesLocal(context);
      await setDelays(context, 100, 0);
      page = await context.newPage();
    });
    test.afterAll(async () => {
      await context?.close();
    });

    for (const name of PAGES) {
      test(`${name}: opens on rest and on a tap, whole, at 1280 and 400 px, light and dark`, async () => {
        await page.goto(server.url(`/${name}.html`), { waitUntil: 'domcontentloaded' });
        await page.waitForFunction(() => (CSS.highlights.get('kb-mark') as unknown as Set<Range> | undefined)?.size, null, { timeout: 10_000 });
        for (const viewport of WIDTHS) {
          await page.setViewportSize(viewport);
          const label = (scheme: string, how: string) => `${name} ${viewport.width}px ${language} ${scheme} (${how})`;
          const mark = await reachableMark(page);
          expect(mark, `${name} ${viewport.width}px: a mark to point at`).not.toBeNull();

          // Resting the pointer, in the light; the same card again in the dark (the scheme
          // changes its colours, which the page under the mark may override, never its layout).
          await page.emulateMedia({ colorScheme: 'light' });
          await page.mouse.move(mark!.x, mark!.y, { steps: 2 });
          await expectWholeCard(page, label('light', 'rest'), language, mark!);
          await page.emulateMedia({ colorScheme: 'dark' });
          await expectWholeCard(page, label('dark', 'rest'), language, mark!);
          await page.mouse.move(1, 1);
          await cardGone(page);

          // A tap, in the dark, then the light; closed with the card's own button (a tap
          // elsewhere could follow a link of the page).
          await page.touchscreen.tap(mark!.x, mark!.y);
          await expectWholeCard(page, label('dark', 'tap'), language, mark!);
          await page.emulateMedia({ colorScheme: 'light' });
          await expectWholeCard(page, label('light', 'tap'), language, mark!);
          const close = await page.locator(`${CARD} button.close`).boundingBox();
          await page.touchscreen.tap(close!.x + close!.width / 2, close!.y + close!.height / 2);
          await cardGone(page);
        }
      });
    }
  });
}
