// The side panel from the background: the card's "Open in side panel" ('sidepanel:open', sent
// by the content script from the reader's click, which Chrome lets the message carry), and the
// keyboard command 'open-side-panel'. The panel opens on the sender's tab; a panel already open
// in that window is told to show the name ('sidepanel:show'). Where the browser will not open it
// (Firefox does not count a message as the reader's action), the answer is opened: false and
// the card shows its pinned view instead.
import { browser } from 'wxt/browser';
import { openSidePanel } from '../../components/sidepanel/open-side-panel.ts';
import { isEntityId } from '../../lib/kb-schema.ts';
import type { BackgroundRequests } from '../../lib/messages.ts';
import type { Handlers } from '../../lib/messaging.ts';
import { tellExtensionPages } from './broadcast.ts';

export const OPEN_PANEL_COMMAND = 'open-side-panel';

export const sidePanelRequests: Handlers<BackgroundRequests> = {
  // Not async: the panel must be asked to open before anything is awaited.
  'sidepanel:open': ({ entity }, sender) => {
    const place = { tabId: sender.tab?.id, windowId: sender.tab?.windowId };
    if (place.tabId === undefined && place.windowId === undefined) return { opened: false };
    const opening = openSidePanel(place, entity);
    if (entity && isEntityId(entity)) tellExtensionPages('sidepanel:show', { entity, ...place });
    return opening.then((opened) => ({ opened }));
  },
};

export function listenForPanelCommand(): () => void {
  const listener = (command: string, tab?: { id?: number; windowId?: number }) => {
    if (command === OPEN_PANEL_COMMAND) void openSidePanel({ tabId: tab?.id, windowId: tab?.windowId });
  };
  browser.commands.onCommand.addListener(listener);
  return () => browser.commands.onCommand.removeListener(listener);
}
