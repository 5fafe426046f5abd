// @vitest-environment happy-dom
// Extracting an article from a page's HTML, as the offscreen document does: its metadata from
// JSON-LD, from meta tags, or from nothing at all; and every page that is refused, in words.
import { describe, expect, it } from 'vitest';
import { describeArticleOutcome } from '../../lib/reading/describe-article-outcome.ts';
import { articleAddress, extractArticleFromHtml, languageFromScript } from '../../lib/reading/extract-article.ts';
import { dayOf, readPageMetadata } from '../../lib/reading/page-metadata.ts';
import { MAX_ARTICLE_CHARS } from '../../lib/reading/limits.ts';
import { de, en } from '../fixtures/translator.ts';

const PAGE = 'https://news.example/tech/2026/11/huawei-chips.html?ref=home';
const paragraph = (n: number) =>
  `<p>Paragraph ${n}: Huawei said on Tuesday that its Ascend chips would ship in larger numbers next year, while NVIDIA kept its outlook for the Chinese market unchanged, according to people familiar with both companies.</p>`;
const body = (count = 6) => Array.from({ length: count }, (_, i) => paragraph(i + 1)).join('\n');

function page(head: string, content = body(), lang = ' lang="en"'): string {
  return `<!doctype html><html${lang}><head><meta charset="utf-8">${head}</head><body><nav><a href="/">Home</a> <a href="/tech">Tech</a></nav><article><h1>Huawei ships more chips</h1>${content}</article><footer>© News Example</footer></body></html>`;
}
const read = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('metadata', () => {
  it('from JSON-LD (an Article in a @graph), before meta tags', () => {
    const ld = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'News Example' },
        { '@type': 'NewsArticle', headline: 'Huawei ships more chips', datePublished: '2026-11-24T07:30:00+01:00', author: [{ '@type': 'Person', name: 'Li Wei' }, { name: 'Ann Smith' }], publisher: { name: 'News Example Ltd' }, inLanguage: 'en-GB' },
      ],
    });
    const meta = readPageMetadata(read(page(`<script type="application/ld+json">${ld}</script><meta property="article:published_time" content="2020-01-01"><link rel="canonical" href="/tech/huawei-chips">`, '', '')), PAGE);
    expect(meta).toEqual({
      title: 'Huawei ships more chips',
      heading: 'Huawei ships more chips',
      byline: 'Li Wei, Ann Smith',
      siteName: 'News Example Ltd',
      published: '2026-11-24',
      language: 'en-GB',
      canonical: 'https://news.example/tech/huawei-chips',
    });
  });

  it('from meta tags and Open Graph', () => {
    const meta = readPageMetadata(
      read(page('<title>Huawei ships more chips | News Example</title><meta property="og:title" content="Huawei ships more chips"><meta property="og:site_name" content="News Example"><meta name="author" content="Li Wei"><meta name="date" content="2026-11-24 07:30:00"><meta property="og:url" content="https://news.example/a">', '', ' lang="de_DE"')),
      PAGE,
    );
    expect(meta).toMatchObject({ title: 'Huawei ships more chips', heading: 'Huawei ships more chips', siteName: 'News Example', byline: 'Li Wei', published: '2026-11-24', language: 'de-DE', canonical: 'https://news.example/a' });
  });

  it('from nothing: no date, no language, no canonical; broken JSON-LD and template placeholders are ignored', () => {
    const meta = readPageMetadata(read(page('<script type="application/ld+json">{ broken</script><meta property="og:site_name" content="{$plugin.site_name}">', '', '')), PAGE);
    expect(meta.published).toBeUndefined();
    expect(meta.language).toBeUndefined();
    expect(meta.canonical).toBeUndefined();
    expect(meta.siteName).toBeUndefined();
  });

  it('dates as pages write them; nonsense and the future are no date', () => {
    const now = new Date('2026-12-01T00:00:00Z');
    expect(dayOf('2019-11-19T02:34:30Z', now)).toBe('2019-11-19');
    expect(dayOf('2017-11-03 03:01:00.000000', now)).toBe('2017-11-03');
    expect(dayOf('2019/9/7', now)).toBe('2019-09-07');
    expect(dayOf('2019-02-30', now)).toBeUndefined();
    expect(dayOf('yesterday', now)).toBeUndefined();
    expect(dayOf('2030-01-01', now)).toBeUndefined();
  });

  it('a canonical that points above the page (a section as “canonical”) is not the article’s address', () => {
    expect(articleAddress('https://news.example/tech/', PAGE)).toBe('https://news.example/tech/2026/11/huawei-chips.html?ref=home');
    expect(articleAddress('https://news.example/tech/huawei-chips', PAGE)).toBe('https://news.example/tech/huawei-chips');
    expect(articleAddress(undefined, `${PAGE}#comments`)).toBe(PAGE);
  });

  it('a page that does not say its language: Chinese and Japanese text still show it', () => {
    expect(languageFromScript('华为推出了多项指标世界领先的麒麟990 5G一体化芯片。')).toBe('zh');
    expect(languageFromScript('トレンドマイクロ、公衆無線LANを安全に使うためのアプリ')).toBe('ja');
    expect(languageFromScript('Huawei ships chips.')).toBeUndefined();
  });
});

