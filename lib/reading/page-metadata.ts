// What a page says about itself in its markup: title, author, site, date published, language
// and canonical address, from JSON-LD (schema.org Article and its kin), Open Graph and other
// meta tags, <html lang> and <link rel=canonical>. Works on any Document: the live page (for a
// name's "added from") or one parsed from the page's HTML (for an added article).

export interface PageMetadata {
  /** The headline the page declares (JSON-LD, Open Graph), not its <title>. */
  title?: string;
  /** The page's first <h1>, for a page with no title at all. */
  heading?: string;
  byline?: string;
  siteName?: string;
  /** YYYY-MM-DD. */
  published?: string;
  language?: string;
  /** Absolute http(s) address. */
  canonical?: string;
}

/** A JSON-LD block larger than this is not read (a page's whole state dumped as "JSON-LD"). */
const MAX_JSON_LD_CHARS = 200_000;
const MAX_FIELD_CHARS = 200;

const DATE_METAS = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="date"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="publish-date"]',
  'meta[name="DC.date.issued"]',
  'meta[name="dcterms.date"]',
  'meta[name="sailthru.date"]',
  'meta[name="parsely-pub-date"]',
  'meta[property="og:published_time"]',
];

function clean(value: unknown, max = MAX_FIELD_CHARS): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.replace(/\s+/g, ' ').trim();
  // Unfilled template placeholders ("{$plugin.site_name}") say nothing.
  if (!text || /\{\$?[\w.]+\}/.test(text)) return undefined;
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function metaContent(doc: Document, selector: string): string | undefined {
  return clean(doc.querySelector(selector)?.getAttribute('content'));
}

/** "2019-11-19T02:34:30Z", "2019-11-19 19:31:39", "2019/11/19" → "2019-11-19"; nonsense → undefined. */
export function dayOf(value: unknown, now = new Date()): string | undefined {
  if (typeof value !== 'string') return undefined;
  const m = /^\s*(\d{4})[-/](\d{1,2})[-/](\d{1,2})/.exec(value);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  if (year < 1990 || date.getTime() > now.getTime() + 2 * 86_400_000) return undefined;
  return date.toISOString().slice(0, 10);
}

/** "en_US" → "en-US"; anything that is not a language tag → undefined. */
export function languageTag(value: unknown): string | undefined {
  if (typeof value !== 'string' || !value.trim()) return undefined;
  try {
    const [tag] = Intl.getCanonicalLocales(value.trim().replace(/_/g, '-'));
    return tag && tag.length <= 20 ? tag : undefined;
  } catch {
    return undefined;
  }
}

export function absoluteHttpUrl(value: string | null | undefined, base: string): string | undefined {
  if (!value?.trim()) return undefined;
  try {
    const url = new URL(value.trim(), base);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    url.hash = '';
    return url.href;
  } catch {
    return undefined;
  }
}

type JsonObject = Record<string, unknown>;

function jsonLdObjects(doc: Document): JsonObject[] {
  const out: JsonObject[] = [];
  const visit = (value: unknown, depth: number) => {
    if (depth > 4 || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) return value.forEach((v) => visit(v, depth + 1));
    out.push(value as JsonObject);
    visit((value as JsonObject)['@graph'], depth + 1);
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const source = script.textContent ?? '';
    if (source.length > MAX_JSON_LD_CHARS) continue;
    try {
      visit(JSON.parse(source), 0);
    } catch {
      // Broken JSON-LD is common: read the page's other metadata instead.
    }
  }
  return out;
}

function isArticleType(type: unknown): boolean {
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => typeof t === 'string' && /(?:Article|BlogPosting|Posting|Report)$/.test(t));
}

function nameOf(value: unknown): string | undefined {
  if (typeof value === 'string') return clean(value);
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((n): n is string => !!n);
    return names.length ? clean(names.join(', ')) : undefined;
  }
  if (value && typeof value === 'object') return clean((value as JsonObject).name);
  return undefined;
}

export function readPageMetadata(doc: Document, pageUrl: string, now = new Date()): PageMetadata {
  const objects = jsonLdObjects(doc);
  const ld = objects.find((o) => isArticleType(o['@type'])) ?? objects.find((o) => typeof o.datePublished === 'string');
  const canonicalLink = doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href');
  const ogLocale = doc.querySelector('meta[property="og:locale"]')?.getAttribute('content');
  return {
    title: clean(ld?.headline, 500) ?? clean(doc.querySelector('meta[property="og:title"]')?.getAttribute('content'), 500),
    heading: clean(doc.querySelector('h1')?.textContent, 500),
    byline: nameOf(ld?.author) ?? metaContent(doc, 'meta[name="author"]'),
    siteName: metaContent(doc, 'meta[property="og:site_name"]') ?? nameOf(ld?.publisher) ?? metaContent(doc, 'meta[name="application-name"]'),
    published: dayOf(ld?.datePublished, now) ?? DATE_METAS.map((s) => dayOf(metaContent(doc, s), now)).find(Boolean) ?? dayOf(doc.querySelector('time[itemprop="datePublished"]')?.getAttribute('datetime'), now),
    language:
      languageTag(doc.documentElement.getAttribute('lang')) ??
      languageTag(doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content')?.split(',')[0]) ??
      languageTag(ld?.inLanguage) ??
      languageTag(ogLocale),
    canonical: absoluteHttpUrl(canonicalLink, pageUrl) ?? absoluteHttpUrl(doc.querySelector('meta[property="og:url"]')?.getAttribute('content'), pageUrl),
  };
}
