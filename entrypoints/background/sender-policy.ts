// Who may ask the background what. Content scripts run inside web pages, so they may only
// read what a page needs (its config, an entity's card) and report; everything else, and every change,
// is for the extension's own pages: the options page and the popup.
import { browser } from 'wxt/browser';
import type { BackgroundRequests } from '../../lib/messages.ts';
import type { Sender } from '../../lib/messaging.ts';

// 'options:open': the card's link to an entity on the options page (web pages may not link there).
// 'page:remarked': a tab saying it has re-marked (it changes nothing but what the options page shows).
const FOR_CONTENT_SCRIPTS = new Set<keyof BackgroundRequests>(['page:config', 'entity:details', 'options:open', 'page:remarked']);

export function isExtensionPage(sender: Sender): boolean {
  return typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL('/'));
}

export function acceptRequest(type: keyof BackgroundRequests, sender: Sender): boolean {
  return FOR_CONTENT_SCRIPTS.has(type) || isExtensionPage(sender);
}
