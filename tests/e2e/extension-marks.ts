// The marks of a tab as the extension itself counts them (its 'marks:summary' answer), for pages
// whose own scripts break the page world's CSS.highlights or Array.prototype.
import type { BrowserContext, Page, Worker } from '@playwright/test';

/** The chrome.* API as the service worker sees it (only what this helper uses). */
declare const chrome: {
  tabs: {
    query(q: object): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown, options: object): Promise<unknown>;
  };
};

/** The extension's service worker, woken up if Chrome stopped it for being idle. */
async function serviceWorker(context: BrowserContext, extensionId: string): Promise<Worker> {
  const running = context.serviceWorkers()[0];
  if (running) return running;
  const waking = context.waitForEvent('serviceworker');
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  const worker = await waking;
  await page.close();
  return worker;
}

export async function extensionMarkCount(context: BrowserContext, page: Page, extensionId: string): Promise<number> {
  const worker = await serviceWorker(context, extensionId);
  await page.bringToFront();
  return worker.evaluate(async () => {
    // Without the "tabs" permission the worker cannot see URLs: the test's page is the active tab.
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined) return -1;
    try {
      const reply = await chrome.tabs.sendMessage(tab.id, { type: 'marks:summary', payload: {} }, { frameId: 0 });
      return (reply as { marks: { count: number }[] }).marks.reduce((n, m) => n + m.count, 0);
    } catch {
      return -2; // no content script answered (yet)
    }
  });
}