describe('an article', () => {
  it('is extracted with its paragraphs, title, date, language, site and canonical address', () => {
    const result = extractArticleFromHtml(page('<title>Huawei ships more chips to Chinese clouds | News Example</title><meta property="og:site_name" content="News Example"><meta property="article:published_time" content="2026-11-24T07:30:00Z"><link rel="canonical" href="https://news.example/huawei-chips">'), { url: PAGE });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.notes).toEqual([]);
    expect(result.article).toMatchObject({ url: 'https://news.example/huawei-chips', pageUrl: PAGE, title: 'Huawei ships more chips to Chinese clouds', publisher: 'News Example', published: '2026-11-24', language: 'en' });
    const paragraphs = result.article.text.split('\n\n');
    expect(paragraphs).toHaveLength(6);
    expect(paragraphs[0]).toMatch(/^Paragraph 1: Huawei said on Tuesday/);
    expect(result.article.text).not.toContain('Home');
  });

  it('without a date is kept undated, and says so', () => {
    const result = extractArticleFromHtml(page('<title>Huawei ships more chips</title>'), { url: PAGE });
    expect(result.ok && result.notes).toEqual(['undated']);
    expect(result.ok && result.article.published).toBeUndefined();
  });

  it('longer than 200,000 characters is cut at a paragraph, and says so', () => {
    const result = extractArticleFromHtml(page('<title>Huawei ships more chips</title><meta name="date" content="2026-11-24">', body(1000)), { url: PAGE });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.notes).toEqual(['trimmed']);
    expect(result.article.trimmed).toBe(true);
    expect(result.article.text.length).toBeLessThanOrEqual(MAX_ARTICLE_CHARS);
    expect(result.article.text.length).toBeGreaterThan(MAX_ARTICLE_CHARS - 300);
    expect(result.article.text.endsWith('people familiar with both companies.')).toBe(true);
    expect(describeArticleOutcome({ ok: true, kind: 'added', url: PAGE, title: 'T', chars: 1, notes: result.notes, mentions: [], took: { pageMs: 0, longestSliceMs: 0, parseMs: 0, compileMs: 0 } }, en).details).toContain(
      'The article is longer than 200,000 characters: its first 200,000, up to the end of a paragraph, were kept.',
    );
  });
});

describe('refused, with nothing to store', () => {
  const refusal = (html: string, title?: string) => {
    const result = extractArticleFromHtml(html, { url: PAGE, title });
    return result.ok ? 'added' : describeArticleOutcome(result, en).headline;
  };

  it('a page of links', () => {
    const links = Array.from({ length: 60 }, (_, i) => `<li><a href="/story-${i}">Huawei and NVIDIA story number ${i} of the day</a></li>`).join('');
    expect(refusal(`<!doctype html><html lang="en"><head><title>News Example</title></head><body><ul>${links}</ul></body></html>`)).toBe(
      'Not added: this page does not look like an article (a home page, a list of links or an app).',
    );
  });

  it('a paywalled stub', () => {
    const stub = page('<title>Huawei ships more chips</title>', '<p>Huawei said on Tuesday that its chips would ship in larger numbers next year.</p><p>Subscribe to continue reading.</p>');
    expect(refusal(stub)).toMatch(/^Not added: the page shows only \d+ characters of article text, and at least 500 are needed\. A paywalled article/);
  });

  it('an empty page', () => {
    expect(refusal('<!doctype html><html><head></head><body></body></html>')).toBe('Not added: this page does not look like an article (a home page, a list of links or an app).');
  });

  it('no title anywhere; the live page’s title, else its first heading, when the markup has no title', () => {
    const untitled = `<!doctype html><html lang="en"><head></head><body><div>${body()}</div></body></html>`;
    expect(refusal(untitled)).toBe('Not added: neither the article nor the page has a title.');
    const result = extractArticleFromHtml(untitled, { url: PAGE, title: 'Set by the page’s script' });
    expect(result.ok && result.article.title).toBe('Set by the page’s script');
    expect(result.ok && result.notes).toContain('title-from-page');
    const headed = extractArticleFromHtml(page(''), { url: PAGE });
    expect(headed.ok && [headed.article.title, headed.notes]).toEqual(['Huawei ships more chips', ['title-from-page', 'undated']]);
  });

  it('every refusal has words in English and German', () => {
    const refusals = [
      { kind: 'no-tab' }, { kind: 'browser-page' }, { kind: 'no-answer' }, { kind: 'not-html', contentType: 'application/pdf' },
      { kind: 'not-html', contentType: 'image/png' }, { kind: 'too-large', limitChars: 5_000_000 }, { kind: 'not-an-article' },
      { kind: 'too-little-text', chars: 120, minimum: 500 }, { kind: 'no-title' }, { kind: 'timeout', seconds: 20 }, { kind: 'failed', detail: 'boom' },
    ] as const;
    for (const refusal of refusals) {
      for (const t of [en, de]) {
        const { headline } = describeArticleOutcome({ ok: false, refusal }, t);
        expect(headline, `${refusal.kind}`).toMatch(/^Not added|^Nicht hinzugefügt/);
        expect(headline).not.toMatch(/\$\d/);
      }
    }
    expect(describeArticleOutcome({ ok: false, refusal: { kind: 'not-html', contentType: 'application/pdf' } }, en).headline).toBe(
      'Not added: this is a PDF, not a web page. Only articles on web pages can be added.',
    );
    expect(describeArticleOutcome({ ok: false, refusal: { kind: 'too-large', limitChars: 5_000_000 } }, de).headline).toBe(
      'Nicht hinzugefügt: Die Seite ist zu groß (mehr als 5 Millionen Zeichen HTML, ohne Skripte und Stile).',
    );
  });
});
