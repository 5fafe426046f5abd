// The marks of a tab as the extension itself counts them (its 'marks:summary' answer), for pages
// whose own scripts break the page world's CSS.highlights or Array.prototype.
import type { BrowserContext, Page } from '@playwright/test';

export async function extensionMarkCount(context: BrowserContext, page: Page): Promise<number> {
  await page.bringToFront();
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
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
