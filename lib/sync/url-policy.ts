// Which addresses a KB may be synced from: https anywhere, plain http only on this machine
// (localhost, 127.0.0.1), where nobody on the network can tamper with it.
import type { Refusal } from './outcome.ts';

export type UrlCheck = { ok: true; url: URL; permission: string } | { ok: false; refusal: Refusal };

export function isLoopbackHost(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '127.0.0.1';
}

/** true for https, and for http on localhost or 127.0.0.1. */
export function isAllowedAddress(url: URL): boolean {
  return url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.hostname));
}

/** The host permission (a match pattern; it covers every port) that reading `url` needs. */
export function permissionFor(url: URL): string {
  return `${url.protocol}//${url.hostname}/*`;
}

export function checkSyncUrl(text: string): UrlCheck {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return { ok: false, refusal: { kind: 'bad-url', detail: 'not-a-url' } };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, refusal: { kind: 'bad-url', detail: 'scheme' } };
  if (!isAllowedAddress(url)) return { ok: false, refusal: { kind: 'bad-url', detail: 'insecure' } };
  // A password in the address would be stored in the settings and shown on the page.
  if (url.username || url.password) return { ok: false, refusal: { kind: 'bad-url', detail: 'credentials' } };
  url.hash = '';
  return { ok: true, url, permission: permissionFor(url) };
}
