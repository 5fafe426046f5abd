// The JavaScript heap of a page's renderer after a full garbage collection, via CDP. Content
// scripts run in an isolated world of the page's isolate, so their objects are counted here.
import type { Page } from '@playwright/test';

export interface HeapUsage {
  /** V8 heap in use, bytes (Runtime.getHeapUsage usedSize). */
  jsUsed: number;
  /** Blink's (Oilpan) heap in use, bytes: where DOM objects such as Ranges live. */
  embedderUsed: number;
}

export async function heapAfterGc(page: Page): Promise<HeapUsage> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const usage = await cdp.send('Runtime.getHeapUsage');
    return { jsUsed: usage.usedSize, embedderUsed: usage.embedderHeapUsedSize ?? 0 };
  } finally {
    await cdp.detach();
  }
}
