// The one place that says how Debian's Chromium is started for tests and benchmarks: never
// Playwright's own browsers (they cannot be downloaded here), headless, and kept off the network.

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for every launch. */
export const BASE_FLAGS = [
  // CI runs as root, where Chromium refuses to start with its sandbox on.
  '--no-sandbox',
  // No network beyond the test's own servers: keep Chromium from phoning home.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-gpu',
];

/** Flags that load one unpacked extension (and no other). */
export function extensionFlags(extensionDir: string): string[] {
  return [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, ...BASE_FLAGS];
}
