/**
 * Playwright Test fixtures for the Firefox tier. Playwright cannot drive Firefox here (its
 * Firefox is a patched build that cannot be downloaded), so puppeteer-core drives Debian's
 * Firefox ESR over WebDriver BiDi and Playwright Test only runs the tests.
 *
 * One Firefox per worker (the tier has one worker) with the built extension installed; a fresh
 * tab per test. `errors` fills in with every console error and uncaught exception of the tab
 * (page and content script) and of the extension's background while the test runs; it starts
 * with any that Firefox printed since the previous test (or since the install, for the first).
 *
 * Usage: `import { test, expect } from './fixtures.ts';`
 */
import path from 'node:path';
import { test as base } from '@playwright/test';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { CONSOLE_TO_STDOUT_PREFS, watchConsoleErrors } from './firefox-console.ts';

/** The unpacked Firefox build; `npm run build:firefox` makes it. */
export const FIREFOX_EXTENSION_DIR = path.resolve('.output/firefox-mv3');
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

interface RunningFirefox {
  browser: Browser;
  /** The running test's errors, if a test is running. */
  errorSink: string[] | null;
  /** Errors Firefox printed while no test ran (e.g. the background starting up at install):
   * the next test reports them. */
  unclaimed: string[];
}

interface WorkerFixtures {
  firefox: RunningFirefox;
}

interface TestFixtures {
  /** A fresh tab in the shared Firefox. */
  tab: Page;
  /** Console errors and uncaught exceptions seen during the test; assert it is empty at the end. */
  errors: string[];
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  firefox: [
    async ({}, use) => {
      const browser = await puppeteer.launch({
        browser: 'firefox',
        executablePath: FIREFOX_PATH,
        headless: true,
        extraPrefsFirefox: CONSOLE_TO_STDOUT_PREFS,
      });
      const running: RunningFirefox = { browser, errorSink: null, unclaimed: [] };
      const firefoxProcess = browser.process();
      if (!firefoxProcess?.stdout || !firefoxProcess.stderr) throw new Error('Firefox was started without its output piped');
      for (const output of [firefoxProcess.stdout, firefoxProcess.stderr]) {
        watchConsoleErrors(output, (line) => (running.errorSink ?? running.unclaimed).push(`firefox: ${line}`));
      }
      await browser.installExtension(FIREFOX_EXTENSION_DIR);
      await use(running);
      await browser.close();
    },
    // The first start makes a profile: several seconds on a busy 2-core machine.
    { scope: 'worker', timeout: 60_000 },
  ],
  errors: async ({ firefox }, use) => {
    const errors = firefox.unclaimed.splice(0).map((line) => `${line} (before this test)`);
    firefox.errorSink = errors;
    await use(errors);
    firefox.errorSink = null;
  },
  tab: async ({ firefox, errors }, use) => {
    const tab = await firefox.browser.newPage();
    await tab.setViewport({ width: 1000, height: 800 });
    tab.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(`console.error: ${msg.text()} (${msg.location().url ?? 'unknown'})`);
    });
    tab.on('pageerror', (error) => errors.push(`pageerror: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`));
    await use(tab);
    await tab.close();
  },
});

export const expect = test.expect;
