// The project's conventions, checked by `npm run lint:deps` (part of `npm test`): no import
// cycles; lib/ is the core (it imports from no other folder of ours); components/ are UI over lib/;
// bench code reaches shipped code through the one hook only; and the extension's APIs are used
// only in the adapter modules listed below. With WXT's auto-imports off (wxt.config.ts) and no
// `browser` or `chrome` global known to the type check, an import is the only way to reach those
// APIs, so this list is the whole of it.

/** The modules that may use the extension's APIs: entrypoints are the wiring; the rest adapt one API each. */
const EXTENSION_API_ADAPTERS = [
  '^entrypoints/',
  '^lib/messaging\\.ts$', // runtime and tabs messaging
  '^components/options/i18n\\.ts$', // i18n.getMessage for the options page and popup
  '^components/options/page-events\\.ts$', // the background's broadcasts to extension pages
  '^components/options/SyncPanel\\.tsx$', // permissions.request, which must run in the click itself
  '^components/options/ShortcutsPanel\\.tsx$', // commands.getAll and the browser's shortcut page
  '^components/popup/PopupApp\\.tsx$', // runtime.getURL and openOptionsPage
  '^components/popup/popup-target\\.ts$', // tabs.query for the popup's tab
  '^components/sidepanel/panel-target\\.ts$', // windows and tabs events: the side panel's tab
  '^components/sidepanel/open-side-panel\\.ts$', // sidePanel.open / sidebarAction.open, which must run in the reader's action
];

/** Where the extension APIs come from (resolved paths). */
const EXTENSION_APIS = '^node_modules/(wxt/dist/(browser|utils|testing)|webextension-polyfill|@wxt-dev/(browser|webextension-polyfill))';

/** A rule that fails the check: `from` may not import `to`. */
const forbid = (name, comment, from, to) => ({ name, comment, severity: 'error', from, to });

module.exports = {
  forbidden: [
    forbid('no-cycles', 'An import cycle: split what both sides need into a module of its own.', {}, { circular: true }),
    forbid(
      'lib-is-the-core',
      'lib/ is the pure core: it imports nothing from entrypoints/, components/, bench/, scripts/ or tests/.',
      { path: '^lib/' },
      { path: '^(entrypoints|components|bench|scripts|tests)/' },
    ),
    forbid(
      'components-are-ui-over-lib',
      'components/ (Preact UI) may use lib/, never the entrypoints that wire them up, nor bench/, scripts/ or tests/.',
      { path: '^components/' },
      { path: '^(entrypoints|bench|scripts|tests)/' },
    ),
    forbid('entrypoints-take-no-script-or-test-code', 'Entrypoints ship: scripts/ and tests/ do not.', { path: '^entrypoints/' }, { path: '^(scripts|tests)/' }),
    forbid(
      'bench-only-through-its-hook',
      'Shipped code reaches bench/ at one place: the content entrypoint installs bench/content-hook.ts in bench builds (normal builds drop it).',
      { path: '^(entrypoints|lib|components)/', pathNot: '^entrypoints/content/index\\.ts$' },
      { path: '^bench/' },
    ),
    forbid(
      'the-hook-is-the-only-bench-module-shipped-code-imports',
      'The content entrypoint imports bench/content-hook.ts and nothing else from bench/.',
      { path: '^entrypoints/content/index\\.ts$' },
      { path: '^bench/', pathNot: '^bench/content-hook\\.ts$' },
    ),
    forbid(
      'extension-apis-only-in-adapters',
      'Extension APIs are for the adapter modules only (.dependency-cruiser.cjs lists them): take what you need from one of them, or add an adapter.',
      { path: '^(lib|components|bench|scripts)/', pathNot: EXTENSION_API_ADAPTERS },
      { path: EXTENSION_APIS },
    ),
  ],
  allowed: [],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(\\.output|\\.wxt|test-results|playwright-report)/' },
    // Type-only imports count: they make cycles for the reader as much as any other import.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'], extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json', '.d.ts'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
