/**
 * The hover card on real news pages (../shared/corpus/pages, served at run time, never copied)
 * at a desktop and a phone width, in English and German, light and dark: it opens on a rest of
 * the pointer and on a tap; its content fits its box, it and every button lie inside the window,
 * and no sentence appears twice in it. One browser per language (touch and mouse both), each
 * page loaded once and resized; the open delay is shortened to 100 ms in the settings (the real
 * delays have their own tests in card.spec.ts).
 */
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
  'engadget',
  'gne--163-huawei-mate20x',
  'gne--ednchina-ai-chip',
  'gne--sina-huawei-5g-chip',
  'markitdown--wikipedia-microsoft',
  'trafilatura--mpimet-klimasystem',
  'trafilatura--tomshardware-rtx',
];
const WIDTHS = [{ width: 1280, height: 900 }, { width: 400, height: 800 }];
const SCHEMES = ['light', 'dark'] as const;
const BUTTONS = { en: 'Background', de: 'Hintergrund' };

let server: StaticServer;
test.beforeAll(async () => {
  server = await startStaticServer({ root: CORPUS_DIR });
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
async function expectWholeCard(page: Page, label: string, language: 'en' | 'de'): Promise<void> {
  await page.locator(`${CARD}[data-placed]`).waitFor({ timeout: 5_000 });
  const fit = await cardFit(page);
  expect(fit.problems, `${label}: card ${JSON.stringify(fit.box)} in ${JSON.stringify(fit.viewport)}`).toEqual([]);
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
          for (const scheme of SCHEMES) {
            await page.emulateMedia({ colorScheme: scheme });
            const label = `${name} ${viewport.width}px ${language} ${scheme}`;
            const mark = await reachableMark(page);
            expect(mark, `${label}: a mark to point at`).not.toBeNull();

            // Resting the pointer.
            await page.mouse.move(mark!.x, mark!.y, { steps: 2 });
            await expectWholeCard(page, `${label} (rest)`, language);
            await page.mouse.move(1, 1);
            await cardGone(page);

            // A tap; the card's own close button (a tap elsewhere could follow a link of the page).
            await page.touchscreen.tap(mark!.x, mark!.y);
            await expectWholeCard(page, `${label} (tap)`, language);
            const close = await page.locator(`${CARD} button.close`).boundingBox();
            await page.touchscreen.tap(close!.x + close!.width / 2, close!.y + close!.height / 2);
            await cardGone(page);
          }
        }
      });
    }
  });
}
