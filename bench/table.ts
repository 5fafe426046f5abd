// Plain-text tables for the terminal: the per-page results and the targets.
import type { PageResult } from './page-result.ts';
import { round } from './stats.ts';
import type { TargetResult } from './targets.ts';

type Align = 'left' | 'right';

export function formatTable(header: string[], rows: string[][], align: Align[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (align[i] === 'right' ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

const num = (v: number, digits = 1) => (Number.isFinite(v) ? round(v, digits).toFixed(digits) : '–');
const int = (v: number) => (Number.isFinite(v) ? Math.round(v).toLocaleString('en') : '–');
const size = (bytes: number) => (bytes >= 1024 * 1024 ? `${num(bytes / 2 ** 20, 2)} MB` : `${int(bytes / 1024)} KB`);

export function resultsTable(results: readonly PageResult[]): string {
  const header = ['page', 'size', 'text nodes', 'marks', 'runs', 'wall ms', 'busy ms', 'longest ms', 'floor ms', 'busy/floor', 'iso floor ms', 'busy/iso', 'paired', 'mark.js ms', 'mark.js/busy', 'mark.js marks', 'heap +KB', 'blocked'];
  const align: Align[] = ['left', ...Array<Align>(header.length - 1).fill('right')];
  const rows = results.map((r) => [
    r.page.length > 44 ? `${r.page.slice(0, 43)}…` : r.page,
    size(r.bytes),
    int(r.textNodes),
    int(r.marks),
    String(r.runs),
    num(r.wallMs),
    num(r.busyMs),
    num(r.longestTaskMs),
    num(r.floorMs, 2),
    num(r.busyPerFloor),
    num(r.isolatedFloorMs, 2),
    num(r.busyPerIsolatedFloor),
    num(r.busyPerPairedFloor),
    r.markJsError ? 'error' : num(r.markJsMs),
    num(r.markJsPerBusy),
    int(r.markJsMarks),
    int(r.heapAddedKb),
    int(r.blocked),
  ]);
  return formatTable(header, rows, align);
}

export function targetsTable(targets: readonly TargetResult[]): string {
  return formatTable(['target', 'measured', 'status'], targets.map((t) => [t.target, t.measured, t.status]), ['left', 'left', 'left']);
}
