// Issue 12 target 3: from "Sync now" to every open tab re-marked, with the big KB served from
// 127.0.0.1. The options page is driven as a reader would (the address typed, the button
// clicked); the timestamps are taken inside it, on the page's own clock: the click, every
// broadcast it hears (sync:progress phases, tabs:remarking as each tab finishes) and the moment
// the outcome appears. The tabs stay as loaded; nothing waits in the extension for the bench.
import type { Page } from '@playwright/test';
import type { Browser } from './chromium.ts';
import { marksSettled } from './extension-cpu.ts';
import { syncPhases, type SyncEvent, type SyncTiming } from './sync-phases.ts';

/** The APIs the bench calls inside extension pages. */
declare const chrome: {
  runtime: { onMessage: { addListener(listener: (message: unknown) => void): void } };
  developerPrivate: { addHostPermission(id: string, host: string): Promise<void> };
};

const SYNC_TIMEOUT_MS = Number(process.env.BENCH_SYNC_TIMEOUT_MS) || 300_000;

/** Site access to the server, as a reader grants it on the extensions page (the headless
 * browser cannot show the permission prompt "Sync now" triggers; allowed beforehand, the
 * options page's own request resolves at once). */
async function allowSiteAccess(browser: Browser, pattern: string): Promise<void> {
  const page = await browser.context.newPage();
  try {
    await page.goto('chrome://extensions');
    await page.evaluate(([id, host]) => chrome.developerPrivate.addHostPermission(id!, host!), [browser.extensionId, pattern]);
  } finally {
    await page.close();
  }
}

/** Records, on the options page's clock, the click, the broadcasts and the outcome's appearance. */
function recordInPage(): void {
  const w = window as unknown as { kbBenchSync: { clickAt?: number; outcomeAt?: number; outcome?: string; events: SyncEvent[] } };
  const log: (typeof w)['kbBenchSync'] = { events: [] };
  w.kbBenchSync = log;
  document.addEventListener('click', () => (log.clickAt ??= performance.now()), { capture: true });
  chrome.runtime.onMessage.addListener((message) => {
    const m = message as { type?: string; payload?: Record<string, unknown> } | null;
    if (m?.type) log.events.push({ type: m.type, payload: m.payload ?? {}, at: performance.now() });
  });
  new MutationObserver(() => {
    const text = document.querySelector('[data-testid="sync-outcome"]')?.textContent?.trim();
    if (text && log.outcomeAt === undefined && log.clickAt !== undefined) {
      log.outcomeAt = performance.now();
      log.outcome = text;
    }
  }).observe(document.body, { subtree: true, childList: true, characterData: true });
}

interface InPageLog {
  clickAt?: number;
  outcomeAt?: number;
  outcome?: string;
  events: SyncEvent[];
}

/** Opens `tabUrls` (each until its marks have settled), then syncs `kbUrl` from the options page
 * and waits until every tab has said it re-marked (or was given up on). Leaves the tabs open. */
export async function syncAndRemark(browser: Browser, kbUrl: string, tabUrls: readonly string[]): Promise<{ timing: SyncTiming; tabs: Page[] }> {
  if (!browser.extensionId) throw new Error('syncAndRemark needs an extension with a service worker');
  // A match pattern has no port: it allows every port of the host.
  await allowSiteAccess(browser, `${new URL(kbUrl).protocol}//${new URL(kbUrl).hostname}/*`);
  const tabs: Page[] = [];
  for (const url of tabUrls) {
    const tab = await browser.context.newPage();
    const settled = marksSettled(tab, false);
    await tab.goto(url, { waitUntil: 'load', timeout: 90_000 });
    await settled();
    tabs.push(tab);
  }
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await options.evaluate(recordInPage);
  await options.getByLabel('Knowledge base URL').fill(kbUrl);
  await options.getByRole('button', { name: 'Sync now' }).click();
  const deadline = Date.now() + SYNC_TIMEOUT_MS;
  for (;;) {
    const log = await options.evaluate(() => (window as unknown as { kbBenchSync: InPageLog }).kbBenchSync);
    const timing = syncPhases(log.clickAt ?? Number.NaN, log.outcomeAt, log.outcome, log.events, tabs.length);
    if (timing.done) {
      await options.close();
      return { timing, tabs };
    }
    if (log.outcome && !log.outcome.startsWith('Updated')) throw new Error(`the sync was refused: ${log.outcome}`);
    if (Date.now() > deadline) {
      const shown = await options.evaluate(() => ['sync-progress', 'sync-outcome', 'sync-remarking'].map((id) => `${id}: ${document.querySelector(`[data-testid="${id}"]`)?.textContent ?? '(none)'}`).join('; '));
      throw new Error(`no re-marked tabs within ${SYNC_TIMEOUT_MS / 1000} s (clicked: ${log.clickAt !== undefined}; ${log.events.length} broadcasts heard; ${shown})`);
    }
    await options.waitForTimeout(200);
  }
}
