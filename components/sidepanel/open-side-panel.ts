// Opening the side panel, in each browser's way: Chrome's side panel (sidePanel.open for a tab
// or a window) or Firefox's sidebar (sidebarAction.open). Both browsers allow it only while
// handling a reader's action (a click, a keyboard command, and in Chrome a message sent from a
// click in a content script), so callers call this first thing in their handler, with no await
// before it. `entity`: the name to open it on (#entity=ID); an open panel navigates to it.
import { browser } from 'wxt/browser';
import { isEntityId } from '../../lib/kb-schema.ts';

export interface PanelPlace {
  tabId?: number;
  windowId?: number;
}

interface FirefoxSidebar {
  open(): Promise<void>;
  isOpen(details: { windowId?: number }): Promise<boolean>;
  setPanel(details: { panel: string; windowId?: number }): Promise<void>;
}

/** The panel's page, on `entity` when it is a well-formed id (nothing else goes into the address). */
export function panelPath(entity?: string): `/sidepanel.html${string}` {
  return entity && isEntityId(entity) ? `/sidepanel.html#entity=${entity}` : '/sidepanel.html';
}

function sidebar(): FirefoxSidebar | undefined {
  return (browser as unknown as { sidebarAction?: FirefoxSidebar }).sidebarAction;
}

/** Whether this browser has a side panel the extension can open. */
export function hasSidePanel(): boolean {
  return !!(browser.sidePanel?.open || sidebar());
}

/** Opens the panel where `place` says; resolves false where the browser cannot or will not. */
export function openSidePanel(place: PanelPlace, asked?: string): Promise<boolean> {
  const entity = asked && isEntityId(asked) ? asked : undefined;
  const firefox = sidebar();
  if (firefox) {
    // setPanel first, not awaited: open() must run while the reader's action is being handled.
    if (entity) void firefox.setPanel({ panel: browser.runtime.getURL(panelPath(entity)), windowId: place.windowId }).catch(() => undefined);
    return firefox.open().then(
      () => true,
      // Opened already (setPanel then took it to the name), or refused.
      () => (place.windowId === undefined ? false : firefox.isOpen({ windowId: place.windowId }).catch(() => false)),
    );
  }
  const chrome = browser.sidePanel;
  if (!chrome?.open) return Promise.resolve(false);
  if (entity) void chrome.setOptions({ path: panelPath(entity).slice(1) }).catch(() => undefined);
  const where = place.tabId !== undefined ? { tabId: place.tabId } : place.windowId !== undefined ? { windowId: place.windowId } : undefined;
  if (!where) return Promise.resolve(false);
  return chrome.open(where).then(
    () => true,
    () => false,
  );
}
