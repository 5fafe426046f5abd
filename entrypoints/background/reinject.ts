// After an install or an update, tabs that were already open have no content script, or an
// orphaned old one: inject the new one so they are marked at once. The old copy sees the new
// one start (WXT's content-script context) and removes its marks, so nothing is doubled.
import { browser } from 'wxt/browser';

export function reinjectAfterUpdate(): void {
  browser.runtime.onInstalled.addListener(async ({ reason }) => {
    if (reason !== 'install' && reason !== 'update') return;
    const scripts = browser.runtime.getManifest().content_scripts ?? [];
    // The manifest's own file names; WXT types `files` as its list of known public paths.
    const js = scripts.flatMap((s) => s.js ?? []) as never[];
    const css = scripts.flatMap((s) => s.css ?? []) as never[];
    const tabs = await browser.tabs.query({});
    await Promise.all(tabs.map(async (tab) => {
      if (tab.id === undefined || tab.discarded) return;
      const target = { tabId: tab.id, allFrames: true };
      try {
        if (css.length) await browser.scripting.insertCSS({ target, files: css });
        if (js.length) await browser.scripting.executeScript({ target, files: js });
      } catch {
        // A tab we may not script (the web store, a page that closed meanwhile): nothing to do.
      }
    }));
  });
}
