// The same page in a browser without the extension: its heap (the baseline for "heap added"),
// the floor, and then mark.js (last, because it changes the page's DOM).
import type { Browser } from './chromium.ts';
import { measureFloor, type Floor } from './floor.ts';
import { heapAfterGc, type HeapUsage } from './heap.ts';
import { runMarkJs, type MarkJsRun } from './mark-js.ts';
import { REPORT_TIMEOUT_MS } from './extension-run.ts';

const SETTLE_MS = 300;

export interface BaselineRun {
  heap: HeapUsage;
  floor: Floor;
  /** The same floor in an isolated world, where a content script runs. */
  isolatedFloor: Floor;
  markJs: MarkJsRun;
  loadMs: number;
  blocked: number;
}

export async function runBaseline(browser: Browser, url: string, aliases: readonly string[], timeoutMs = REPORT_TIMEOUT_MS): Promise<BaselineRun> {
  browser.guard.takeBlocked();
  const page = await browser.context.newPage();
  try {
    const started = Date.now();
    await page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
    const loadMs = Date.now() - started;
    await page.waitForTimeout(SETTLE_MS);
    const heap = await heapAfterGc(page);
    const floor = await measureFloor(page);
    const isolatedFloor = await measureFloor(page, 5, 'isolated');
    const markJs = await runMarkJs(page, aliases);
    return { heap, floor, isolatedFloor, markJs, loadMs, blocked: browser.guard.takeBlocked() };
  } finally {
    await page.close();
  }
}
