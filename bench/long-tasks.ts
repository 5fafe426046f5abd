// Main-thread tasks of 50 ms or more, as the page's own Long Tasks API sees them. Content
// scripts share the page's event loop, so a long task of the extension shows up here too.
import type { Page } from '@playwright/test';

declare global {
  interface Window {
    __kbBenchLongTasks?: [start: number, duration: number][];
  }
}

/** Call before navigating: records every long task of the page from its first moment. */
export async function recordLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const tasks: [number, number][] = [];
    window.__kbBenchLongTasks = tasks;
    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) tasks.push([e.startTime, e.duration]);
      }).observe({ type: 'longtask', buffered: true });
    } catch {
      // No Long Tasks API: the list stays empty.
    }
  });
}

export interface LongTaskWindow {
  /** The longest task overlapping the window, ms (0 when none reached 50 ms). */
  longestMs: number;
  /** How many long tasks overlapped the window. */
  count: number;
}

/**
 * Long tasks overlapping a window given in epoch ms (as console message timestamps are).
 * The page's performance.timeOrigin converts between the two clocks.
 */
export async function longTasksBetween(page: Page, fromEpochMs: number, toEpochMs: number): Promise<LongTaskWindow> {
  const { origin, tasks } = await page.evaluate(() => ({ origin: performance.timeOrigin, tasks: window.__kbBenchLongTasks ?? [] }));
  const from = fromEpochMs - origin;
  const to = toEpochMs - origin;
  let longestMs = 0;
  let count = 0;
  for (const [start, duration] of tasks) {
    if (start + duration < from || start > to) continue;
    count++;
    longestMs = Math.max(longestMs, duration);
  }
  return { longestMs, count };
}
