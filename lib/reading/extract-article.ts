// The article of a page, from its HTML parsed off the page (the offscreen document in Chrome,
// the background page in Firefox): Readability finds the article, the page's metadata gives its
// date, language, site and canonical address. Pages that are not articles are refused in words.
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import type { ArticleNote, ArticleRefusal } from './article-outcome.ts';
import { paragraphsOf, trimToParagraphs } from './article-text.ts';
import { dayOf, languageTag, readPageMetadata } from './page-metadata.ts';
import { MAX_ARTICLE_CHARS } from './limits.ts';
import type { ArticleToStore } from '../store/reader-knowledge.ts';

/** Less article text than this is a teaser (a paywall) or a stub, not an article to keep. */
export const MIN_ARTICLE_CHARS = 500;
/** A page Readability does not think of as an article needs this much text to count as one. */
const NOT_READERABLE_MIN_CHARS = 1000;

/** Text that is mostly links is a list of links (a home page, a menu), not an article. */
const MAX_LINK_SHARE = 0.5;

function linkShare(content: Element, chars: number): number {
  let linked = 0;
  for (const link of content.querySelectorAll('a')) linked += (link.textContent ?? '').replace(/\s+/g, ' ').trim().length;
  return chars ? linked / chars : 1;
}

/** What only the live page knows, sent with its HTML. */
export interface PageFacts {
  url: string;
  /** document.title as the page's scripts left it. */
  title?: string;
}

export type Extraction = { ok: true; article: ArticleToStore; notes: ArticleNote[] } | { ok: false; refusal: ArticleRefusal };

function clean(value: string | null | undefined, max: number): string | undefined {
  const text = value?.replace(/\s+/g, ' ').trim();
  if (!text) return undefined;
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Pages that do not say their language: Chinese, Japanese and Korean text still shows it. */
export function languageFromScript(text: string): string | undefined {
  const sample = text.slice(0, 2000);
  if (/[\u3040-\u30ff]/.test(sample)) return 'ja';
  if (/[\uac00-\ud7af]/.test(sample)) return 'ko';
  const han = sample.match(/[\u4e00-\u9fff]/g)?.length ?? 0;
  return han > sample.length * 0.2 ? 'zh' : undefined;
}

/** The canonical address, unless it points above the page (a section or home page as "canonical"). */
export function articleAddress(canonical: string | undefined, pageUrl: string): string {
  const page = new URL(pageUrl);
  page.hash = '';
  if (!canonical) return page.href;
  const canon = new URL(canonical);
  const above = canon.host === page.host && canon.pathname !== page.pathname && page.pathname.startsWith(canon.pathname);
  return above ? page.href : canon.href;
}

export function extractArticle(doc: Document, page: PageFacts, now = new Date()): Extraction {
  const meta = readPageMetadata(doc, page.url, now);
  const readerable = isProbablyReaderable(doc);
  // Readability changes the document it reads; nothing else reads it after this.
  const parsed = new Readability<Node>(doc, { serializer: (node) => node }).parse();
  const content = parsed?.content as Element | null | undefined;
  const paragraphs = content && content.nodeType === 1 ? paragraphsOf(content) : [];
  const chars = paragraphs.join('\n\n').length;
  if (!parsed || !content || !paragraphs.length || linkShare(content, chars) > MAX_LINK_SHARE) return { ok: false, refusal: { kind: 'not-an-article' } };
  if (chars < MIN_ARTICLE_CHARS) return { ok: false, refusal: { kind: 'too-little-text', chars, minimum: MIN_ARTICLE_CHARS } };
  if (!readerable && chars < NOT_READERABLE_MIN_CHARS) return { ok: false, refusal: { kind: 'not-an-article' } };

  const notes: ArticleNote[] = [];
  // The declared headline, else Readability's reading of <title>; a page without either gets
  // the title its scripts set, or its first heading.
  let title = meta.title ?? clean(parsed.title, 500);
  if (!title) {
    title = clean(page.title, 500) ?? meta.heading;
    if (!title) return { ok: false, refusal: { kind: 'no-title' } };
    notes.push('title-from-page');
  }
  if (paragraphs[0] === title) paragraphs.shift();
  const body = trimToParagraphs(paragraphs, MAX_ARTICLE_CHARS);
  if (body.trimmed) notes.push('trimmed');
  const published = meta.published ?? dayOf(parsed.publishedTime, now);
  if (!published) notes.push('undated');

  const pageUrl = articleAddress(undefined, page.url);
  const article: ArticleToStore = {
    url: articleAddress(meta.canonical, page.url),
    pageUrl,
    title,
    byline: clean(parsed.byline, 200) ?? meta.byline,
    publisher: meta.siteName ?? clean(parsed.siteName, 200) ?? (new URL(pageUrl).hostname.replace(/^www\./, '') || undefined),
    published,
    language: meta.language ?? languageTag(parsed.lang) ?? languageFromScript(body.text) ?? 'und',
    text: body.text,
    trimmed: body.trimmed || undefined,
  };
  for (const key of ['byline', 'publisher', 'published', 'trimmed'] as const) if (article[key] === undefined) delete article[key];
  return { ok: true, article, notes };
}

/** Parses a page's serialised HTML and extracts its article. */
export function extractArticleFromHtml(html: string, page: PageFacts, now = new Date()): Extraction {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return extractArticle(doc, page, now);
}
