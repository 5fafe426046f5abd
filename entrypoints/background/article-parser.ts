// Where a page's HTML is parsed into an article: never on the page (see docs/your-knowledge.md).
// Firefox's background is a page with a DOM, so it parses there; Chrome's service worker has no
// DOMParser, so an offscreen document (reason DOM_PARSER) does it and is closed afterwards.
import { browser } from 'wxt/browser';
import type { Extraction, PageFacts } from '../../lib/reading/extract-article.ts';
import type { OffscreenRequests } from '../../lib/reading/offscreen-requests.ts';

const OFFSCREEN_PATH = '/offscreen.html';

let opening: Promise<void> | undefined;
let inFlight = 0;

async function openOffscreen(): Promise<void> {
  const url = browser.runtime.getURL(OFFSCREEN_PATH);
  const open = await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT' as never], documentUrls: [url] });
  if (open.length) return;
  opening ??= browser.offscreen
    .createDocument({ url: OFFSCREEN_PATH, reasons: ['DOM_PARSER' as never], justification: 'Reads the article of a page the reader chose to add, away from the page.' })
    .finally(() => (opening = undefined));
  await opening;
}

async function parseOffscreen(html: string, page: PageFacts): Promise<Extraction> {
  inFlight++;
  try {
    await openOffscreen();
    const request: { type: keyof OffscreenRequests; payload: OffscreenRequests['offscreen:extract'][0] } = { type: 'offscreen:extract', payload: { html, page } };
    return (await browser.runtime.sendMessage(request)) as Extraction;
  } finally {
    // Nothing else to parse: give its memory back.
    if (--inFlight === 0) await browser.offscreen.closeDocument().catch(() => undefined);
  }
}

export async function parseArticleHtml(html: string, page: PageFacts): Promise<Extraction> {
  if (import.meta.env.FIREFOX) {
    // Imported only in the Firefox build: Chrome's service worker never loads Readability.
    const { extractArticleFromHtml } = await import('../../lib/reading/extract-article.ts');
    return extractArticleFromHtml(html, page);
  }
  return parseOffscreen(html, page);
}
