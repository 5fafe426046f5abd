// Whether the extension can mark a page at all. Browsers keep extensions out of their own
// pages and out of their extension stores, whatever permissions an extension has.
export type PageKind = 'web' | 'restricted' | 'unknown';

const STORE_PAGES = [
  /^https:\/\/chromewebstore\.google\.com\//,
  /^https:\/\/chrome\.google\.com\/webstore/,
  /^https:\/\/microsoftedge\.microsoft\.com\/addons/,
  /^https:\/\/addons\.mozilla\.org\//,
];

export function pageKind(url: string | undefined): PageKind {
  if (!url) return 'unknown';
  if (STORE_PAGES.some((pattern) => pattern.test(url))) return 'restricted';
  return /^(https?|file):/i.test(url) ? 'web' : 'restricted';
}
