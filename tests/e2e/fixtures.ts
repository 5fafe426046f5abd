/**
 * Playwright fixtures that load the built extension into Debian's Chromium.
 * Modelled on WXT's examples/playwright-e2e-testing/e2e/fixtures.ts.
 *
 * Usage: `import { test, expect, collectErrors } from './fixtures';`
 */
import path from 'node:path';
import { test as base, chromium, type BrowserContext, type Page } from '@playwright/test';
import { CHROMIUM_PATH, extensionFlags } from './chromium-flags.ts';

/** The unpacked MV3 build; run `wxt build` (or `npm run build`) before the e2e tests. */
export const EXTENSION_DIR = path.resolve('.output/chrome-mv3');

/** Never Playwright's own browsers: they cannot be downloaded here. */
export { CHROMIUM_PATH };

export interface ExtensionFixtures {
  /** A fresh persistent Chromium profile with the extension loaded (one per test). */
  context: BrowserContext;
  /** The extension's id: the host of its service worker's chrome-extension:// URL. */
  extensionId: string;
}

export const test = base.extend<ExtensionFixtures>({
  // Overriding `context` also makes the stock `page` fixture open in this browser.
  context: async ({}, use) => {
    const context = await chromium.launchPersistentContext('', {
      executablePath: CHROMIUM_PATH,
      // Chromium's current headless mode runs extensions, including their service workers.
      headless: true,
      args: extensionFlags(EXTENSION_DIR),
    });
    await use(context);
    await context.close();
  },
  extensionId: async ({ context }, use) => {
    // The worker may already be running by the time the context is handed to us.
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const extensionId = new URL(worker.url()).host;
    await use(extensionId);
  },
});

export const expect = test.expect;

/**
 * Starts recording a page's console errors and uncaught exceptions; call it before
 * `page.goto` so that nothing logged during load is missed. The returned array fills
 * in as errors happen, so assert on it at the end: `expect(errors).toEqual([])`.
 */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') {
      const { url, lineNumber } = msg.location();
      errors.push(`console.error: ${msg.text()}${url ? ` (${url}:${lineNumber})` : ''}`);
    }
  });
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.stack ?? err.message}`));
  return errors;
}
