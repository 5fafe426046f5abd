// What the card needs from the background. Keyboard commands: 'next-mark' and 'previous-mark'
// (declared in the manifest) are forwarded to the active tab's content script as 'marks:step';
// pages without it (the browser's own, the web store) simply do not answer. And the card's
// link to an entity on the options page: a web page may not open extension pages, so the
// background opens that tab.
import { browser } from 'wxt/browser';
import { isEntityId } from '../../lib/kb-schema.ts';
import type { BackgroundRequests } from '../../lib/messages.ts';
import { askTab, type Handlers } from '../../lib/messaging.ts';

const DIRECTIONS: Record<string, 1 | -1> = { 'next-mark': 1, 'previous-mark': -1 };

export function forwardCommands(): () => void {
  const listener = async (command: string, tab?: { id?: number }) => {
    const direction = DIRECTIONS[command];
    if (!direction) return;
    const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (tabId === undefined || tabId < 0) return;
    try {
      await askTab(tabId, 'marks:step', { direction });
    } catch {
      // No content script in that tab: nothing to step through.
    }
  };
  browser.commands.onCommand.addListener(listener);
  return () => browser.commands.onCommand.removeListener(listener);
}

/** Content scripts may send this one (add it to sender-policy's FOR_CONTENT_SCRIPTS). */
export const cardRequests: Handlers<BackgroundRequests> = {
  'options:open': async ({ entity }, sender) => {
    // An entity id, nothing else, goes into the address.
    const hash = isEntityId(entity) ? `#entity=${entity}` : '';
    await browser.tabs.create({
      url: `${browser.runtime.getURL('/options.html')}${hash}`,
      ...(sender.tab?.index !== undefined ? { index: sender.tab.index + 1, openerTabId: sender.tab.id } : {}),
    });
  },
};
