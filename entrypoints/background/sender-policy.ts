// Who may ask the background what. Content scripts run inside web pages, so they may only read
// what a page needs (its config, an entity's card), act on their own tab (add its article, open
// the side panel, say a name's background was opened) and make the card's three switches (this
// name on their own page's site, a name everywhere, pause everywhere; the card sends them only
// on the reader's own clicks). Everything else, and every other change, is for the extension's
// own pages: the options page, the popup, the side panel and the add-name window.
import { browser } from 'wxt/browser';
import type { BackgroundRequests } from '../../lib/messages.ts';
import type { Sender } from '../../lib/messaging.ts';
import { siteOf } from '../../lib/page-config.ts';

// 'options:open': the card's link to an entity on the options page (web pages may not link there).
// 'page:remarked': a tab saying it has re-marked (it changes nothing but what the options page shows).
// 'entity:opened': the card or side panel opened a name's background (only a time is stored).
// 'names:groups': the alias groups a page's text needs, as its config's names (read only).
// 'sidepanel:open': the card's "Open in side panel" (the panel opens in the sender's own window).
// 'entity:set-enabled': the card's "Hide <name> everywhere", and its Undo.
const FOR_CONTENT_SCRIPTS = new Set<keyof BackgroundRequests>([
  'page:config', 'names:groups', 'entity:details', 'options:open', 'page:remarked', 'entity:opened', 'sidepanel:open', 'entity:set-enabled',
]);
/** A content script may ask for these about its own tab only. */
const FOR_OWN_TAB = new Set<keyof BackgroundRequests>(['article:add']);

export function isExtensionPage(sender: Sender): boolean {
  return typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL('/'));
}

/** The card's site switch ("Not on this site") for the sender's own page only, and of its
 * settings only the pause ("Pause everywhere"). */
function isCardSwitch(type: keyof BackgroundRequests, sender: Sender, payload: unknown): boolean {
  const p = (payload ?? {}) as Record<string, unknown>;
  if (type === 'dismissal:set') return typeof sender.url === 'string' && typeof p.site === 'string' && p.site === siteOf(sender.url);
  if (type === 'settings:update') return Object.keys(p).length === 1 && typeof p.paused === 'boolean';
  return false;
}

export function acceptRequest(type: keyof BackgroundRequests, sender: Sender, payload?: unknown): boolean {
  if (FOR_CONTENT_SCRIPTS.has(type) || isExtensionPage(sender)) return true;
  if (sender.tab?.id === undefined) return false;
  if (isCardSwitch(type, sender, payload)) return true;
  if (!FOR_OWN_TAB.has(type)) return false;
  const tabId = (payload as { tabId?: unknown } | null | undefined)?.tabId;
  return tabId === undefined || tabId === sender.tab.id;
}
