// The tab the side panel is about: the active tab of the window the panel is open in, followed
// as the reader switches tabs, and read again when that tab loads another page. Test hook:
// `sidepanel.html?tab=ID` attaches it to tab ID for good, so an end-to-end test can open the
// panel as an ordinary tab next to the page (as `popup.html?tab=ID` does for the popup).
import { browser } from 'wxt/browser';

export interface PanelTabEvents {
  /** Attached to `tabId` (first, or after a tab switch). */
  attached(tabId: number, windowId?: number): void;
  /** The attached tab started loading a page (its marks are gone). */
  loading(tabId: number): void;
  /** The attached tab finished loading a page. */
  loaded(tabId: number): void;
}

export function hookedTab(search: string): number | undefined {
  const id = Number(new URLSearchParams(search).get('tab'));
  return Number.isInteger(id) && id > 0 ? id : undefined;
}

/** Follows the panel's tab until the returned function is called. */
export function followPanelTab(search: string, on: PanelTabEvents): () => void {
  const hooked = hookedTab(search);
  let current: number | undefined;
  let windowId: number | undefined;
  let stopped = false;
  const attach = (tabId: number) => {
    if (stopped) return;
    current = tabId;
    on.attached(tabId, windowId);
  };
  const onActivated = (info: { tabId: number; windowId: number }) => {
    if (hooked === undefined && info.windowId === windowId) attach(info.tabId);
  };
  // Without the "tabs" permission the change says only its status, which is all this needs.
  const onUpdated = (tabId: number, change: { status?: string }) => {
    if (tabId !== current || stopped) return;
    if (change.status === 'loading') on.loading(tabId);
    else if (change.status === 'complete') on.loaded(tabId);
  };
  browser.tabs.onUpdated.addListener(onUpdated);
  if (hooked !== undefined) {
    void browser.tabs.get(hooked).then(
      (tab) => {
        windowId = tab.windowId;
        attach(hooked);
      },
      () => attach(hooked),
    );
  } else {
    browser.tabs.onActivated.addListener(onActivated);
    void browser.windows.getCurrent().then(async (window) => {
      windowId = window.id;
      const [tab] = await browser.tabs.query({ active: true, windowId });
      if (tab?.id !== undefined) attach(tab.id);
    });
  }
  return () => {
    stopped = true;
    browser.tabs.onUpdated.removeListener(onUpdated);
    browser.tabs.onActivated.removeListener(onActivated);
  };
}
