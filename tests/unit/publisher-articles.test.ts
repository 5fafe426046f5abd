// One article of each format read as the KB build reads it: the text the compiler gets and
// the metadata from its .json file, its front matter or its HTML, in that order of trust.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../lib/article.ts';
import { formatMetaProblem } from '../../lib/publisher/article-meta.ts';
import { markdownToParagraphs } from '../../lib/publisher/markdown-text.ts';
import { readArticle } from '../../scripts/kb/read-article.ts';

function folder(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'kb-articles-'));
  for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, name), body);
  return dir;
}

async function read(files: Record<string, string | Buffer>, name: string) {
  const dir = folder(files);
  const result = await readArticle(join(dir, name));
  const strip = (line: string) => line.replace(`${dir}/`, '');
  return { ...result, messages: result.problems.map(formatMetaProblem).map(strip) };
}

const ARTICLE_HTML = `<!doctype html><html lang="de"><head>
<title>Rechenzentren setzen auf eigene Chips | Example Tribune</title>
<meta property="og:site_name" content="Example Tribune">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"x"},{"@type":"NewsArticle","headline":"Rechenzentren setzen auf eigene Chips","datePublished":"2026-11-27T08:30:00+01:00"}]}</script>
<link rel="canonical" href="https://news.example/de/rechenzentren">
</head><body>
<nav><a href="/">Start</a> <a href="/jobs">Jobs bei Cambricon</a></nav>
<article><h1>Rechenzentren setzen auf eigene Chips</h1>
<p>Betreiber in Shenzhen füllen neue Hallen mit Beschleunigern von Cambricon, seit die Exportregeln ihren Nachschub abgeschnitten haben.</p>
<p>Ein Betreiber sagte, seine Ingenieure hätten zwei große Modelle binnen eines Monats umgezogen. Der Rest der Software werde den größten Teil des nächsten Jahres brauchen.</p>
<p>Die Kunden prüfen die Angaben der Hersteller noch, bevor sie größere Aufträge vergeben wollen.</p>
</article><footer>© Example Tribune</footer></body></html>`;

describe('a plain text article with a metadata file (the seeds/ layout)', () => {
  it('keeps the text as written and reads the metadata file', async () => {
    const { article, messages } = await read({
      'a.txt': 'Cambricon ships more\n\nCambricon said on Thursday\nthat it shipped more.\n',
      'a.json': JSON.stringify({ title: 'Cambricon ships more', language: 'en', date: '2026-11-20', publisher: 'Example Tribune', note: 'for people' }),
    }, 'a.txt');
    expect(messages).toEqual([]);
    expect(article?.meta).toEqual({ id: 'a', title: 'Cambricon ships more', language: 'en', date: '2026-11-20', publisher: 'Example Tribune' });
    expect(article?.text).toBe('Cambricon ships more\n\nCambricon said on Thursday that it shipped more.');
  });

  it('without a title anywhere, its first line is the title, with a warning; a typo in a key is named', async () => {
    const { article, messages } = await read({ 'b.txt': '---\nlanguage: en\ntitel: Oops\ndate: 2026-11-20\n---\n\nChips galore\n\nBody text here.' }, 'b.txt');
    expect(article?.meta.title).toBe('Chips galore');
    expect(messages).toEqual([
      'b.txt:3: "titel" is not a metadata field (id, title, url, publisher, date, language, cites); it was ignored',
      'b.txt:7: has no title in its metadata; its first line, "Chips galore", is used as the title',
    ]);
  });

  it('a metadata file that is not JSON fails the article, with its line and column', async () => {
    const { article, messages } = await read({ 'c.txt': 'Title\n\nText.', 'c.json': '{\n  "title": "T",\n  "language": en\n}' }, 'c.txt');
    expect(article).toBeUndefined();
    expect(messages[0]).toBe('c.json:3: error: not valid JSON at line 3, column 15: unexpected "e"');
  });

  it('a file that is not UTF-8 is refused with the line and byte', async () => {
    const { article, messages } = await read({ 'd.txt': Buffer.from('Title\n\nM\xe4rklin', 'latin1'), 'd.json': '{"title":"T","language":"de"}' }, 'd.txt');
    expect(article).toBeUndefined();
    expect(messages).toEqual(['d.txt:3: error: is not UTF-8 text (line 3 has the byte 0xE4 (“ä” in Windows-1252)); save it as UTF-8']);
  });
});

