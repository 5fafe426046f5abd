// The context-menu entry "Add “…” as a name" on selected text. It opens the add-name window for
// the frame the selection is in; the window asks that frame's content script for the selection
// and its sentence (entrypoints/add-name/), and falls back to the menu's own text where no
// content script answers.
import { browser } from 'wxt/browser';

const MENU_ID = 'add-name';
/** The menu's copy of the selection, passed on in the window's address: enough for a name. */
const TEXT_IN_ADDRESS = 300;

function createMenu(): void {
  void browser.contextMenus.removeAll().then(() =>
    browser.contextMenus.create({
      id: MENU_ID,
      title: browser.i18n.getMessage('yours_menu_add_name'),
      contexts: ['selection'],
      documentUrlPatterns: ['http://*/*', 'https://*/*', 'file:///*'],
    }),
  );
}

export function addNamePageUrl(tabId: number | undefined, frameId: number | undefined, text: string | undefined): string {
  const params = new URLSearchParams();
  if (tabId !== undefined && tabId >= 0) params.set('tab', String(tabId));
  if (frameId !== undefined) params.set('frame', String(frameId));
  if (text) params.set('text', text.slice(0, TEXT_IN_ADDRESS));
  return browser.runtime.getURL(`/add-name.html?${params}`);
}

export function setUpAddNameMenu(): void {
  // Menus persist across the worker's restarts; make them once per install and browser start.
  browser.runtime.onInstalled.addListener(createMenu);
  browser.runtime.onStartup.addListener(createMenu);
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_ID) return;
    const url = addNamePageUrl(tab?.id, info.frameId, info.selectionText);
    // Android has no windows: a tab will do.
    if (browser.windows?.create) void browser.windows.create({ url, type: 'popup', width: 460, height: 640 });
    else void browser.tabs.create({ url });
  });
}
