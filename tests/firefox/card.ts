// Pointing at marks and reading the card in Firefox. Marks are Ranges, not elements, so there
// is no element to hover: the pointer goes to the centre of the mark's first line box. The card
// is a dialog in the open shadow root of <kb-annotations-card> (DESIGN.md, contract 4).
import type { Page } from 'puppeteer-core';

export interface CardState {
  entity: string | null;
  /** Placed on screen (the card sets data-placed once positioned). */
  placed: boolean;
  /** Pinned open with the background view (after a click). */
  expanded: boolean;
}

/** The card as the page shows it, or null when there is none. */
export async function cardState(page: Page): Promise<CardState | null> {
  return page.evaluate(() => {
    const dialog = document.querySelector('kb-annotations-card')?.shadowRoot?.querySelector('[role="dialog"]');
    if (!dialog) return null;
    return {
      entity: dialog.getAttribute('data-entity'),
      placed: dialog.hasAttribute('data-placed'),
      expanded: dialog.getAttribute('data-expanded') === 'true',
    };
  });
}

/** Waits until the card is on screen and says `entity` (and is pinned, if asked). */
export async function waitForCard(page: Page, entity: string, { expanded = false, timeout = 3_000 } = {}): Promise<void> {
  await page.waitForFunction(
    (entity, expanded) => {
      const dialog = document.querySelector('kb-annotations-card')?.shadowRoot?.querySelector('[role="dialog"][data-placed]');
      return dialog?.getAttribute('data-entity') === entity && (!expanded || dialog.getAttribute('data-expanded') === 'true');
    },
    { timeout },
    entity,
    expanded,
  );
}

/** Waits until no card is left in the page. */
export async function waitForNoCard(page: Page, timeout = 3_000): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('kb-annotations-card')?.shadowRoot?.querySelector('[role="dialog"]'), { timeout });
}

/**
 * Moves the pointer onto the `nth` mark reading `text` (counting the document's marks first,
 * then those in the page's open shadow roots) and returns where it rests. Scrolls it into view first and
 * lets the scroll settle: the card rightly ignores a pointer that arrives while the page scrolls.
 */
export async function pointAtMark(page: Page, text: string, nth = 0): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(
    async (text, nth) => {
      const ranges: Range[] = [];
      for (const [name, highlight] of CSS.highlights) {
        if (name.startsWith('kb-')) for (const r of highlight) if ((r as Range).toString() === text) ranges.push(r as Range);
      }
      // The document's marks in reading order, then those in shadow roots (as registered):
      // ranges in different trees cannot be compared.
      const inDocument = (r: Range) => r.startContainer.getRootNode() === document;
      ranges.sort((a, b) =>
        inDocument(a) && inDocument(b) ? a.compareBoundaryPoints(Range.START_TO_START, b) : Number(inDocument(b)) - Number(inDocument(a)),
      );
      const range = ranges[nth];
      if (!range) throw new Error(`no mark "${text}" #${nth} (found ${ranges.length})`);
      range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const box = [...range.getClientRects()].find((r) => r.width > 0)!;
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    },
    text,
    nth,
  );
  await new Promise((resolve) => setTimeout(resolve, 50));
  await page.mouse.move(point.x, point.y, { steps: 3 });
  return point;
}

/** A spot on the page with no text under it. */
export async function moveAway(page: Page): Promise<void> {
  const { height } = page.viewport()!;
  await page.mouse.move(4, height - 4, { steps: 2 });
}

/**
 * Starts timing the card from inside the page, where a busy test runner cannot blur the
 * numbers: the last pointer move the page saw, and the frame in which a card first showed.
 */
export async function startCardClock(page: Page): Promise<void> {
  await page.evaluate(() => {
    const clock = { lastMove: 0, shownAt: 0 };
    (window as unknown as { cardClock: typeof clock }).cardClock = clock;
    addEventListener('pointermove', () => (clock.lastMove = performance.now()), true);
    const frame = () => {
      if (document.querySelector('kb-annotations-card')?.shadowRoot?.querySelector('[role="dialog"][data-placed]')) {
        clock.shownAt = performance.now();
      } else requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
}

/** How long the pointer had rested when the card showed (ms). */
export async function restedBeforeCard(page: Page): Promise<number> {
  return page.evaluate(() => {
    const clock = (window as unknown as { cardClock: { lastMove: number; shownAt: number } }).cardClock;
    return clock.shownAt - clock.lastMove;
  });
}
