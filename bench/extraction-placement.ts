// Where should "Add this article" parse the page? Measures, on every corpus page in headless
// Chromium (no extension, the page's main world, median of 3): cloning the document and running
// Readability on the clone, as if in the content script; one `outerHTML` of the page; and
// DOMParser + Readability on that HTML in another page, as the offscreen document does.
// The numbers behind docs/your-knowledge.md. Run: npx tsx bench/extraction-placement.ts [page.html…]
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { startStaticServer } from '../tests/e2e/static-server.ts';
import { launchBrowser } from './chromium.ts';
import { CORPUS_DIR, REPO_ROOT } from './pages.ts';
import { median, round } from './stats.ts';
import { formatTable } from './table.ts';

const READABILITY_DIR = path.join(REPO_ROOT, 'node_modules/@mozilla/readability');
const LIBRARY = ['Readability.js', 'Readability-readerable.js'].map((f) => readFileSync(path.join(READABILITY_DIR, f), 'utf8')).join('\n');
const EXPOSE = `${LIBRARY}\nwindow.Readability = Readability; window.isProbablyReaderable = isProbablyReaderable;`;
const RUNS = 3;

// Evaluated as strings: the functions tsx would otherwise wrap in helpers the page does not have.
const IN_PAGE = `(() => {
  const runs = { outer: [], clone: [], readability: [] };
  for (let i = 0; i < ${RUNS}; i++) {
    let t = performance.now(); document.documentElement.outerHTML; runs.outer.push(performance.now() - t);
    t = performance.now(); const copy = document.cloneNode(true); runs.clone.push(performance.now() - t);
    t = performance.now(); new Readability(copy).parse(); runs.readability.push(performance.now() - t);
  }
  return { runs, html: document.documentElement.outerHTML };
})()`;
const OFF_PAGE = (html: string) => `(() => {
  const runs = { parse: [], readability: [] };
  for (let i = 0; i < ${RUNS}; i++) {
    let t = performance.now(); const doc = new DOMParser().parseFromString(${JSON.stringify(html)}, 'text/html'); runs.parse.push(performance.now() - t);
    t = performance.now(); new Readability(doc).parse(); runs.readability.push(performance.now() - t);
  }
  return runs;
})()`;

async function main(): Promise<void> {
  const files = process.argv.slice(2).length ? process.argv.slice(2) : readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.html')).sort();
  const server = await startStaticServer({ root: CORPUS_DIR, routes: { '/bench/blank.html': { body: '<!doctype html><title>blank</title>' } } });
  const browser = await launchBrowser();
  const rows: { page: string; outer: number; clone: number; readability: number; parse: number; offReadability: number }[] = [];
  try {
    const offscreen = await browser.context.newPage();
    await offscreen.goto(server.url('/bench/blank.html'));
    await offscreen.addScriptTag({ content: EXPOSE });
    const page = await browser.context.newPage();
    for (const file of files) {
      await page.goto(server.url(`/${file}`), { waitUntil: 'load', timeout: 60_000 });
      await page.addScriptTag({ content: EXPOSE });
      const here = (await page.evaluate(IN_PAGE)) as { runs: Record<'outer' | 'clone' | 'readability', number[]>; html: string };
      const there = (await offscreen.evaluate(OFF_PAGE(here.html))) as Record<'parse' | 'readability', number[]>;
      const row = {
        page: file.replace(/\.html$/, ''),
        outer: median(here.runs.outer),
        clone: median(here.runs.clone),
        readability: median(here.runs.readability),
        parse: median(there.parse),
        offReadability: median(there.readability),
      };
      rows.push(row);
      process.stderr.write(`${row.page}: clone + Readability ${round(row.clone + row.readability)} ms, outerHTML ${round(row.outer)} ms\n`);
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  const n = (v: number) => round(v, 1).toFixed(1);
  console.log(formatTable(
    ['page', 'outerHTML', 'clone', 'Readability (clone)', 'clone + Readability', 'DOMParser (off page)', 'Readability (off page)'],
    rows.map((r) => [r.page, n(r.outer), n(r.clone), n(r.readability), n(r.clone + r.readability), n(r.parse), n(r.offReadability)]),
    ['left', 'right', 'right', 'right', 'right', 'right', 'right'],
  ));
  const summary = (label: string, values: number[]) => `${label}: median ${n(median(values))} ms, max ${n(Math.max(...values))} ms`;
  console.log([
    summary('outerHTML', rows.map((r) => r.outer)),
    summary('clone + Readability in the page', rows.map((r) => r.clone + r.readability)),
    `clone + Readability over 50 ms on ${rows.filter((r) => r.clone + r.readability > 50).length} of ${rows.length} pages`,
    summary('DOMParser + Readability off the page', rows.map((r) => r.parse + r.offReadability)),
  ].join('\n'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack ?? error.message : error);
  process.exit(1);
});
