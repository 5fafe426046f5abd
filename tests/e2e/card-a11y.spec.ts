/**
 * axe-core on the open card (the hover card with "More" and "Why is this marked?" open, and the
 * pinned background view, light and dark), and the looks that are about access: the theme of the
 * page under the mark, dark mode, forced colours, reduced motion, a German browser.
 */
import { readFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, EXTENSION_DIR } from './fixtures';
import { startStaticServer, type StaticServer } from './static-server';
import { articleHtml, SEED_ARTICLE } from '../../scripts/demo';
import { launchWithExtension } from '../fixtures/card/launch';
import { CARD, cardBox, centre, pointAtMark, waitForMarks } from '../fixtures/card/e2e-helpers';

/** The seed article on a white page (as it is), on a dark page, and on a page with no background. */
const article = articleHtml(readFileSync(SEED_ARTICLE, 'utf8'));
const PAGES = {
  light: '/article.html',
  dark: '/article-dark.html',
  plain: '/article-plain.html',
};

let server: StaticServer;
test.beforeAll(async () => {
  server = await startStaticServer({ routes: {
    [PAGES.light]: { body: article },
    [PAGES.dark]: { body: article.replace('color: #222; background: #fff;', 'color: #e8e8e8; background: #16181c;') },
    [PAGES.plain]: { body: article.replace('color: #222; background: #fff;', '') },
  } });
});
test.afterAll(async () => {
  await server?.stop();
});

async function openCard(page: Page, expand: boolean, path = PAGES.light): Promise<void> {
  await page.setViewportSize({ width: 1100, height: 800 });
  await page.goto(server.url(path));
  await waitForMarks(page, 10);
  const { x, y } = await pointAtMark(page, 'NVIDIA', 1);
  if (expand) await page.mouse.click(x, y);
  await expect(page.locator(CARD)).toBeVisible({ timeout: 3_000 });
  if (expand) await expect(page.locator(CARD)).toHaveAttribute('data-expanded', 'true');
  await page.waitForTimeout(250); // past the 2px settle
}

