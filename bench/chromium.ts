// Starts Debian's Chromium headless, with or without an unpacked extension, the way the e2e
// fixtures do (tests/e2e/fixtures.ts: same binary, same flags), plus the network lock-down and
// the late-document.write guard.
import { chromium, type BrowserContext } from '@playwright/test';
import { BASE_FLAGS, CHROMIUM_PATH } from '../tests/e2e/chromium-flags.ts';
import { ignoreLateDocumentWrites } from './late-document-write.ts';
import { guardNetwork, HOST_RESOLVER_RULES, type NetworkGuard } from './network-guard.ts';

export { CHROMIUM_PATH };

/** The flags of tests/e2e/fixtures.ts, less the extension ones. */
const FIXTURE_FLAGS = BASE_FLAGS;

export interface Browser {
  context: BrowserContext;
  guard: NetworkGuard;
  /** The unpacked extension loaded, if any, and its id. */
  extensionDir?: string;
  extensionId?: string;
  close(): Promise<void>;
}

/** `serviceWorker: false` for an extension without one (the naive painter): its id stays unknown. */
export async function launchBrowser(extensionDir?: string, options: { serviceWorker?: boolean } = {}): Promise<Browser> {
  const extensionFlags = extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : [];
  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: [...extensionFlags, ...FIXTURE_FLAGS, HOST_RESOLVER_RULES],
  });
  let extensionId: string | undefined;
  if (extensionDir && options.serviceWorker !== false) {
    // The extension's service worker answers the content script's first message; its URL's
    // host is the extension's id.
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    extensionId = new URL(worker.url()).host;
  }
  const guard = await guardNetwork(context, extensionId ? [extensionId] : []);
  await ignoreLateDocumentWrites(context);
  return { context, guard, extensionDir, extensionId, close: () => context.close() };
}
