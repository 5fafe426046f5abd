/**
 * Behind the card's "More": "Why is this marked?" (the alias, its case rule, and what decided an
 * ambiguous name), "Add this article" on a real news page from ../shared/corpus (its sentences
 * then quoted in the card, with the page as their source), and "Open in side panel" (the panel,
 * or where there is none, the background in place).
 */
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';
import { startStaticServer, type StaticServer } from './static-server';
import { CORPUS_DIR, keepPagesLocal, readStore } from './your-knowledge-support';
import { articlePage, CARD, cardBox, centre, pointAtMark, waitForMarks } from '../fixtures/card/e2e-helpers';

let server: StaticServer;
test.beforeAll(async () => {
  server = await startStaticServer({
    root: CORPUS_DIR,
    routes: {
      '/why.html': { body: articlePage('<p>The Ascend chips power the new cluster.</p><p>Huawei plans the Ascend 920 for next year.</p>') },
    },
  });
});
test.afterAll(async () => {
  await server?.stop();
});

async function openMore(page: Page, text: string, nth = 0): Promise<void> {
  await pointAtMark(page, text, nth);
  await expect(page.locator(CARD)).toBeVisible({ timeout: 3_000 });
  const inside = centre(await cardBox(page));
  await page.mouse.move(inside.x, inside.y, { steps: 3 });
  await page.locator(`${CARD} [data-action="more"]`).click();
}

test('Why is this marked? names the alias, its case rule, and what decided an ambiguous name', async ({ page, extensionId }) => {
  expect(extensionId).toBeTruthy();
  await page.setViewportSize({ width: 1000, height: 700 });
  await page.goto(server.url('/why.html'));
  await waitForMarks(page, 3);
  await openMore(page, 'Ascend');
  await page.locator(`${CARD} [data-action="why"]`).click();
  await expect(page.locator(`${CARD} [data-action="why"]`)).toHaveAttribute('aria-expanded', 'true');
  await expect(page.locator(`${CARD} .why`)).toHaveText(
    '“Ascend” matches “Ascend”, a name of Ascend (not all in lower case).' +
      '“Ascend” can also mean something else, so it is marked only where the text makes its sense clear. Here it is the word “chip” in the paragraph.',
  );
  await page.mouse.move(2, 690);
  await expect(page.locator(CARD)).toHaveCount(0, { timeout: 3_000 });
  await openMore(page, 'Ascend 920');
  await page.locator(`${CARD} [data-action="why"]`).click();
  await expect(page.locator(`${CARD} .why`)).toContainText('“920” after it is a model code of the Ascend line (shape “###[@][@]”).');
});

test('Add this article from the card: the page is added, the notice says so, and the card then quotes it with the page as its source', async ({ page, context, extensionId }) => {
  test.setTimeout(60_000);
  await keepPagesLocal(context);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(server.url('/aeb--cnn-us-china-trade-war.html'), { waitUntil: 'domcontentloaded' });
  await waitForMarks(page, 3);
  await openMore(page, 'Huawei', 1);
  await page.locator(`${CARD} [data-action="add-article"]`).click();
  const notice = page.locator('kb-annotations-card .notice');
  await expect(notice).toContainText(/^Added “.+” to your knowledge\./, { timeout: 30_000 });
  await expect(notice).toContainText('Huawei');
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const articles = await readStore<{ url: string; publisher?: string }>(options, 'reader-articles');
  expect(articles).toHaveLength(1);
  await options.close();

  // Every tab re-marks; the card now quotes the sentence around the mark, from this article.
  await page.mouse.move(2, 890);
  await expect(page.locator(CARD)).toHaveCount(0, { timeout: 3_000 });
  await pointAtMark(page, 'Huawei', 1);
  const source = page.locator(`${CARD} .news .source`);
  await expect(source).toContainText(articles[0]!.publisher ?? new URL(articles[0]!.url).hostname.replace(/^www\./, ''), { timeout: 5_000 });
  await expect(source.locator('a')).toHaveAttribute('href', articles[0]!.url);
});

test('Open in side panel opens the panel, or where it cannot, shows the background in place and records the opening', async ({ page, context, extensionId }) => {
  await page.setViewportSize({ width: 1000, height: 700 });
  await page.goto(server.url('/why.html'));
  await waitForMarks(page, 3);
  await openMore(page, 'Huawei');
  await page.locator(`${CARD} [data-action="side-panel"]`).click();
  // Either the side panel took the name (the card closes), or the card shows the background here.
  const inPlace = page.locator(`${CARD}[data-expanded="true"]`);
  await expect.poll(async () => (await page.locator(CARD).count()) === 0 || (await inPlace.count()) === 1).toBe(true);
  if (await inPlace.count()) {
    await expect(page.locator(`${CARD} header`)).toBeVisible();
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await expect.poll(async () => (await readStore<{ entity: string }>(options, 'opened')).map((r) => r.entity)).toContain('huawei');
    await options.close();
  }
});
