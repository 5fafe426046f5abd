// The pages the benchmark loads: the corpus (read in place from ../shared, never copied), big
// pages made by make-big-page.mjs into a temp folder, and a page made of the seed article.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { articleParagraphs, isHeading } from '../lib/article.ts';

export const REPO_ROOT = path.resolve(import.meta.dirname, '..');
export const SHARED_DIR = path.resolve(REPO_ROOT, '..', 'shared');
export const CORPUS_DIR = path.join(SHARED_DIR, 'corpus', 'pages');
const MAKE_BIG_PAGE = path.join(SHARED_DIR, 'corpus', 'make-big-page.mjs');
const SEEDS_DIR = path.join(SHARED_DIR, 'seeds');

export type PageKind = 'corpus' | 'big' | 'seed' | 'frames';

export interface BenchPage {
  name: string;
  kind: PageKind;
  /** URL path on the bench server. */
  urlPath: string;
  bytes: number;
  /** In-memory body (generated pages); corpus pages are served from CORPUS_DIR. */
  body?: Buffer;
}

export function corpusPages(): BenchPage[] {
  return readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => ({ name: f.replace(/\.html$/, ''), kind: 'corpus', urlPath: `/${encodeURIComponent(f)}`, bytes: statSync(path.join(CORPUS_DIR, f)).size }));
}

/** A deterministic page of `mb` MiB (default options: 100 inserted mentions per MiB). */
export function bigPage(mb: number, outDir: string): BenchPage {
  const out = path.join(outDir, `big-${mb}mb.html`);
  execFileSync(process.execPath, [MAKE_BIG_PAGE, '--mb', String(mb), '--out', out], { stdio: ['ignore', 'ignore', 'pipe'] });
  const body = readFileSync(out);
  return { name: `big-${mb}MB (make-big-page)`, kind: 'big', urlPath: `/bench/big-${mb}mb.html`, bytes: body.length, body };
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A news-article page built from the seed article's text: headline, paragraphs, sub-heads. */
export function seedArticlePage(): BenchPage {
  const file = readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt')).sort()[0];
  if (!file) throw new Error(`no seed article (*.txt) in ${SEEDS_DIR}`);
  const { title, paragraphs } = articleParagraphs(readFileSync(path.join(SEEDS_DIR, file), 'utf8'));
  const body = paragraphs.map((b) => (isHeading(b) ? `<h2>${escapeHtml(b)}</h2>` : `<p>${escapeHtml(b)}</p>`)).join('\n');
  const html = `<!doctype html>
<html lang="de"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>body{font:18px/1.6 Georgia,serif;max-width:42em;margin:2em auto;padding:0 1em}</style></head>
<body><header><nav><a href="#">Start</a> · <a href="#">KI</a> · <a href="#">Hardware</a></nav></header>
<main><article><h1>${escapeHtml(title)}</h1>
${body}
</article></main><footer><p>Benchmark page made from ../shared/seeds/${escapeHtml(file)}</p></footer></body></html>
`;
  const buf = Buffer.from(html);
  return { name: 'seed-article (from seeds/)', kind: 'seed', urlPath: '/bench/seed-article.html', bytes: buf.length, body: buf };
}
