// Telling everyone that something changed: every tab (every frame) re-marks with the new KB
// and settings, and open options pages and popups read the store again.
import { browser } from 'wxt/browser';
import type { ExtensionPageEvents } from '../../lib/messages.ts';
import { askTab } from '../../lib/messaging.ts';

export function tellExtensionPages<K extends keyof ExtensionPageEvents>(type: K, payload: ExtensionPageEvents[K]): void {
  // Rejects when no extension page is open to listen: nothing to tell then.
  browser.runtime.sendMessage({ type, payload }).catch(() => undefined);
}

export async function refreshEverywhere(): Promise<void> {
  tellExtensionPages('store:changed', {});
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map((tab) =>
      // Tabs without our content script (browser pages, the web store) reject: skip them.
      tab.id === undefined ? undefined : askTab(tab.id, 'page:refresh', {}, 'all').catch(() => undefined),
    ),
  );
}
