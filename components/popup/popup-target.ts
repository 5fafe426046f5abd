// The tab the popup is about. Normally the active tab of the window the toolbar button was
// clicked in (activeTab then tells us its address). Test hook: `popup.html?tab=ID` targets tab
// ID instead, so end-to-end tests can open the popup as an ordinary tab next to the page; the
// address then comes from the background, which saw the page ask for its config.
import { browser } from 'wxt/browser';

export interface PopupTarget {
  tabId: number;
  url?: string;
  /** Opened through the test hook, not as the browser's popup. */
  viaHook: boolean;
}

export async function popupTarget(search = location.search): Promise<PopupTarget | undefined> {
  const hooked = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(hooked) && hooked > 0) return { tabId: hooked, viaHook: true };
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? undefined : { tabId: tab.id, url: tab.url, viaHook: false };
}
