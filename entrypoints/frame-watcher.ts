// The content script of every sub-frame: about 1.5 KB (gzipped) that look for text of the
// frame's own and, once there is some, load the full content script into this frame by a dynamic
// import() of the same file the top frame gets from the manifest. A frame that never holds text
// (an ad slot, a tracking pixel) never loads, compiles or runs it. wxt.config.ts declares this
// script in the manifest and makes the full one importable (web_accessible_resources).
import type { Browser } from '@wxt-dev/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { needsContentScript } from '../lib/page/frame-watch.ts';

/** The extension API, looked up only once it is needed: the first touch of `runtime` builds the
 * API's bindings in this frame's world, which costs a text-less frame more than all the rest
 * (as @wxt-dev/browser picks it, but not on load). */
function extensionApi(): typeof Browser {
  const world = globalThis as unknown as { browser?: typeof Browser; chrome: typeof Browser };
  return world.browser?.runtime?.id ? world.browser : world.chrome;
}

export default defineUnlistedScript(async () => {
  if (!(await needsContentScript({ doc: document, isTopFrame: window === window.top }))) return;
  try {
    // Chrome gives the per-session address (use_dynamic_url) that alone serves the file.
    await import(/* @vite-ignore */ extensionApi().runtime.getURL('/content-scripts/content.js'));
  } catch {
    // The extension was reloaded or removed meanwhile: there is nothing to load any more.
  }
});
