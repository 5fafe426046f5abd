// Chrome's offscreen document: parses a page's HTML with DOMParser and extracts its article
// with Readability for the background (entrypoints/background/article-parser.ts).
import { answer } from '../../lib/messaging.ts';
import { extractArticleFromHtml } from '../../lib/reading/extract-article.ts';
import type { OffscreenRequests } from '../../lib/reading/offscreen-requests.ts';

answer<OffscreenRequests>({
  'offscreen:extract': ({ html, page }) => {
    try {
      return extractArticleFromHtml(html, page);
    } catch (error) {
      return { ok: false, refusal: { kind: 'failed', detail: error instanceof Error ? error.message : String(error) } };
    }
  },
});
