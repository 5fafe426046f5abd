import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// `npm run bench` builds with WXT_BENCH=1: the content script then installs the bench's hook
// (bench/content-hook.ts). Normal builds leave that code out entirely.
const bench = process.env.WXT_BENCH === '1';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // No auto-imports: every use of the extension APIs is an import that the convention check
  // (.dependency-cruiser.cjs) can see, and `browser` is no global the type check would let through.
  imports: false,
  // Manifest V3 for Firefox too: the same permissions model (optional host permissions asked
  // at sync time) on both browsers.
  manifestVersion: 3,
  outDir: bench ? '.output/bench' : '.output',
  // Firefox's store asks for the sources; leave out what tests and benchmarks leave behind.
  zip: { excludeSources: ['test-results/**', 'playwright-report/**', 'bench/results/**', 'docs-drafts/**', '.output/**'] },
  vite: () => ({
    plugins: [preact()],
    define: { __KB_BENCH__: JSON.stringify(bench) },
  }),
  hooks: {
    'build:manifestGenerated': (_, manifest) => {
      manifest.content_scripts ??= [];
      // Sub-frames get a small watcher (entrypoints/frame-watcher.ts, an unlisted script WXT
      // builds as frame-watcher.js) instead of the full content script, which only the top frame
      // loads from the manifest: the watcher imports it once its frame holds text.
      manifest.content_scripts.push({
        matches: ['<all_urls>'],
        js: ['frame-watcher.js'],
        all_frames: true,
        match_about_blank: true,
        match_origin_as_fallback: true,
        run_at: 'document_idle',
      });
      // The marks' ::highlight() rules must reach the page itself: declare the CSS-only content
      // script in the manifest (WXT builds entrypoints/marks.content.css into
      // content-scripts/marks.css but lists no CSS-only content script there itself).
      manifest.content_scripts.push({
        matches: ['<all_urls>'],
        css: ['content-scripts/marks.css'],
        all_frames: true,
        match_about_blank: true,
        match_origin_as_fallback: true,
      });
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // alarms: daily auto-sync. activeTab: the popup reads the current tab's site. contextMenus:
    // "Add “…” as a name" on a selection. offscreen (Chrome): a service worker has no DOMParser,
    // so an added article is parsed in an offscreen document (Firefox's background page has one).
    // WXT adds sidePanel for Chrome's side panel (entrypoints/sidepanel/; Firefox: sidebar_action, no permission).
    permissions: ['alarms', 'activeTab', 'contextMenus', ...(browser === 'firefox' ? [] : ['offscreen'])],
    // A sub-frame's watcher imports the full content script once text appears there
    // (entrypoints/frame-watcher.ts). Chrome serves it only at an address made anew each session
    // (use_dynamic_url), so no page can probe for it; Firefox's extension address is already
    // random per install.
    web_accessible_resources: [{
      resources: ['content-scripts/content.js'],
      matches: ['<all_urls>'],
      ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
    }],
    // Asked for at the moment a reader syncs from a URL, never at install.
    optional_host_permissions: ['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*'],
    commands: {
      'next-mark': { suggested_key: { default: 'Alt+Shift+Period' }, description: '__MSG_commandNextMark__' },
      'previous-mark': { suggested_key: { default: 'Alt+Shift+Comma' }, description: '__MSG_commandPreviousMark__' },
      // Handled in the background (entrypoints/background/side-panel.ts): Chrome's side panel, Firefox's sidebar.
      'open-side-panel': { suggested_key: { default: 'Alt+Shift+S' }, description: '__MSG_commandOpenSidePanel__' },
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'news-context@kb-annotations.example',
          // 140: the first Firefox with the CSS Custom Highlight API the marks are painted with.
          strict_min_version: '140.0',
          // The extension collects and transmits nothing (see docs/privacy.md).
          data_collection_permissions: { required: ['none'] },
        },
        // 142: the first Firefox for Android that reads data_collection_permissions.
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
});
