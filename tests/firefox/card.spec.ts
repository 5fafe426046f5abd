/**
 * The hover card in Firefox: it opens after the pointer rests on a mark (in the page, in the
 * page's open shadow root and in a frame), a click pins it, Esc closes it.
 *
 * Firefox 153 has CSS.highlights.highlightsFromPoint, so the content script finds the mark
 * under the pointer with it here, as in Chromium. The other way (caretPositionFromPoint, for
 * Firefox 140 to 149) is covered by tests/unit/mark-at-point.test.ts and, in a real browser,
 * by tests/e2e/card-caret-fallback.spec.ts (Chromium with highlightsFromPoint switched off).
 */
import path from 'node:path';
import { test, expect } from './fixtures.ts';
import { startStaticServer, type StaticServer } from '../e2e/static-server.ts';
import { EXPECTED_MARKS } from '../fixtures/pages/expected-marks.ts';
import { srcdocFrame, waitForMarks } from './page-marks.ts';
import { cardState, moveAway, pointAtMark, restedBeforeCard, startCardClock, waitForCard, waitForNoCard } from './card.ts';

let server: StaticServer;
test.beforeAll(async () => {
  server = await startStaticServer({ root: path.resolve('tests/fixtures/pages') });
});
test.afterAll(() => server.stop());

test.beforeEach(async ({ tab }) => {
  await tab.goto(server.url('/english.html'));
  await waitForMarks(tab, EXPECTED_MARKS['english.html'].page.length);
});

test('resting on a mark opens its card after the open delay', async ({ tab, errors }) => {
  // Which hit test the content script uses in this Firefox (see the header).
  expect(await tab.evaluate(() => typeof (CSS.highlights as { highlightsFromPoint?: unknown }).highlightsFromPoint)).toBe('function');
  await startCardClock(tab);
  await pointAtMark(tab, 'Huawei', 1);
  await waitForCard(tab, 'huawei');
  // Timers never fire early, so the page's own clock says the pointer rested ~500 ms first.
  expect(await restedBeforeCard(tab)).toBeGreaterThanOrEqual(480);
  const card = await tab.evaluate(() => {
    const dialog = document.querySelector('kb-annotations-card')!.shadowRoot!.querySelector('[role="dialog"]')!;
    const name = document.querySelector('kb-annotations-card')!.shadowRoot!.getElementById(dialog.getAttribute('aria-labelledby')!);
    return { name: name?.textContent, heading: dialog.querySelector('h2')?.textContent };
  });
  expect(card).toEqual({ name: 'Huawei', heading: 'Huawei' });
  expect(errors).toEqual([]);
});

test('resting on a mark in the page\'s open shadow root opens its card', async ({ tab, errors }) => {
  // The second CUDA: the one inside the shadow root (the document's own marks count first).
  await pointAtMark(tab, 'CUDA', 1);
  await waitForCard(tab, 'cuda');
  expect(errors).toEqual([]);
});

test('a click on a mark pins the card; Esc closes it', async ({ tab, errors }) => {
  const { x, y } = await pointAtMark(tab, 'DeepSeek');
  await tab.mouse.click(x, y);
  await waitForCard(tab, 'deepseek', { expanded: true });
  // Pinned: the pointer may wander off for longer than the close delay.
  await moveAway(tab);
  await new Promise((resolve) => setTimeout(resolve, 800));
  expect(await cardState(tab)).toEqual({ entity: 'deepseek', placed: true, expanded: true });
  await tab.keyboard.press('Escape');
  await waitForNoCard(tab);
  expect(await cardState(tab)).toBeNull();
  expect(errors).toEqual([]);
});

test('resting on a mark inside a frame opens the card in that frame', async ({ tab, errors }) => {
  const frame = srcdocFrame(tab);
  expect(await waitForMarks(frame, 1)).toEqual(['Huawei']);
  // Where the frame's viewport starts in the page's: its box, inside its border.
  const frameBox = await tab.evaluate(async () => {
    const iframe = document.getElementById('frame')!;
    iframe.scrollIntoView({ block: 'center' });
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const box = iframe.getBoundingClientRect();
    return { left: box.left + iframe.clientLeft, top: box.top + iframe.clientTop };
  });
  const inFrame = await frame.evaluate(() => {
    const range = [...CSS.highlights.values()].flatMap((h) => [...h] as Range[])[0]!;
    const box = range.getBoundingClientRect();
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  });
  await tab.mouse.move(frameBox.left + inFrame.x, frameBox.top + inFrame.y, { steps: 3 });
  await frame.waitForFunction(
    () => document.querySelector('kb-annotations-card')?.shadowRoot?.querySelector('[role="dialog"][data-placed]')?.getAttribute('data-entity') === 'huawei',
    { timeout: 3_000 },
  );
  expect(await cardState(tab)).toBeNull(); // the top page has no card of its own
  expect(errors).toEqual([]);
});
