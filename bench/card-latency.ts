// Card-open latency: rest the pointer on a mark for 600 ms and read the `kb-bench-card` message
// the hover card logs in the bench build (if the card has it yet).
import type { Page } from '@playwright/test';
import type { BenchMessages } from './bench-messages.ts';

const REST_MS = 600;
/** After the rest, how long a late message may still take. */
const GRACE_MS = 1500;

export interface CardLatency {
  available: boolean;
  openLatencyMs?: number;
  /** Whether an element with role="dialog" showed up (even without the message). */
  dialogSeen: boolean;
  note: string;
}

export async function measureCardLatency(page: Page, messages: BenchMessages): Promise<CardLatency> {
  const point = await page.evaluate(() => {
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('kb-')) continue;
      for (const range of highlight) {
        const r = range as Range;
        r.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        const box = r.getClientRects()[0];
        if (box && box.width > 0) return { x: box.left + box.width / 2, y: box.top + box.height / 2, text: r.toString() };
      }
    }
    return null;
  });
  if (!point) return { available: false, dialogSeen: false, note: 'no mark to hover' };
  await page.mouse.move(1, 1);
  await page.waitForTimeout(100);
  const since = Date.now();
  await page.mouse.move(point.x, point.y, { steps: 4 });
  await page.waitForTimeout(REST_MS);
  const card = await messages.cardAfter(since, GRACE_MS);
  const dialogSeen = (await page.locator('[role="dialog"]').count()) > 0;
  if (!card) return { available: false, dialogSeen, note: `rested ${REST_MS} ms on "${point.text}": no kb-bench-card message` };
  return { available: true, openLatencyMs: card.report.openLatencyMs, dialogSeen, note: `rested ${REST_MS} ms on "${point.text}"` };
}
