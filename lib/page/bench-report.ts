// Instrumentation for `npm run bench` only (the __KB_BENCH__ build): the content script reports
// its own timings of the first pass as one console message the benchmark reads.
import type { PassStats } from './page-annotator.ts';

export interface BenchReport extends PassStats {
  compileMs: number;
  entities: number;
}

export function reportBench(report: BenchReport): void {
  console.debug(`kb-bench ${JSON.stringify({ ...report, frame: location.href })}`);
}
