// The printed report: machine, the per-page table, corpus figures, the runs behind issue 12's
// targets (the naive painter, the ad frames, the 100,000-name KB), where the content script's time
// goes, the card latency, "Add this article", the earlier issues' targets and, last, issue 12's table.
import { articleAddLines } from './article-summary.ts';
import { cpuTargetLines } from './cpu-target-lines.ts';
import { issue12Table } from './issue12-table.ts';
import { bigKbLines } from './kb-100k-figures.ts';
import { busyMachineWarning, machineLoadLines } from './machine.ts';
import type { CardLatency, Spread } from './card-latency.ts';
import type { BenchResults, RunHeader } from './results.ts';
import { median, round } from './stats.ts';
import { resultsTable, targetsTable } from './table.ts';
import type { TargetResult } from './targets.ts';

const fmt = (v: number, digits = 1) => (Number.isFinite(v) ? round(v, digits).toFixed(digits) : '–');
const n = (v: number) => v.toLocaleString('en');

export function summaryText(r: BenchResults, resultsFile: string): string {
  const { machine, kbScaling: k, card } = r;
  const out: string[] = [];
  out.push(`Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB, ${machine.os}; Node ${machine.node}; ${machine.chromium}`);
  for (const load of [machine.loadAverage, r.loadAverageAtEnd]) {
    const warning = busyMachineWarning(load, machine.cores);
    if (warning) {
      out.push(warning);
      break;
    }
  }
  if (r.sources.atStart !== r.sources.atEnd) {
    out.push(`WARNING: the sources changed while the bench ran (${r.sources.atStart} → ${r.sources.atEnd}); the timings are for the build made at the start.`);
  }
  out.push(`Network: loopback only; ${n(r.network.blockedRequests)} requests to other hosts blocked.`);
  out.push('');
  out.push(resultsTable(r.pages));
  out.push('');
  out.push('wall, busy: the extension\'s first pass from scan start to the last highlight registered, by its own instrumentation; busy = the sum of its slices.');
  out.push('longest: max(its longest slice, the longest ≥50 ms long task overlapping the pass). floor: TreeWalker reading every text node (median of 5), without the extension.');
  out.push('iso floor: the same walk from an isolated world (CDP), where content scripts run: each node returned needs a wrapper of that world.');
  out.push('paired: busy / the same floor measured in the extension\'s own tab right after each pass (median over runs; robust to machine load).');
  out.push('heap +KB: JS heap after GC with the extension minus without it. mark.js: same aliases, accuracy "exactly" (no word/context rules, so its marks differ).');
  out.push(`blocked: requests to other hosts blocked during one load. Big pages: median of ${r.settings.bigRuns} extension runs, each on a fresh page; corpus pages: 1 run.`);
  out.push('');

  const corpus = r.pages.filter((p) => p.kind === 'corpus');
  const finite = (xs: number[]) => xs.filter(Number.isFinite);
  out.push(`Corpus (${corpus.length} pages): median busy ${fmt(median(corpus.map((p) => p.busyMs)))} ms (max ${fmt(Math.max(...corpus.map((p) => p.busyMs)))}), ` +
    `median busy/floor ${fmt(median(finite(corpus.map((p) => p.busyPerFloor))))}×, median mark.js/busy ${fmt(median(finite(corpus.map((p) => p.markJsPerBusy))))}×, ` +
    `longest task ${fmt(Math.max(...corpus.map((p) => p.longestTaskMs)))} ms, ${n(corpus.reduce((s, p) => s + p.marks, 0))} marks.`);
  out.push('');

  if (r.issue12?.cpu) out.push(...cpuTargetLines(r.issue12.cpu), '');
  else if (r.issue12?.failed.cpu) out.push(`Issue 12's CPU targets not measured: ${r.issue12.failed.cpu}`, '');
  const { bundled: b5, kb100k: k5 } = k.big5;
  out.push(...bigKbLines(k, k.cost ?? undefined, k.sync ?? undefined));
  if (k5) {
    out.push(`  The bench build's own figures, 5 MB page: busy ${fmt(b5.busyMs)} → ${fmt(k5.busyMs)} ms, wall ${fmt(b5.wallMs)} → ${fmt(k5.wallMs)} ms, longest ${fmt(b5.longestTaskMs)} → ${fmt(k5.longestTaskMs)} ms, ` +
      `marks ${b5.marks} → ${k5.marks}${b5.marks === k5.marks ? ' (same)' : ' (DIFFERENT)'}; per run, busy ms: bundled ${b5.perRun.map((p) => fmt(p.busyMs)).join(' / ')}; 100k ${k5.perRun.map((p) => fmt(p.busyMs)).join(' / ')}.`);
  }
  for (const [part, why] of Object.entries(k.failed)) out.push(`  Not measured (${part}): ${why}`);
  out.push('');

  const { bundled: pb, kb100k: pk } = r.profiles;
  if (pb) {
    out.push(`Where the time goes: CPU profiles of the 5 MB page, from the navigation until the marks settled and a second more (separate runs of an unminified copy of the shipped code, sampled every 0.1 ms). ` +
      `Bundled KB: ${fmt(pb.contentScriptMs)} ms sampled under content.js, renderer GC ${fmt(pb.garbageCollectorMs)} ms` +
      (pk ? `; 100k KB: ${fmt(pk.contentScriptMs)} ms under content.js, GC ${fmt(pk.garbageCollectorMs)} ms.` : '.'));
    out.push('  By source file (DOM calls count for the file that made them), bundled KB → 100k KB:');
    const files = [...new Set([...pb.byFile.slice(0, 10), ...(pk?.byFile.slice(0, 10) ?? [])].map((f) => f.file))];
    const msIn = (p: typeof pb | null, file: string) => p?.byFile.find((f) => f.file === file)?.ms ?? 0;
    files.sort((a, b) => msIn(pb, b) + msIn(pk, b) - msIn(pb, a) - msIn(pk, a));
    for (const file of files) out.push(`  ${fmt(msIn(pb, file)).padStart(7)} → ${(pk ? fmt(msIn(pk, file)) : '–').padStart(7)} ms  ${file}`);
    for (const [label, p] of [['bundled KB', pb], ['100k KB', pk]] as const) {
      if (!p) continue;
      out.push(`  Top self time, ${label}:`);
      for (const e of p.top.slice(0, label === 'bundled KB' ? 12 : 8)) out.push(`  ${fmt(e.selfMs).padStart(7)} ms  ${e.name.padEnd(22)} ${e.where}${e.snippet ? `  ${e.snippet.replace(/\s+/g, ' ').slice(0, 60)}` : ''}`);
    }
    if (pb.hotLines.length) {
      out.push('  Hottest source lines, bundled KB (own code only, DOM calls excluded):');
      for (const h of pb.hotLines.slice(0, 10)) out.push(`  ${fmt(h.ms).padStart(7)} ms  ${h.where.padEnd(30)} ${h.code.slice(0, 80)}`);
    }
    out.push(`  The floor on that page: ${fmt(b5.floorColdMs)} ms on its first run, ${fmt(b5.floorMs)} ms median of 5; ` +
      `walked from an isolated world (a content script's): ${fmt(b5.isolatedFloorMs)} ms, ${fmt(b5.isolatedFloorMs / b5.floorMs)}× the main-world floor before any matching.`);
    out.push('');
  }
  out.push(...cardLines(card ?? undefined));
  out.push('');
  if (r.articleAdd) out.push(...articleAddLines(r.articleAdd), '');
  out.push('Earlier issues\' targets:', targetsTable(r.targets));
  if (r.failures.length) out.push('', `Failed pages: ${r.failures.map((f) => `${f.page} (${f.error.split('\n')[0]})`).join('; ')}`);
  out.push('', `Took ${fmt(r.elapsedS, 0)} s. Results: ${resultsFile}`);
  // Last, where the eye lands when the run ends.
  if (r.issue12) out.push('', 'Issue 12 targets', ...machineLoadLines(machine, r.loadAverageAtEnd), issue12Table(r.issue12.rows));
  return out.join('\n');
}

