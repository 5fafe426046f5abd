// One row of the results: the extension's runs on a page (median when repeated) next to the
// floor, mark.js and the heap of the same page without the extension.
import type { BaselineRun } from './baseline-run.ts';
import type { ExtensionRun } from './extension-run.ts';
import type { BenchPage, PageKind } from './pages.ts';
import { median, ratio } from './stats.ts';

export interface PageResult {
  page: string;
  kind: PageKind;
  bytes: number;
  textNodes: number;
  textChars: number;
  runs: number;
  /** Marks the extension registered in the main frame (its own count, median). */
  marks: number;
  /** Marks counted from outside in the main document's kb- highlights. */
  highlighted: number;
  /** Marks in iframes (not part of the comparison). */
  iframeMarks: number;
  wallMs: number;
  busyMs: number;
  slices: number;
  /** The extension's longest slice, as it reports it. */
  longestSliceMs: number;
  /** The longest task of 50 ms or more (Long Tasks API) overlapping the first pass; 0 if none. */
  longTaskMs: number;
  /** max(longestSliceMs, longTaskMs): the longest task during annotation. */
  longestTaskMs: number;
  compileMs: number;
  floorMs: number;
  /** The floor's first run (before the page's text nodes had JS wrappers). */
  floorColdMs: number;
  busyPerFloor: number;
  /** The same floor walked from an isolated world (where a content script runs), median of 5. */
  isolatedFloorMs: number;
  busyPerIsolatedFloor: number;
  /** The floor measured in the extension's own tab right after each pass (median). */
  pairedFloorMs: number;
  /** Median over runs of busy / that run's paired floor: less sensitive to machine load. */
  busyPerPairedFloor: number;
  markJsMs: number;
  markJsMarks: number;
  markJsPerBusy: number;
  markJsError?: string;
  heapAddedKb: number;
  /** Blink (DOM) heap added, KB: Ranges and the like. */
  domHeapAddedKb: number;
  /** Requests to other hosts blocked while the page loaded with the extension (median). */
  blocked: number;
  /** Late document.write calls ignored (see late-document-write.ts). */
  lateWrites: number;
  loadMs: number;
  /** Every extension run, before taking medians. */
  perRun: { wallMs: number; busyMs: number; pairedFloorMs: number; longestSliceMs: number; longTaskMs: number; longTasks: number; compileMs: number; heapKb: number }[];
}

export function pageResult(page: BenchPage, ext: ExtensionRun[], base: BaselineRun): PageResult {
  const med = (f: (r: ExtensionRun) => number) => median(ext.map(f));
  const busyMs = med((r) => r.report.busyMs);
  const longestSliceMs = med((r) => r.report.longestMs);
  const longTaskMs = med((r) => r.longTasks.longestMs);
  return {
    page: page.name,
    kind: page.kind,
    bytes: page.bytes,
    textNodes: base.floor.textNodes,
    textChars: base.floor.textChars,
    runs: ext.length,
    marks: med((r) => r.report.marks),
    highlighted: med((r) => r.highlighted),
    iframeMarks: med((r) => r.otherFrames.reduce((n, f) => n + f.marks, 0)),
    wallMs: med((r) => r.report.wallMs),
    busyMs,
    slices: med((r) => r.report.slices),
    longestSliceMs,
    longTaskMs,
    longestTaskMs: med((r) => Math.max(r.report.longestMs, r.longTasks.longestMs)),
    compileMs: med((r) => r.report.compileMs),
    floorMs: base.floor.ms,
    floorColdMs: base.floor.runsMs[0] ?? Number.NaN,
    busyPerFloor: ratio(busyMs, base.floor.ms),
    isolatedFloorMs: base.isolatedFloor.ms,
    busyPerIsolatedFloor: ratio(busyMs, base.isolatedFloor.ms),
    pairedFloorMs: med((r) => r.pairedFloorMs),
    busyPerPairedFloor: med((r) => ratio(r.report.busyMs, r.pairedFloorMs)),
    markJsMs: base.markJs.ms,
    markJsMarks: base.markJs.marks,
    markJsPerBusy: ratio(base.markJs.ms, busyMs),
    ...(base.markJs.error ? { markJsError: base.markJs.error } : {}),
    heapAddedKb: (med((r) => r.heap.jsUsed) - base.heap.jsUsed) / 1024,
    domHeapAddedKb: (med((r) => r.heap.embedderUsed) - base.heap.embedderUsed) / 1024,
    blocked: med((r) => r.blocked),
    lateWrites: Math.max(...ext.map((r) => r.lateWrites)),
    loadMs: med((r) => r.loadMs),
    perRun: ext.map((r) => ({
      wallMs: r.report.wallMs,
      busyMs: r.report.busyMs,
      longestSliceMs: r.report.longestMs,
      longTaskMs: r.longTasks.longestMs,
      longTasks: r.longTasks.count,
      compileMs: r.report.compileMs,
      pairedFloorMs: r.pairedFloorMs,
      heapKb: r.heap.jsUsed / 1024,
    })),
  };
}
