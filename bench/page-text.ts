// The prose of the benchmark pages as Node sees it (scripts/html-to-text.ts, as `npm run scan`
// reads HTML), and how long the matcher alone takes over it: the share of the content script's
// time that is matching, as opposed to walking and marking the DOM.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { compileMatcher } from '../lib/matcher.ts';
import type { KnowledgeBase } from '../lib/kb-schema.ts';
import { htmlToParagraphs } from '../scripts/html-to-text.ts';
import { CORPUS_DIR, type BenchPage } from './pages.ts';
import { median } from './stats.ts';

export function paragraphsOf(page: BenchPage): string[] {
  const html = page.body ? page.body.toString('utf8') : readFileSync(path.join(CORPUS_DIR, decodeURIComponent(page.urlPath.slice(1))), 'utf8');
  return htmlToParagraphs(html);
}

export interface NodeScan {
  paragraphs: number;
  chars: number;
  spans: number;
  medianMs: number;
}

/** Median of `runs` scans of every paragraph with the matcher compiled for `kb`. */
export function timeNodeScan(kb: KnowledgeBase, paragraphs: readonly string[], runs = 5): NodeScan {
  const matcher = compileMatcher(kb.entities.filter((e) => e.marks));
  const times: number[] = [];
  let spans = 0;
  for (let r = 0; r < runs; r++) {
    spans = 0;
    const start = performance.now();
    for (const p of paragraphs) spans += matcher.scan(p).length;
    times.push(performance.now() - start);
  }
  return { paragraphs: paragraphs.length, chars: paragraphs.reduce((n, p) => n + p.length, 0), spans, medianMs: median(times) };
}