describe('a Markdown article with front matter', () => {
  it('reads the front matter, turns Markdown into paragraphs, and takes the # heading as its title line', async () => {
    const md = '---\nlanguage: de\ndate: 24.11.2026\nurl: https://news.example/wettlauf\n---\n\n# Wettlauf um *Rechenzentren*\n\nDie Chips von **Moore Threads** laufen [in Shanghai](https://x.example).\n\n## Der Konkurrent\n\n- Cambricon liefert mehr.\n- Beide wollen wachsen.\n\n```\ncode is dropped\n```\n';
    const { article, messages } = await read({ 'w.md': md }, 'w.md');
    expect(messages).toEqual([]);
    expect(article?.meta).toEqual({ id: 'w', title: 'Wettlauf um Rechenzentren', language: 'de', date: '2026-11-24', url: 'https://news.example/wettlauf' });
    expect(article?.text).toBe('Wettlauf um Rechenzentren\n\nDie Chips von Moore Threads laufen in Shanghai.\n\nDer Konkurrent\n\nCambricon liefert mehr.\n\nBeide wollen wachsen.');
    const parsed = parseArticle(article!.text, 'de');
    expect(parsed.headings).toEqual(['Der Konkurrent']);
  });

  it('its .json file wins over the front matter, field by field', async () => {
    const { article } = await read({
      'x.md': '---\ntitle: From front matter\nlanguage: en\npublisher: Front Press\n---\nBody.',
      'x.json': '{ "title": "From the JSON file" }',
    }, 'x.md');
    expect(article?.meta).toMatchObject({ title: 'From the JSON file', language: 'en', publisher: 'Front Press' });
  });

  it('no language anywhere fails the article', async () => {
    const { article, messages } = await read({ 'y.md': '# Title\n\nBody.' }, 'y.md');
    expect(article).toBeUndefined();
    expect(messages.filter((m) => m.includes('error'))).toEqual([
      'y.md: error: has no language: give it one ("language: en" in the front matter, or "language" in its .json file); the language decides how its sentences are split',
    ]);
  });
});

describe('an HTML article', () => {
  it('takes the article through Readability (not the navigation) and its metadata from JSON-LD, og and canonical', async () => {
    const { article, messages } = await read({ 'r.html': ARTICLE_HTML }, 'r.html');
    expect(messages).toEqual([]);
    expect(article?.meta).toEqual({
      id: 'r',
      title: 'Rechenzentren setzen auf eigene Chips',
      language: 'de',
      publisher: 'Example Tribune',
      date: '2026-11-27',
      url: 'https://news.example/de/rechenzentren',
    });
    expect(article?.text.split('\n\n')[0]).toBe('Rechenzentren setzen auf eigene Chips');
    expect(article?.text).toContain('Betreiber in Shenzhen füllen neue Hallen mit Beschleunigern von Cambricon');
    expect(article?.text).not.toContain('Jobs bei Cambricon');
    expect(article?.text).not.toContain('© Example Tribune');
  });

  it('a metadata file fills in and corrects what the page says; a wrong value in it is named with its line', async () => {
    const { article, messages } = await read({
      'r.html': ARTICLE_HTML,
      'r.json': '{\n  "publisher": "Example Tribune Berlin",\n  "date": "2026-02-30"\n}',
    }, 'r.html');
    expect(article?.meta).toMatchObject({ publisher: 'Example Tribune Berlin', date: '2026-11-27' });
    expect(messages).toEqual(['r.json:3: date "2026-02-30" is not a date like 2025-08-14 (or 14.08.2025); "2026-11-27" from JSON-LD datePublished is used']);
  });

  it('a short page: <title> is the title; a page with no prose at all is left out, with the reasons', async () => {
    const short = await read({ 'p.html': '<html lang="en"><head><title>Price list</title></head><body><p>Cambricon MLU590.</p></body></html>' }, 'p.html');
    expect(short.article?.meta.title).toBe('Price list');
    expect(short.article?.text).toBe('Price list\n\nCambricon MLU590.');
    const code = await read({ 'q.html': '<html lang="en"><head><title>Snippet</title></head><body><pre>cuda.init()</pre></body></html>' }, 'q.html');
    expect(code.article).toBeUndefined();
    expect(code.messages).toEqual([
      'q.html: Readability found no article in the page; its whole visible text was read',
      'q.html: has no date; the card shows it without one',
      'q.html: has no text; it was left out',
    ]);
  });
});

describe('markdownToParagraphs', () => {
  it('keeps the words of links, emphasis, quotes, tables and setext headings; drops images, rules, code and references', () => {
    const md = [
      'Title', '=====', '', '> A quoted *line*', '', '![chart](c.png)', '', '---', '', '| Chip | Maker |', '|---|---|', '| MLU590 | Cambricon |', '',
      'Snake_case_name and 2*3*4 stay', '', '    ', '[ref]: https://x.example', '', '~~~', 'x = 1', '~~~', 'Ends with `code`.',
    ].join('\n');
    expect(markdownToParagraphs(md)).toEqual(['Title', 'A quoted line', 'Chip · Maker MLU590 · Cambricon', 'Snake_case_name and 2*3*4 stay', 'Ends with code.']);
  });
});
