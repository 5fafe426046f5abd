// docs/bench-last-run.md: the one place the bench's figures are written down, generated from the
// results files (bench/results/annotate.json from a full run, bench/results/card.json from
// `--card-only`), never typed in. `npm run bench` writes it at the end of every run; `npm run
// bench:doc` writes it again from whatever results are there.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CardLatency, Spread } from './card-latency.ts';
import { cpuTargetLines } from './cpu-target-lines.ts';
import { bigKbLines } from './kb-100k-figures.ts';
import { busyMachineWarning, type MachineInfo } from './machine.ts';
import type { PageResult } from './page-result.ts';
import type { BenchResults, Issue12Results, RunHeader } from './results.ts';
import { median, round } from './stats.ts';
import type { CardOnlyResults } from './summary.ts';
import type { TargetResult } from './targets.ts';

export const LAST_RUN_DOC = 'docs/bench-last-run.md';
export const FULL_RESULTS = 'bench/results/annotate.json';
export const CARD_RESULTS = 'bench/results/card.json';

const fmt = (v: number, digits = 1) => (Number.isFinite(v) ? round(v, digits).toFixed(digits) : '–');
const int = (v: number) => (Number.isFinite(v) ? Math.round(v).toLocaleString('en') : '–');
const cell = (text: string) => text.replace(/\|/g, '\\|');

function table(header: string[], rows: string[][], right: boolean[]): string[] {
  return [
    `| ${header.map(cell).join(' | ')} |`,
    `|${right.map((r) => (r ? '---:' : '---')).join('|')}|`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ];
}

function machineLine(machine: MachineInfo, header: RunHeader): string {
  const busy = [machine.loadAverage, header.loadAverageAtEnd].map((load) => busyMachineWarning(load, machine.cores)).find(Boolean);
  return `${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB, ${machine.os}; Node ${machine.node}; ${machine.chromium}; ` +
    `load average ${machine.loadAverage.map((l) => l.toFixed(1)).join(' / ')} at the start, ` +
    `${header.loadAverageAtEnd.map((l) => l.toFixed(1)).join(' / ')} at the end; took ${fmt(header.elapsedS, 0)} s` +
    (header.sources.atStart === header.sources.atEnd ? '.' : '; the sources changed while it ran.') +
    (busy ? ` **${busy.replace(/^WARNING: /, 'Warning: ')}**` : '');
}

function targetRows(targets: readonly TargetResult[]): string[] {
  return table(['target', 'measured', ''], targets.map((t) => [t.target, t.measured, t.status]), [false, false, false]);
}

function pageRows(pages: readonly PageResult[]): string[] {
  const header = ['page', 'size', 'text nodes', 'marks', 'wall ms', 'busy ms', 'longest ms', 'floor ms', 'busy/floor', 'iso floor ms', 'busy/iso', 'paired', 'mark.js ms', 'mark.js/busy', 'heap +KB'];
  const rows = pages.map((p) => [
    p.page, `${fmt(p.bytes / 2 ** 20)} MB`, int(p.textNodes), int(p.marks), fmt(p.wallMs), fmt(p.busyMs), fmt(p.longestTaskMs), fmt(p.floorMs),
    `${fmt(p.busyPerFloor)}×`, fmt(p.isolatedFloorMs), `${fmt(p.busyPerIsolatedFloor)}×`, `${fmt(p.busyPerPairedFloor)}×`,
    Number.isFinite(p.markJsMs) ? int(p.markJsMs) : '–', Number.isFinite(p.markJsPerBusy) ? `${fmt(p.markJsPerBusy)}×` : '–', int(p.heapAddedKb),
  ]);
  return table(header, rows, header.map((_, i) => i > 0));
}

/** The report's indented lines as a paragraph and nested lists. */
const asMarkdown = (lines: readonly string[]): string[] =>
  lines.map((line) => (line.startsWith('    ') ? `  - ${line.trim()}` : line.startsWith('  ') ? `- ${line.trim()}` : `${line}\n`));

/** Issue 12's table (issue12-table.ts), on the machine and load of the line above it, and the
 * figures behind targets 1, 2 and 4. */
function issue12Section(i: Issue12Results): string[] {
  const out = ['### Issue 12 targets', '', ...table(['target', 'threshold', 'measured', 'met'], i.rows.map((row) => [row.target, row.threshold, row.measured, row.met]), [false, false, false, false]), ''];
  if (i.cpu) out.push(...asMarkdown(cpuTargetLines(i.cpu)), '');
  return out;
}

