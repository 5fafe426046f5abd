// Who may ask the background what. Content scripts run inside web pages, so they may only
// read what a page needs (its config, an entity's card) and act on their own tab (add its
// article, say a name's background was opened); everything else, and every other change, is
// for the extension's own pages: the options page, the popup and the add-name window.
import { browser } from 'wxt/browser';
import type { BackgroundRequests } from '../../lib/messages.ts';
import type { Sender } from '../../lib/messaging.ts';

// 'options:open': the card's link to an entity on the options page (web pages may not link there).
// 'page:remarked': a tab saying it has re-marked (it changes nothing but what the options page shows).
// 'entity:opened': the card or side panel opened a name's background (only a time is stored).
// 'sidepanel:open': the card's "Open in side panel", for the sender's own tab and window.
const FOR_CONTENT_SCRIPTS = new Set<keyof BackgroundRequests>(['page:config', 'entity:details', 'options:open', 'page:remarked', 'entity:opened', 'sidepanel:open']);
/** A content script may ask for these about its own tab only. */
const FOR_OWN_TAB = new Set<keyof BackgroundRequests>(['article:add']);

export function isExtensionPage(sender: Sender): boolean {
  return typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL('/'));
}

export function acceptRequest(type: keyof BackgroundRequests, sender: Sender, payload?: unknown): boolean {
  if (FOR_CONTENT_SCRIPTS.has(type) || isExtensionPage(sender)) return true;
  if (!FOR_OWN_TAB.has(type) || sender.tab?.id === undefined) return false;
  const tabId = (payload as { tabId?: unknown } | null | undefined)?.tabId;
  return tabId === undefined || tabId === sender.tab.id;
}
