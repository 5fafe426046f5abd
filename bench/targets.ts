// The targets, checked against the numbers (reported, never asserted).
import type { BundleSize } from './bundle-size.ts';
import type { CardLatency } from './card-latency.ts';
import type { PageResult } from './page-result.ts';
import { ratio, round } from './stats.ts';

export type Status = 'pass' | 'FAIL' | 'info' | 'n/a';

export interface TargetResult {
  target: string;
  measured: string;
  status: Status;
}

export interface TargetInputs {
  big5: PageResult | undefined;
  big5Kb10k: PageResult | undefined;
  bundle: BundleSize | undefined;
  card: CardLatency | undefined;
}

const check = (ok: boolean): Status => (ok ? 'pass' : 'FAIL');
const ms = (v: number) => `${round(v, 1)} ms`;
const x = (v: number) => `${round(v, 1)}×`;

export function evaluateTargets({ big5, big5Kb10k, bundle, card }: TargetInputs): TargetResult[] {
  const out: TargetResult[] = [];
  if (big5) {
    out.push({
      target: '5 MB page: busy ≤ 2× floor',
      measured: `${ms(big5.busyMs)} busy / ${ms(big5.floorMs)} floor = ${x(big5.busyPerFloor)} (paired in the same tab: ${x(big5.busyPerPairedFloor)})`,
      status: Number.isFinite(big5.busyPerFloor) ? check(big5.busyPerFloor <= 2) : 'n/a',
    });
    out.push({
      target: '5 MB page: ≥ 30× faster than mark.js',
      measured: `${ms(big5.markJsMs)} mark.js / ${ms(big5.busyMs)} busy = ${x(big5.markJsPerBusy)}`,
      status: Number.isFinite(big5.markJsPerBusy) ? check(big5.markJsPerBusy >= 30) : 'n/a',
    });
    out.push({
      target: '5 MB page: longest task ≤ 50 ms',
      measured: `${ms(big5.longestTaskMs)} (own longest slice ${ms(big5.longestSliceMs)}, long tasks seen ${ms(big5.longTaskMs)})`,
      status: check(big5.longestTaskMs <= 50),
    });
  }
  if (big5 && big5Kb10k) {
    const r = ratio(big5Kb10k.busyMs, big5.busyMs);
    const pairs = big5Kb10k.perRun.map((k, i) => ratio(k.busyMs, big5.perRun[i]?.busyMs ?? Number.NaN));
    out.push({
      target: '10,000-entity KB: busy ≤ 1.5× bundled KB (5 MB page)',
      measured: `${ms(big5Kb10k.busyMs)} / ${ms(big5.busyMs)} = ${x(r)} (interleaved run pairs: ${pairs.map(x).join(', ')})`,
      status: Number.isFinite(r) ? check(r <= 1.5) : 'n/a',
    });
  }
  out.push({
    target: 'content script gzipped',
    measured: bundle ? `${bundle.gzipBytes.toLocaleString('en')} B (${bundle.bytes.toLocaleString('en')} B raw, ${bundle.build} build)` : 'no build found',
    status: bundle ? 'info' : 'n/a',
  });
  out.push({
    target: 'card-open latency (seed-article page)',
    measured: card?.available ? ms(card.openLatencyMs!) : 'not available yet',
    status: card?.available ? 'info' : 'n/a',
  });
  return out;
}
