// The prose of the benchmark pages as Node sees it (scripts/html-to-text.ts, as `npm run scan`
// reads HTML): the words the 100,000-name KB's invented names must avoid.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { htmlToParagraphs } from '../scripts/html-to-text.ts';
import { CORPUS_DIR, type BenchPage } from './pages.ts';

export function paragraphsOf(page: BenchPage): string[] {
  const html = page.body ? page.body.toString('utf8') : readFileSync(path.join(CORPUS_DIR, decodeURIComponent(page.urlPath.slice(1))), 'utf8');
  return htmlToParagraphs(html);
}
