import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests drive the built extension (`.output/chrome-mv3`, made by `wxt build`)
 * in Debian's Chromium. Playwright's bundled browsers are never used or downloaded:
 * tests get their browser from the `context` fixture in tests/e2e/fixtures.ts, and the
 * `launchOptions` below only make a stray use of the stock `browser` fixture fail loudly
 * against the same system binary instead of asking for `npx playwright install`.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  // Every test launches its own persistent Chromium; more than one at a time on a 2-core
  // machine only makes timing-sensitive assertions flaky.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: 'list',
  outputDir: 'test-results',
  use: {
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
    actionTimeout: 10_000,
    navigationTimeout: 15_000,
    trace: 'retain-on-failure',
  },
});
