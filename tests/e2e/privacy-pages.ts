/**
 * The pages privacy.spec.ts browses: real news pages from the shared corpus, read where they lie
 * at run time (never copied into the repo), or, where the corpus is not on this machine (CI
 * runs on a fresh clone), news-like pages made here that ask third parties for as much as real
 * ones do. And the control page: the seed article, which asks for nothing but itself.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { articleHtml, SEED_ARTICLE } from '../../scripts/demo.ts';

/** Where the shared corpus lies; KB_CORPUS_DIR overrides. */
export const CORPUS_DIR = path.resolve(process.env.KB_CORPUS_DIR ?? '../shared/corpus/pages');

/** Eleven corpus pages, most of them naming the five entities, in English, German and Chinese. */
const CORPUS_PAGES = [
  'gne--ednchina-ai-chip.html',
  'gne--sina-huawei-5g-chip.html',
  'trafilatura--tomshardware-rtx.html',
  'cnet-svg-classes.html',
  'trafilatura--mpimet-klimasystem.html',
  'aeb--wccftech-stadia.html',
  'clean-links.html',
  'spiceworks.html',
  'theverge.html',
  'heise.html',
  'trafilatura--thenervousbreakdown-loneliest.html',
];

export interface BrowsedPages {
  /** Where they come from, for the report. */
  source: 'corpus' | 'generated';
  /** Server paths of the browsed pages, in order. */
  paths: string[];
  /** Options for startStaticServer: a folder to serve, and in-memory pages. */
  root?: string;
  routes: Record<string, { body: string }>;
  /** The HTML of every browsed page. */
  html(): string[];
}

/** The control page: every request made while it is open, beyond its own, is the extension's. */
export const CONTROL_PATH = '/control/article.html';

export function controlPage(): string {
  const page = articleHtml(readFileSync(SEED_ARTICLE, 'utf8'));
  // One name only a synced KB knows, so the sync visibly re-marks this page.
  return page.replace('</article>', '<p>Cambricon makes AI chips as well.</p></article>');
}

export function browsedPages(): BrowsedPages {
  const routes = { [CONTROL_PATH]: { body: controlPage() } };
  if (CORPUS_PAGES.every((name) => existsSync(path.join(CORPUS_DIR, name)))) {
    return {
      source: 'corpus',
      root: CORPUS_DIR,
      paths: CORPUS_PAGES.map((name) => `/${name}`),
      routes,
      html: () => CORPUS_PAGES.map((name) => readFileSync(path.join(CORPUS_DIR, name), 'utf8')),
    };
  }
  const generated: Record<string, { body: string }> = {};
  for (let i = 0; i < CORPUS_PAGES.length; i++) generated[`/news/${i}.html`] = { body: newsLikePage(i) };
  return {
    source: 'generated',
    paths: Object.keys(generated),
    routes: { ...routes, ...generated },
    html: () => Object.values(generated).map((page) => page.body),
  };
}

/** A page that, like a real news site, pulls scripts, styles, fonts, images, frames and beacons from elsewhere. */
function newsLikePage(i: number): string {
  const cdn = `https://cdn${i}.news.example`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Chips ${i}</title>
<link rel="stylesheet" href="${cdn}/site.css"><link rel="preconnect" href="https://ads.example">
<style>@font-face { font-family: Brand; src: url(${cdn}/brand.woff2); } body { font-family: Brand, serif; }</style>
<script src="${cdn}/analytics.js" async></script>
</head><body><article><h1>Story ${i}</h1>
<p>DeepSeek trained its model on NVIDIA H100 chips with CUDA; Huawei offers the Ascend 910C instead.</p>
<img src="${cdn}/photo-${i}.jpg" alt=""><iframe src="https://video.example/embed/${i}"></iframe>
<p>Nvidia’s answer, Huaweis Antwort, 华为 and 英伟达.</p></article>
<script>navigator.sendBeacon && navigator.sendBeacon('https://beacon.example/hit?p=${i}', '');
fetch('https://api.news.example/comments/${i}').catch(() => {});</script>
</body></html>`;
}
