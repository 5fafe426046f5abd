// The one request the background sends Chrome's offscreen document (a service worker has no
// DOM to parse a page in): extract the article from a page's HTML.
import type { Extraction, PageFacts } from './extract-article.ts';

export interface OffscreenRequests {
  'offscreen:extract': [{ html: string; page: PageFacts }, Extraction];
}
