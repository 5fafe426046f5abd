// An HTML article for the KB build: its text through Readability (the article, not the page's
// navigation and furniture) in a happy-dom document, and what its markup says about it. Where
// Readability finds no article, the page's whole visible text is read instead, with a warning.
import { Readability } from '@mozilla/readability';
import { Window } from 'happy-dom';
import { readHtmlMeta, type HtmlMeta } from '../../lib/publisher/html-meta.ts';
import { htmlToParagraphs } from '../html-to-text.ts';

export interface HtmlArticle {
  paragraphs: string[];
  meta: HtmlMeta;
  /** Readability's own pick of the headline (it strips " | Site" from <title>). */
  readabilityTitle?: string;
  /** The page had no article Readability could find. */
  wholePage: boolean;
}

export async function readHtmlArticle(html: string, url = 'https://localhost/'): Promise<HtmlArticle> {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true, disableFallbackToSetURL: true },
    },
  });
  try {
    const document = window.document as unknown as Document;
    document.write(html);
    const meta = readHtmlMeta(document);
    // Readability takes the document apart; it gets its own copy.
    const article = new Readability(document.cloneNode(true) as Document).parse();
    const paragraphs = article?.content ? htmlToParagraphs(article.content) : [];
    if (paragraphs.length) return { paragraphs, meta, readabilityTitle: article?.title ?? undefined, wholePage: false };
    return { paragraphs: htmlToParagraphs(html), meta, readabilityTitle: article?.title ?? undefined, wholePage: true };
  } finally {
    await window.happyDOM.close();
  }
}