function fullRunSection(r: BenchResults): string[] {
  const out = [`## Marking pages (\`npm run bench\`, ${r.generatedAt})`, '', machineLine(r.machine, r), `${int(r.network.blockedRequests)} requests to other hosts blocked.`, ''];
  if (r.issue12) out.push(...issue12Section(r.issue12), '### Pages', '');
  out.push(...pageRows(r.pages.filter((p) => p.kind !== 'corpus')), '');
  const corpus = r.pages.filter((p) => p.kind === 'corpus');
  const finite = (xs: number[]) => xs.filter(Number.isFinite);
  if (corpus.length) {
    out.push(`Corpus (${corpus.length} pages): median busy ${fmt(median(corpus.map((p) => p.busyMs)))} ms (max ${fmt(Math.max(...corpus.map((p) => p.busyMs)))} ms), ` +
      `median mark.js/busy ${fmt(median(finite(corpus.map((p) => p.markJsPerBusy))))}×, longest task ${fmt(Math.max(...corpus.map((p) => p.longestTaskMs)))} ms, ` +
      `${int(corpus.reduce((s, p) => s + p.marks, 0))} marks in all.${r.failures.length ? ` Failed: ${r.failures.map((f) => f.page).join(', ')}.` : ''}`, '');
  }
  const k = r.kbScaling;
  out.push('### 100,000 names', '', ...bigKbLines(k, k.cost ?? undefined, k.sync ?? undefined).map((line) => `- ${line.trim()}`), '');
  const profile = r.profiles.bundled;
  if (profile) {
    out.push('### Where the time goes', '', `CPU profile of the first pass on the 5 MB page, bundled KB (an unminified copy of the same build): ` +
      `${fmt(profile.contentScriptMs)} ms sampled under the content script, ${fmt(profile.garbageCollectorMs)} ms garbage collection.`, '');
    out.push(...table(['ms', 'source file'], profile.byFile.slice(0, 8).map((f) => [fmt(f.ms), f.file]), [true, false]), '');
    out.push(...table(['self ms', 'function', 'where'], profile.top.slice(0, 8).map((e) => [fmt(e.selfMs), e.name, e.where]), [true, false, false]), '');
  }
  out.push('### Earlier issues\' targets', '', ...targetRows(r.targets), '');
  return out;
}

const spreadText = (s: Spread) => `median ${fmt(s.median, 2)} ms, p90 ${fmt(s.p90, 2)} ms, max ${fmt(s.max, 2)} ms (n=${s.n})`;

function cardSection(card: CardLatency, from: string, machine: MachineInfo, header: RunHeader, targets: readonly TargetResult[]): string[] {
  const out = [`## Card opens (${from}, ${header.generatedAt})`, '', machineLine(machine, header), ''];
  if (!card.available) return [...out, `Not measured: ${card.note}.`, ''];
  out.push(
    `- ${card.attempted} opens: ${card.note}.`,
    `- Visible in the first frame after the hover delay: ${card.firstFrame} of ${card.attempted}` +
      (card.missedFirstFrame.length ? ` (missed: ${card.missedFirstFrame.map((m) => `"${m.mark}" ${m.problem ?? `frame ${m.frames}`}`).join(', ')}).` : '.'),
    `- Work in the timer's task, to the card placed and visible: ${spreadText(card.workMs)}; the first card on a page ${spreadText(card.firstOnPageWorkMs)}, later cards ${spreadText(card.laterWorkMs)}.`,
    `- Until the task after the frame that painted it: ${spreadText(card.openLatencyMs)}.`,
    '',
    ...targetRows(targets.filter((t) => t.target.startsWith('card'))),
    '',
  );
  return out;
}

function readJson<T>(file: string): T | undefined {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : undefined;
}

export function lastRunMarkdown(full: BenchResults | undefined, cardOnly: CardOnlyResults | undefined): string {
  const out = [
    '# The last bench run',
    '',
    '<!-- Generated by bench/last-run-doc.ts from bench/results/*.json: do not edit by hand. -->',
    'Written by `npm run bench` at the end of every run (and by `npm run bench:doc` from the results files there are): the',
    'figures below are the bench\'s own, from the runs named in each heading. What each figure means and how it is measured:',
    '[bench/README.md](../bench/README.md).',
    '',
  ];
  if (full) out.push(...fullRunSection(full));
  else out.push('## Marking pages', '', 'No full run recorded here yet: `npm run bench` (about 7 minutes) writes this section.', '');
  // The newer of the two card measurements.
  const fullCard = full?.card ?? undefined;
  if (cardOnly && (!fullCard || cardOnly.generatedAt > full!.generatedAt)) {
    out.push(...cardSection(cardOnly.card, '`npm run bench -- --card-only`', cardOnly.machine, cardOnly, cardOnly.targets));
  } else if (fullCard && full) {
    out.push(...cardSection(fullCard, 'the full run', full.machine, full, full.targets));
  } else {
    out.push('## Card opens', '', 'Not measured yet: `npm run bench -- --card-only` (about 40 s) writes this section.', '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/** Writes docs/bench-last-run.md under `root` from the results files found there. */
export function writeLastRunDoc(root: string): string {
  const file = path.join(root, LAST_RUN_DOC);
  const full = readJson<BenchResults>(path.join(root, FULL_RESULTS));
  const cardOnly = readJson<CardOnlyResults>(path.join(root, CARD_RESULTS));
  writeFileSync(file, lastRunMarkdown(full, cardOnly));
  return file;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const root = path.resolve(import.meta.dirname, '..');
  console.log(`Wrote ${path.relative(root, writeLastRunDoc(root))}`);
}
