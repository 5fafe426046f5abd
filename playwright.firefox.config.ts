import { defineConfig } from '@playwright/test';

/**
 * The Firefox tier: tests in tests/firefox drive the Firefox build (`.output/firefox-mv3`,
 * made by `npm run build:firefox`) in Debian's Firefox ESR. Playwright cannot drive that
 * Firefox, so the tests launch it themselves with puppeteer-core over WebDriver BiDi
 * (tests/firefox/fixtures.ts); Playwright Test is only the runner, and its own browsers are
 * never used or downloaded. See docs/browsers.md.
 */
export default defineConfig({
  testDir: 'tests/firefox',
  // One Firefox, shared by the tests (a fresh tab each); parallel browsers only make the
  // timing of the card flaky on a 2-core machine.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: 'list',
  outputDir: 'test-results/firefox',
});
