// Card opens on the seed-article page: for each of many marks, point at it, rest until the card
// opens, read the card report the bench build's hook logs (bench/content-hook.ts), move away and
// wait for the close. Several fresh page loads, so the first open on a page (which
// sets up the card's host) is sampled more than once.
import type { Page } from '@playwright/test';
import { BenchMessages } from './bench-messages.ts';
import type { Browser } from './chromium.ts';
import type { CardOpenReport } from './hook-reports.ts';

/** Long enough for the 500 ms open delay, the frame and the report that follows it. */
const REPORT_TIMEOUT_MS = 2_500;
const PAGE_TIMEOUT_MS = 30_000;

export interface CardOpenSample extends CardOpenReport {
  /** Which page load (0-based), and which open on it (0 = the first card on that page). */
  load: number;
  open: number;
  /** The mark's text. */
  mark: string;
  /** Why there is no report, when there is none. */
  problem?: string;
}

export interface Spread {
  n: number;
  median: number;
  p90: number;
  max: number;
}

export interface CardLatency {
  available: boolean;
  /** Opens attempted: page loads × opens per load. */
  attempted: number;
  loads: number;
  samples: CardOpenSample[];
  /** Over every open that reported a workMs. */
  workMs: Spread;
  /** The first open on each page load, and the rest. */
  firstOnPageWorkMs: Spread;
  laterWorkMs: Spread;
  /** Opens whose card was visible in the very next frame. */
  firstFrame: number;
  /** Attempts that did not make the first frame, with their frame counts (null: never visible). */
  missedFirstFrame: { mark: string; frames: number | null; problem?: string }[];
  /** Opens whose path left the timer's task. */
  leftTheTask: number;
  openLatencyMs: Spread;
  note: string;
}

/** The nearest-rank percentile (p in 0..100) of `values`; NaN for none. */
export function percentile(values: readonly number[], p: number): number {
  if (!values.length) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export function spread(values: readonly (number | null)[]): Spread {
  const xs = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  return { n: xs.length, median: percentile(xs, 50), p90: percentile(xs, 90), max: xs.length ? Math.max(...xs) : Number.NaN };
}

export function summarizeCardOpens(samples: readonly CardOpenSample[], loads: number, note: string): CardLatency {
  const reported = samples.filter((s) => !s.problem);
  return {
    available: reported.length > 0,
    attempted: samples.length,
    loads,
    samples: [...samples],
    workMs: spread(samples.map((s) => s.workMs)),
    firstOnPageWorkMs: spread(samples.filter((s) => s.open === 0).map((s) => s.workMs)),
    laterWorkMs: spread(samples.filter((s) => s.open > 0).map((s) => s.workMs)),
    firstFrame: samples.filter((s) => s.frames === 1).length,
    missedFirstFrame: samples
      .filter((s) => s.frames !== 1)
      .map((s) => {
        // The hook sees no frame before the card is placed: an open that left the timer's task counts as a miss.
        const problem = s.problem ?? (s.sameTask === false ? "left the timer's task" : undefined);
        return { mark: s.mark, frames: s.frames, ...(problem ? { problem } : {}) };
      }),
    leftTheTask: samples.filter((s) => s.sameTask === false).length,
    openLatencyMs: spread(samples.map((s) => s.openLatencyMs)),
    note,
  };
}

interface MarkPoint {
  x: number;
  y: number;
  text: string;
  count: number;
}

/** Scrolls the `index`-th mark (document order, wrapping) to the middle of the viewport and
 * returns the centre of its first line box once the scroll has settled. */
function markPoint(page: Page, index: number): Promise<MarkPoint | null> {
  return page.evaluate(async (index) => {
    const ranges: Range[] = [];
    for (const [name, highlight] of CSS.highlights) {
      if (name.startsWith('kb-')) for (const r of highlight as Iterable<AbstractRange>) ranges.push(r as Range);
    }
    const visible = ranges.filter((r) => [...r.getClientRects()].some((b) => b.width > 0));
    if (!visible.length) return null;
    visible.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    const range = visible[index % visible.length]!;
    range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const box = [...range.getClientRects()].find((b) => b.width > 0)!;
    return { x: box.left + box.width / 2, y: box.top + box.height / 2, text: range.toString(), count: visible.length };
  }, index);
}

async function moveAwayAndWaitForClose(page: Page): Promise<void> {
  const size = page.viewportSize() ?? { width: 1280, height: 800 };
  // The left margin of the article, low down: no text under it.
  await page.mouse.move(4, size.height - 4, { steps: 2 });
  await page.locator('kb-annotations-card [role="dialog"]').waitFor({ state: 'detached', timeout: 3_000 }).catch(() => {});
  await page.waitForTimeout(100);
}

export interface CardOpenOptions {
  loads: number;
  opensPerLoad: number;
  /** Called after each open, for progress. */
  onSample?: (sample: CardOpenSample) => void;
}

export async function measureCardOpens(browser: Browser, url: string, options: CardOpenOptions): Promise<CardLatency> {
  const samples: CardOpenSample[] = [];
  let markCount = 0;
  for (let load = 0; load < options.loads; load++) {
    const page = await browser.context.newPage();
    try {
      const messages = new BenchMessages(page);
      await page.goto(url, { waitUntil: 'load', timeout: PAGE_TIMEOUT_MS });
      await messages.forFrame(url, PAGE_TIMEOUT_MS);
      await page.mouse.move(4, (page.viewportSize()?.height ?? 800) - 4);
      for (let open = 0; open < options.opensPerLoad; open++) {
        // Different marks on every load: continue where the previous load stopped.
        const point = await markPoint(page, load * options.opensPerLoad + open);
        if (!point) return summarizeCardOpens(samples, options.loads, 'no mark to hover on the seed-article page');
        markCount = point.count;
        await page.waitForTimeout(100); // the scroll is over; the card ignores a pointer that arrives while the page scrolls
        const since = Date.now();
        await page.mouse.move(point.x, point.y, { steps: 4 });
        const received = await messages.cardAfter(since, REPORT_TIMEOUT_MS);
        const base = { load, open, mark: point.text };
        const report = received?.report;
        const sample: CardOpenSample = report
          ? { ...base, workMs: report.workMs ?? null, sameTask: report.sameTask ?? null, frames: report.frames ?? null, openLatencyMs: report.openLatencyMs ?? null }
          : { ...base, workMs: null, sameTask: null, frames: null, openLatencyMs: null, problem: `no card report within ${REPORT_TIMEOUT_MS} ms` };
        samples.push(sample);
        options.onSample?.(sample);
        await moveAwayAndWaitForClose(page);
      }
    } finally {
      await page.close();
    }
  }
  return summarizeCardOpens(
    samples,
    options.loads,
    `${options.loads} loads × ${options.opensPerLoad} opens over the page's ${markCount} marks; pointer moved onto each mark in 4 steps, away again and the close awaited between opens`,
  );
}
