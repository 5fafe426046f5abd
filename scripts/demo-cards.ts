// `npm run demo`'s screenshots of the hover card on the seed article: the card and the background
// in place (1100 px, light), the card at a phone's width, the card on a dark page (the card takes
// the theme of the page under its mark), and the card in a German browser.
import path from 'node:path';
import type { Page } from '@playwright/test';

const CARD = 'kb-annotations-card [role="dialog"][data-entity="nvidia"]';

/** Rests the pointer on the first NVIDIA of the article's paragraphs until its card is placed;
 * returns the point it rested on. */
async function restOnNvidia(page: Page): Promise<{ x: number; y: number }> {
  await page.keyboard.press('Escape');
  await page.mouse.move(1, 1);
  await page.waitForFunction(() => CSS.highlights.get('kb-mark')?.size, undefined, { timeout: 10_000 });
  const point = await page.evaluate(() => {
    const walker = document.createTreeWalker(document.querySelector('article')!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.nodeValue!.indexOf('NVIDIA');
      if (at === -1 || node.parentElement?.tagName !== 'P') continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 6);
      node.parentElement.scrollIntoView({ block: 'center' });
      const r = range.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }
    throw new Error('no NVIDIA in the article');
  });
  await page.mouse.move(point.x - 200, point.y + 80);
  await page.mouse.move(point.x, point.y, { steps: 5 });
  await page.locator(`${CARD}[data-placed]`).waitFor({ timeout: 5_000 });
  await page.waitForTimeout(300); // let the fade-in finish
  return point;
}

/** Writes card.png, background.png, card-narrow.png and card-dark.png into `dir`. */
export async function screenshotCards(page: Page, dir: string): Promise<string[]> {
  const file = (name: string) => path.join(dir, name);
  const point = await restOnNvidia(page);
  await page.screenshot({ path: file('card.png') });

  await page.mouse.click(point.x, point.y);
  await page.locator(`${CARD}[data-expanded="true"]`).waitFor({ timeout: 5_000 });
  await page.waitForTimeout(300);
  await page.screenshot({ path: file('background.png') });

  const desktop = page.viewportSize()!;
  await page.setViewportSize({ width: 400, height: 800 });
  await restOnNvidia(page);
  await page.screenshot({ path: file('card-narrow.png') });
  await page.setViewportSize(desktop);

  // A fresh tab, darkened before any card opens (a card keeps the theme it read for its mark).
  const dark = await page.context().newPage();
  await dark.goto(page.url());
  await dark.addStyleTag({ content: 'body { background: #16181c; color: #dadce0; }' });
  await restOnNvidia(dark);
  await dark.screenshot({ path: file('card-dark.png') });
  await dark.close();
  await page.bringToFront();
  return ['card.png', 'background.png', 'card-narrow.png', 'card-dark.png'].map(file);
}

/** Writes card-de.png: the card as a reader with a German browser sees it. */
export async function screenshotGermanCard(page: Page, dir: string): Promise<string> {
  await restOnNvidia(page);
  const file = path.join(dir, 'card-de.png');
  await page.screenshot({ path: file });
  return file;
}