async function axeViolations(page: Page): Promise<string[]> {
  // axe measures colour contrast only for content inside <body> (elsewhere it reports "unable
  // to determine"). The card's host sits after <body>, so move it in for the audit; the card
  // renders the same there.
  await page.evaluate(() => document.body.append(document.querySelector('kb-annotations-card')!));
  const results = await new AxeBuilder({ page }).include('kb-annotations-card').analyze();
  // axe did look inside the shadow root: it checked the card's buttons and colours.
  const checked = (id: string) => results.passes.find((r) => r.id === id)?.nodes.length ?? 0;
  expect(checked('button-name')).toBeGreaterThan(3);
  expect(checked('color-contrast')).toBeGreaterThan(3);
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

const DARK = { background: 'rgb(31, 32, 36)', color: 'rgb(236, 236, 239)' };
const LIGHT = { background: 'rgb(255, 255, 255)', color: 'rgb(27, 27, 31)' };
const cardColours = (page: Page) =>
  page.locator(CARD).evaluate((el) => ({ background: getComputedStyle(el).backgroundColor, color: getComputedStyle(el).color }));

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds nothing on the hover card with More and Why open (${scheme})`, async ({ page, extensionId }) => {
    expect(extensionId).toBeTruthy();
    await page.emulateMedia({ colorScheme: scheme });
    await openCard(page, false, PAGES[scheme]);
    const inside = centre(await cardBox(page));
    await page.mouse.move(inside.x, inside.y, { steps: 3 });
    await page.locator(`${CARD} [data-action="more"]`).click();
    await page.locator(`${CARD} [data-action="why"]`).click();
    await expect(page.locator(`${CARD} .why`)).toContainText('“NVIDIA” matches “NVIDIA”');
    expect(await cardColours(page)).toEqual(scheme === 'dark' ? DARK : LIGHT);
    expect(await axeViolations(page)).toEqual([]);
  });

  test(`axe finds nothing on the pinned background view (${scheme})`, async ({ page, extensionId }) => {
    expect(extensionId).toBeTruthy();
    await page.emulateMedia({ colorScheme: scheme });
    await openCard(page, true, PAGES[scheme]);
    expect(await cardColours(page)).toEqual(scheme === 'dark' ? DARK : LIGHT);
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('the card’s theme follows the page under the mark; the system’s only where the page has no background', async ({ page, extensionId }) => {
  expect(extensionId).toBeTruthy();
  await page.emulateMedia({ colorScheme: 'dark' });
  await openCard(page, false, PAGES.light);
  expect(await cardColours(page)).toEqual(LIGHT); // a dark system, a white article: a light card
  await page.emulateMedia({ colorScheme: 'light' });
  await openCard(page, false, PAGES.dark);
  expect(await cardColours(page)).toEqual(DARK); // a light system, a dark article: a dark card
  await openCard(page, false, PAGES.plain);
  expect(await cardColours(page)).toEqual(LIGHT);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(() => cardColours(page)).toEqual(DARK);
});

test('dark mode, forced colours and reduced motion are honoured', async ({ page, extensionId }) => {
  expect(extensionId).toBeTruthy();
  await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
  await openCard(page, false, PAGES.plain);
  const dark = await page.locator(CARD).evaluate((el) => {
    const s = getComputedStyle(el);
    return { background: s.backgroundColor, color: s.color, animation: s.animationName };
  });
  expect(dark).toEqual({ background: 'rgb(31, 32, 36)', color: 'rgb(236, 236, 239)', animation: 'none' });

  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference', forcedColors: 'active' });
  const forced = await page.locator(CARD).evaluate((el) => {
    const s = getComputedStyle(el);
    return { border: s.borderTopWidth, shadow: s.boxShadow, animation: s.animationName };
  });
  expect(forced).toEqual({ border: '2px', shadow: 'none', animation: 'appear' });
});

test('the card is fully opaque in the frame it opens in: its entrance moves it 2px and fades nothing', async ({ page }) => {
  await openCard(page, false);
  const entrance = await page.locator(CARD).evaluate((el) => {
    const s = getComputedStyle(el);
    const root = el.getRootNode() as ShadowRoot;
    const rules = [...root.adoptedStyleSheets, ...root.styleSheets].flatMap((sheet) => [...sheet.cssRules]);
    const appear = rules.find((r): r is CSSKeyframesRule => r instanceof CSSKeyframesRule && r.name === s.animationName);
    const animatesOpacity = appear ? [...appear.cssRules].some((k) => (k as CSSKeyframeRule).style.opacity !== '') : null;
    return { opacity: s.opacity, animation: s.animationName, animatesOpacity };
  });
  expect(entrance).toEqual({ opacity: '1', animation: 'appear', animatesOpacity: false });
});

test('a German browser gets the German card', async () => {
  const context = await launchWithExtension(EXTENSION_DIR, 'de');
  try {
    const page = await context.newPage();
    await openCard(page, true);
    await expect(page.locator(`${CARD} .kind`)).toHaveText('Unternehmen');
    await expect(page.locator(`${CARD} .summary`)).toContainText('US-Chipentwickler');
    await expect(page.locator(`${CARD} .relations`)).toContainText('DeepSeek R2 wird mit NVIDIA trainiert');
    await expect(page.locator(`${CARD} .relations`)).toContainText('Chinesische Behörden raten von NVIDIA ab');
    await expect(page.locator(`${CARD} #kb-card-story`)).toHaveText('In „DeepSeek R2, Huaweis Ascend-Chips und NVIDIA“');
    await expect(page.locator(`${CARD} .mentions`)).toContainText('Erwähnung 2 von 11 auf dieser Seite');
    await expect(page.locator(`${CARD} button.close`)).toHaveAttribute('aria-label', 'Schließen');
    await expect(page.locator(`${CARD} [data-action="more"]`)).toHaveText('Mehr');
    // German quotation marks around the quotes.
    const quotes = await page.locator(`${CARD} blockquote`).first().evaluate((q) => getComputedStyle(q).quotes);
    expect(quotes).toMatch(/^"„" "“"/);
  } finally {
    await context.close();
  }
});
