// One run of the extension on a fresh page: load it, wait for the content script's own report
// of its first pass, then read the long tasks in that pass, the marks and the heap.
import type { Page } from '@playwright/test';
import { BenchMessages } from './bench-messages.ts';
import type { PassReport } from './hook-reports.ts';
import type { Browser } from './chromium.ts';
import { measureFloor } from './floor.ts';
import { heapAfterGc, type HeapUsage } from './heap.ts';
import { longTasksBetween, recordLongTasks, type LongTaskWindow } from './long-tasks.ts';

/** How long a page may take to load and the extension to report, by default. */
export const REPORT_TIMEOUT_MS = 90_000;
/** After the report, time for other frames to report and for the page to settle before the heap is read. */
const SETTLE_MS = 300;

export interface ExtensionRun {
  /** The main frame's report. */
  report: PassReport;
  /** Marks in the main document's `kb-` highlights, counted from outside. */
  highlighted: number;
  /** Late document.write calls ignored on the page (see late-document-write.ts). */
  lateWrites: number;
  /** Reports from other frames (iframes) that arrived by the time the heap was read. */
  otherFrames: { frame: string; marks: number; busyMs: number }[];
  longTasks: LongTaskWindow;
  heap: HeapUsage;
  /**
   * The floor measured in this same tab right after the pass (main world; the extension leaves
   * the DOM as it was): paired with this run, so machine load hits both alike.
   */
  pairedFloorMs: number;
  loadMs: number;
  blocked: number;
}

export interface RunOptions {
  /** For loading the page and for the extension's report (default REPORT_TIMEOUT_MS). */
  timeoutMs?: number;
  /** Called with the page still open after the measurements (e.g. to hover a mark). */
  withPage?: (page: Page, messages: BenchMessages) => Promise<void>;
}

export async function runExtension(browser: Browser, url: string, options: RunOptions = {}): Promise<ExtensionRun> {
  browser.guard.takeBlocked();
  const page = await browser.context.newPage();
  try {
    const messages = new BenchMessages(page);
    await recordLongTasks(page);
    const started = Date.now();
    const timeout = options.timeoutMs ?? REPORT_TIMEOUT_MS;
    await page.goto(url, { waitUntil: 'load', timeout });
    const loadMs = Date.now() - started;
    const { report, timestamp } = await messages.forFrame(url, timeout);
    const longTasks = await longTasksBetween(page, timestamp - report.wallMs, timestamp);
    await page.waitForTimeout(SETTLE_MS);
    const { highlighted, lateWrites } = await countHighlighted(page);
    const heap = await heapAfterGc(page);
    // After the heap: the floor gives every text node a wrapper in the main world.
    const pairedFloorMs = (await measureFloor(page)).ms;
    const otherFrames = messages.reports
      .filter((r) => r.report.frame !== url)
      .map(({ report: r }) => ({ frame: r.frame, marks: r.marks, busyMs: r.busyMs }));
    await options.withPage?.(page, messages);
    return { report, highlighted, lateWrites, otherFrames, longTasks, heap, pairedFloorMs, loadMs, blocked: browser.guard.takeBlocked() };
  } finally {
    await page.close();
  }
}

function countHighlighted(page: Page): Promise<{ highlighted: number; lateWrites: number }> {
  return page.evaluate(() => {
    let highlighted = 0;
    for (const [name, highlight] of CSS.highlights) if (name.startsWith('kb-')) highlighted += highlight.size;
    return { highlighted, lateWrites: (window as { __kbBenchLateWrites?: number }).__kbBenchLateWrites ?? 0 };
  });
}
