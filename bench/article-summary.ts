// The printed report of "Add this article" (bench/article-add.ts) and its target: the page is
// never blocked for more than 50 ms at a time.
import type { ArticleAddResult } from './article-add.ts';
import { round } from './stats.ts';
import { formatTable } from './table.ts';
import type { TargetResult } from './targets.ts';

const num = (v: number | undefined, digits = 1) => (v !== undefined && Number.isFinite(v) ? round(v, digits).toFixed(digits) : '–');

export function articleAddLines(r: ArticleAddResult): string[] {
  const header = ['page', 'size', 'outcome', 'chars', 'mentions', 'page ms', 'longest slice', 'long task', 'parse ms', 'compile ms', 'wall ms'];
  const rows = r.pages.map((s) => [
    s.page.length > 44 ? `${s.page.slice(0, 43)}…` : s.page,
    `${Math.round(s.bytes / 1024)} KB`,
    s.problem ? `failed: ${s.problem.slice(0, 40)}` : s.outcome,
    s.chars?.toLocaleString('en') ?? '–',
    s.mentions?.toString() ?? '–',
    num(s.pageMs),
    num(s.longestSliceMs),
    num(s.longTaskMs),
    num(s.parseMs),
    num(s.compileMs, 2),
    num(s.wallMs, 0),
  ]);
  return [
    `Add this article: ${r.added} of ${r.pages.length} pages added (the others refused in words); ${r.runs} run(s) per page, medians shown.`,
    formatTable(header, rows, ['left', 'right', 'left', ...Array(8).fill('right')]),
    'page ms: main-thread time the content script spent serialising the page, in slices; longest slice: its longest.',
    'long task: the longest Long Tasks API entry (≥ 50 ms; 0 = none) in the page while the add ran, whoever caused it (the page\'s own scripts, a pause of the whole renderer on a loaded machine).',
    'parse ms: the offscreen document\'s DOMParser + Readability + metadata (off the page); compile ms: sentences and mentions in the background; wall ms: request to answer, as the popup waits.',
    `Medians over the added pages: in the page ${num(r.medians.pageMs, 2)} ms, parse ${num(r.medians.parseMs)} ms, compile ${num(r.medians.compileMs, 2)} ms, wall ${num(r.medians.wallMs, 0)} ms.`,
  ];
}

export function articleAddTarget(r: ArticleAddResult | undefined): TargetResult {
  const target = '“Add this article”: longest task in the page ≤ 50 ms';
  if (!r?.pages.length) return { target, measured: 'not measured', status: 'n/a' };
  return {
    target,
    measured:
      `${num(r.longestTaskMs)} ms at most (${r.longestTaskPage}, median of its ${r.runs} runs; the single longest run: ${num(r.worstRunMs)} ms, ${r.worstRunPage}); ` +
      `median in the page ${num(r.medians.pageMs, 2)} ms, compile ${num(r.medians.compileMs, 2)} ms`,
    status: r.longestTaskMs <= 50 ? 'pass' : 'FAIL',
  };
}
