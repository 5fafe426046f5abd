// Only loopback traffic reaches the network: every other request a page makes is aborted and
// counted. (Chromium is also started with a host-resolver rule that resolves nothing else.)
import type { BrowserContext, Request } from '@playwright/test';

export const HOST_RESOLVER_RULES = '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1';

export function isLoopback(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (!['http:', 'https:', 'ws:', 'wss:'].includes(parsed.protocol)) return false;
  const host = parsed.hostname;
  return host === 'localhost' || host === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

/** A web-accessible file at an extension's per-session address (use_dynamic_url: a GUID, not the
 * id), as a sub-frame's watcher imports the content script from: with one extension loaded, it is
 * that extension's. */
const DYNAMIC_ADDRESS = /^chrome-extension:\/\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\//;

/**
 * Loopback, the loaded extension's own files (at its id or its per-session address), and URLs that never leave the browser. A page's
 * reference to some other extension (Chromium rewrites it to chrome-extension://invalid/) is
 * blocked: left alone, such a parser-blocking script never finishes loading in headless Chromium.
 */
export function isAllowed(url: string, extensionIds: readonly string[] = []): boolean {
  if (url.startsWith('chrome-extension:')) {
    return extensionIds.some((id) => url.startsWith(`chrome-extension://${id}/`)) || (extensionIds.length > 0 && DYNAMIC_ADDRESS.test(url));
  }
  return isLoopback(url) || url.startsWith('data:') || url.startsWith('blob:');
}

function isMainFrame(request: Request): boolean {
  try {
    return request.frame().parentFrame() === null;
  } catch {
    return false;
  }
}

export interface NetworkGuard {
  /** Requests aborted since the context was guarded. */
  readonly blocked: number;
  /** Blocked requests since the last call, for per-page counts. */
  takeBlocked(): number;
}

export async function guardNetwork(context: BrowserContext, extensionIds: readonly string[] = []): Promise<NetworkGuard> {
  let blocked = 0;
  let taken = 0;
  await context.route('**/*', (route) => {
    const request = route.request();
    if (isAllowed(request.url(), extensionIds)) return route.continue();
    blocked++;
    // A page that sends itself elsewhere stays where it is (as after a 204) instead of turning
    // into an error page half-way through a measurement.
    if (request.isNavigationRequest() && isMainFrame(request)) return route.fulfill({ status: 204, body: '' });
    return route.abort('blockedbyclient');
  });
  return {
    get blocked() {
      return blocked;
    },
    takeBlocked() {
      const n = blocked - taken;
      taken = blocked;
      return n;
    },
  };
}