const spreadText = (s: Spread) => `median ${fmt(s.median, 2)}, p90 ${fmt(s.p90, 2)}, max ${fmt(s.max, 2)} ms (n=${s.n})`;

/** The card-open lines of the report (also all that `--card-only` prints besides the machine). */
export function cardLines(card: CardLatency | undefined): string[] {
  if (!card?.available) return [`Card opens (seed-article page): not measured${card ? ` (${card.note})` : ''}.`];
  const out: string[] = [];
  out.push(`Card opens (seed-article page): ${card.attempted} opens; ${card.note}.`);
  out.push(`  work, intent timer → card placed and visible (sync + microtasks): ${spreadText(card.workMs)}`);
  out.push(`    first card on a page: ${spreadText(card.firstOnPageWorkMs)}; later cards: ${spreadText(card.laterWorkMs)}`);
  out.push(`  visible in the first frame after the timer: ${card.firstFrame} of ${card.attempted} (${fmt((100 * card.firstFrame) / card.attempted, 0)}%)` +
    (card.missedFirstFrame.length ? `; missed: ${card.missedFirstFrame.map((m) => `"${m.mark}" ${m.frames === null ? (m.problem ?? 'never visible') : `frame ${m.frames}`}`).join(', ')}` : '') +
    (card.leftTheTask ? `; ${card.leftTheTask} left the timer's task before the card was placed` : '; every open stayed in the timer\'s task'));
  out.push(`  end to end, timer → the task after the frame that painted it (the old figure; includes waiting for that frame): ${spreadText(card.openLatencyMs)}`);
  return out;
}

export interface CardOnlyResults extends RunHeader {
  settings: { cardLoads: number; cardOpensPerLoad: number; extension: string };
  card: CardLatency;
  targets: TargetResult[];
}

/** What `npm run bench -- --card-only` prints. */
export function cardOnlyText(r: CardOnlyResults, resultsFile: string): string {
  const { machine } = r;
  const out: string[] = [];
  out.push(`Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB, ${machine.os}; Node ${machine.node}; ${machine.chromium}; load average ${machine.loadAverage.map((l) => l.toFixed(1)).join(' / ')}`);
  const warning = [machine.loadAverage, r.loadAverageAtEnd].map((load) => busyMachineWarning(load, machine.cores)).find(Boolean);
  if (warning) out.push(warning);
  if (r.sources.atStart !== r.sources.atEnd) out.push(`WARNING: the sources changed while the bench ran; the timings are for the build made at the start.`);
  out.push('', ...cardLines(r.card), '', targetsTable(r.targets), '', `Card only: took ${fmt(r.elapsedS, 0)} s. Results: ${resultsFile}`);
  return out.join('\n');
}
