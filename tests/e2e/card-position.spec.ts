/**
 * Where the card goes: inside the viewport at all four edges (collapsed and expanded), at the
 * line box under the pointer for a mark that wraps, and with its mark when the page scrolls.
 */
import { test, expect } from './fixtures';
import { startStaticServer, type StaticServer } from './static-server';
import { articlePage, CARD, cardBox, markBoxes, moveAway, pointAtMark, waitForMarks, type Box } from '../fixtures/card/e2e-helpers';

const VIEWPORT = { width: 700, height: 500 };
const CORNERS = {
  'top left': 'top: 4px; left: 4px',
  'top right': 'top: 4px; right: 4px',
  'bottom left': 'bottom: 4px; left: 4px',
  'bottom right': 'bottom: 4px; right: 4px',
};

const corners = articlePage(
  Object.entries(CORNERS)
    .map(([name, where]) => `<p style="position: fixed; margin: 0; ${where}">${name}: NVIDIA</p>`)
    .join('\n'),
);
const filler = '<p>' + 'Filler text about chips and markets. '.repeat(12) + '</p>';
const wrapping = articlePage(`<p id="wrap" style="width: 300px">Reports say the firm now buys the Ascend 910C in bulk across the country and beyond.</p>
${filler.repeat(6)}<p>At the end NVIDIA again.</p>${filler.repeat(6)}`);

let server: StaticServer;
test.beforeAll(async () => {
  server = await startStaticServer({ routes: { '/corners.html': { body: corners }, '/wrap.html': { body: wrapping } } });
});
test.afterAll(async () => {
  await server?.stop();
});

function expectInsideViewport(box: Box): void {
  expect(box.left).toBeGreaterThanOrEqual(0);
  expect(box.top).toBeGreaterThanOrEqual(0);
  expect(box.right).toBeLessThanOrEqual(VIEWPORT.width);
  expect(box.bottom).toBeLessThanOrEqual(VIEWPORT.height);
}

test.describe('at the edges of the viewport', () => {
  test.beforeEach(async ({ page, extensionId }) => {
    expect(extensionId).toBeTruthy();
    await page.setViewportSize(VIEWPORT);
    await page.goto(server.url('/corners.html'));
    await waitForMarks(page, 4);
  });

  Object.keys(CORNERS).forEach((corner, nth) => {
    test(`the card stays inside for a mark at the ${corner}`, async ({ page }) => {
      const [mark] = await markBoxes(page, 'NVIDIA', nth);
      await pointAtMark(page, 'NVIDIA', nth);
      await expect(page.locator(CARD)).toBeVisible({ timeout: 3_000 });
      const card = await cardBox(page);
      expectInsideViewport(card);
      // Beside the line, not over it.
      expect(card.top >= mark!.bottom || card.bottom <= mark!.top).toBe(true);

      await page.mouse.click(mark!.left + 2, mark!.top + mark!.height / 2);
      await expect(page.locator(CARD)).toHaveAttribute('data-expanded', 'true');
      await page.waitForTimeout(200); // the grown card is placed again
      expectInsideViewport(await cardBox(page));
    });
  });
});

test.describe('a mark that wraps', () => {
  test.beforeEach(async ({ page, extensionId }) => {
    expect(extensionId).toBeTruthy();
    await page.setViewportSize(VIEWPORT);
    await page.goto(server.url('/wrap.html'));
    await waitForMarks(page, 2);
    // Narrow the paragraph until "Ascend 910C" breaks across two lines.
    const lines = await page.evaluate(() => {
      const p = document.getElementById('wrap')!;
      const range = [...(CSS.highlights.values() as Iterable<Iterable<AbstractRange>>)]
        .flatMap((h) => [...h] as Range[])
        .find((r) => r.toString() === 'Ascend 910C')!;
      for (let width = 120; width <= 400; width++) {
        p.style.width = `${width}px`;
        if ([...range.getClientRects()].filter((r) => r.width > 0).length === 2) return 2;
      }
      return 0;
    });
    expect(lines).toBe(2);
  });

  for (const line of [0, 1]) {
    test(`the card sits at line ${line + 1}, the one under the pointer`, async ({ page }) => {
      const boxes = await markBoxes(page, 'Ascend 910C');
      expect(boxes[1]!.top).toBeGreaterThan(boxes[0]!.bottom - 1);
      await pointAtMark(page, 'Ascend 910C', 0, line);
      await expect(page.locator(CARD)).toBeVisible({ timeout: 3_000 });
      const card = await cardBox(page);
      const anchor = boxes[line]!;
      expectInsideViewport(card);
      // Just below the hovered line box (6 px gap), starting at its left edge unless shifted.
      expect(Math.abs(card.top - (anchor.bottom + 6))).toBeLessThanOrEqual(2);
      if (anchor.left + card.width <= VIEWPORT.width - 8) expect(Math.abs(card.left - anchor.left)).toBeLessThanOrEqual(2);
    });
  }

  test('a pinned card follows its mark when the page scrolls; a hover card closes', async ({ page }) => {
    await pointAtMark(page, 'NVIDIA');
    await expect(page.locator(CARD)).toBeVisible({ timeout: 3_000 });
    await page.mouse.wheel(0, 60);
    await expect(page.locator(CARD)).toHaveCount(0);

    await markBoxes(page, 'NVIDIA', 0, true);
    await page.waitForTimeout(100);
    const [mark] = await markBoxes(page, 'NVIDIA');
    await page.mouse.click(mark!.left + 3, mark!.top + mark!.height / 2);
    await expect(page.locator(CARD)).toHaveAttribute('data-expanded', 'true');
    await page.waitForTimeout(150);
    const before = await cardBox(page);
    expect(Math.abs(before.top - (mark!.bottom + 6))).toBeLessThanOrEqual(2);
    await moveAway(page);
    await page.evaluate(() => window.scrollBy(0, 40));
    await page.waitForTimeout(200);
    const [moved] = await markBoxes(page, 'NVIDIA');
    expect(moved!.top).toBeCloseTo(mark!.top - 40, 0);
    const after = await cardBox(page);
    expect(Math.abs(after.top - (moved!.bottom + 6))).toBeLessThanOrEqual(2);
    expectInsideViewport(after);
  });
});
