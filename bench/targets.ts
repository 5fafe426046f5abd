// The earlier issues' targets (the floor, mark.js, the longest task, the card), checked against
// the numbers (reported, never asserted). Issue 12's are in issue12-table.ts.
import type { CardLatency } from './card-latency.ts';
import type { PageResult } from './page-result.ts';
import { round } from './stats.ts';

export type Status = 'pass' | 'FAIL' | 'info' | 'n/a';

export interface TargetResult {
  target: string;
  measured: string;
  status: Status;
}

export interface TargetInputs {
  big5: PageResult | undefined;
  card: CardLatency | undefined;
}

const check = (ok: boolean): Status => (ok ? 'pass' : 'FAIL');
const ms = (v: number) => `${round(v, 1)} ms`;
const x = (v: number) => `${round(v, 1)}×`;

export function evaluateTargets({ big5, card }: TargetInputs): TargetResult[] {
  const out: TargetResult[] = [];
  if (big5) {
    out.push({
      target: '5 MB page: busy ≤ 2× floor',
      measured: `${ms(big5.busyMs)} busy / ${ms(big5.floorMs)} floor = ${x(big5.busyPerFloor)} (paired in the same tab: ${x(big5.busyPerPairedFloor)}; ` +
        `the floor walked from an isolated world, as a content script must: ${ms(big5.isolatedFloorMs)}, busy = ${x(big5.busyPerIsolatedFloor)} of it)`,
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
  out.push(cardTarget(card));
  return out;
}

/** Issue #4: the card opens within one animation frame after the intent delay ends. */
export function cardTarget(card: CardLatency | undefined): TargetResult {
  const target = 'card visible in the first frame after the intent delay (seed-article page)';
  if (!card?.available) return { target, measured: card ? `not measured: ${card.note}` : 'not measured', status: 'n/a' };
  const { attempted, firstFrame, workMs } = card;
  const missed = attempted - firstFrame;
  const work = `workMs median ${ms(workMs.median)}, p90 ${ms(workMs.p90)}, max ${ms(workMs.max)}`;
  if (!missed) return { target, measured: `${firstFrame} of ${attempted} opens in the first frame; ${work}`, status: 'pass' };
  const how = card.missedFirstFrame.map((m) => (m.frames === null ? `"${m.mark}": ${m.problem ?? 'never visible'}` : `"${m.mark}": frame ${m.frames}`));
  return { target, measured: `${missed} of ${attempted} opens did not make the first frame (${how.join('; ')}); ${work}`, status: 'FAIL' };
}
