// What a news page says about itself in its markup: title, canonical address, publisher,
// publication date and language, from <title>, Open Graph, article:published_time, JSON-LD
// (NewsArticle and its kin) and <link rel=canonical>. Each value names the tag it came from,
// so a wrong one can be found in the file. Needs only a DOM.

export interface HtmlMetaValue {
  value: string;
  /** The tag or property it was read from, as a reader would search for it: "og:title". */
  from: string;
  /** Text to look for in the page's source to find the line it stands on. */
  needle: string;
}

export type HtmlMeta = Partial<Record<'title' | 'url' | 'publisher' | 'date' | 'language', HtmlMetaValue[]>>;

function metaContent(doc: Document, key: string): string | undefined {
  for (const el of doc.querySelectorAll('meta')) {
    const name = el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop');
    if (name?.toLowerCase() === key) return el.getAttribute('content') ?? undefined;
  }
  return undefined;
}

type JsonLd = Record<string, unknown>;

/** The JSON-LD objects of the page, @graph entries included; broken blocks are skipped. */
function jsonLdObjects(doc: Document): JsonLd[] {
  const out: JsonLd[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (typeof value !== 'object' || value === null) return;
    const object = value as JsonLd;
    out.push(object);
    if ('@graph' in object) visit(object['@graph']);
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // A page's broken JSON-LD says nothing; the other sources still may.
    }
  }
  return out;
}

const ARTICLE_TYPE = /article|posting|report/i;

function isArticle(object: JsonLd): boolean {
  const type = object['@type'];
  return (Array.isArray(type) ? type : [type]).some((t) => typeof t === 'string' && ARTICLE_TYPE.test(t));
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && value !== null && typeof (value as JsonLd).name === 'string') return (value as JsonLd).name as string;
  return undefined;
}

export function readHtmlMeta(doc: Document): HtmlMeta {
  const meta: Required<HtmlMeta> = { title: [], url: [], publisher: [], date: [], language: [] };
  const add = (field: keyof HtmlMeta, value: string | null | undefined, from: string, needle = from) => {
    if (value?.trim()) meta[field].push({ value: value.trim(), from, needle });
  };
  const article = jsonLdObjects(doc).find(isArticle);
  add('title', text(article?.headline), 'JSON-LD headline', '"headline"');
  add('title', metaContent(doc, 'og:title'), 'og:title');
  add('title', doc.querySelector('title')?.textContent, '<title>', '<title');
  add('url', doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href'), '<link rel="canonical">', 'canonical');
  add('url', metaContent(doc, 'og:url'), 'og:url');
  add('url', text(article?.url), 'JSON-LD url', '"url"');
  add('publisher', metaContent(doc, 'og:site_name'), 'og:site_name');
  add('publisher', text(article?.publisher), 'JSON-LD publisher', '"publisher"');
  add('date', metaContent(doc, 'article:published_time'), 'article:published_time');
  add('date', text(article?.datePublished), 'JSON-LD datePublished', '"datePublished"');
  add('date', metaContent(doc, 'date'), '<meta name="date">', 'name="date"');
  add('date', doc.querySelector('time[datetime]')?.getAttribute('datetime'), '<time datetime>', '<time');
  add('language', doc.documentElement.getAttribute('lang'), '<html lang>', '<html');
  add('language', text(article?.inLanguage), 'JSON-LD inLanguage', '"inLanguage"');
  return meta;
}
