// The bench's arithmetic for issue 12's target 3 (bench/kb-100k-figures.ts, bench/sync-phases.ts):
// medians and ratios of interleaved runs, the heap per frame, the sync's phases, the verdicts.
import { describe, expect, it } from 'vitest';
import { bigKbCost, bigKbTargets, type CostSample, type CostSamples } from '../../bench/kb-100k-figures.ts';
import { syncPhases, type SyncEvent } from '../../bench/sync-phases.ts';

const run = (cpuMs: number, heapKb: number, marks = 790): CostSample => ({ cpuMs, cpuSamplesMs: cpuMs / 2, marks, heapKb });

function samples(bigCpu: number[], bigHeapKb: number): CostSamples {
  return {
    big5: {
      bundled: [run(200, 11_000), run(100, 11_500), run(300, 11_200)],
      big: bigCpu.map((ms) => run(ms, bigHeapKb)),
      none: [run(0, 10_000, 0), run(0, 10_000, 0), run(0, 10_000, 0)],
    },
    frames: {
      adFrames: 20,
      framedBig: [run(50, 9_000)], plainBig: [run(40, 7_000)], framedNone: [run(0, 8_000, 0)], plainNone: [run(0, 6_500, 0)],
    },
  };
}

describe('the 100,000-name KB against the bundled one', () => {
  it('compares medians of the CPU and pairs the interleaved runs', () => {
    const cost = bigKbCost(samples([210, 330, 90], 12_000));
    expect(cost.cpuMs).toEqual({ bundled: 200, big: 210 });
    expect(cost.cpuRatio).toBeCloseTo(1.05);
    expect(cost.cpuNominalRatio).toBeCloseTo(1.05);
    expect(cost.runPairRatios.map((r) => Number(r.toFixed(2)))).toEqual([1.05, 3.3, 0.3]);
    expect(bigKbTargets(cost, undefined)[0]).toMatchObject({ status: 'pass' });
  });

  it('gives the heap each frame adds, and judges the worst frame against 4 MB', () => {
    const cost = bigKbCost(samples([250, 250, 250], 15_000));
    expect(cost.heapAddedKb.big5).toEqual({ bundled: 1_200, big: 5_000 });
    // The page's own frame: 7,000 − 6,500; each of 20 ad frames: ((9,000 − 8,000) − 500) / 20.
    expect(cost.heapAddedKb.pageFrameBig).toBe(500);
    expect(cost.heapAddedKb.perAdFrameBig).toBe(25);
    expect(cost.worstFrameKb).toBe(5_000);
    const [cpu, heap] = bigKbTargets(cost, undefined);
    expect(cpu).toMatchObject({ status: 'FAIL' });
    expect(heap).toMatchObject({ status: 'FAIL' });
    expect(heap!.measured).toContain("5 MB page's frame +5,000 KB (bundled KB +1,200 KB)");
  });

  it('says what was not measured, and why', () => {
    const targets = bigKbTargets(undefined, undefined, { cost: 'the KB could not be synced', sync: 'refused: too big' });
    expect(targets.map((t) => t.status)).toEqual(['n/a', 'n/a', 'n/a']);
    expect(targets[2]!.measured).toBe('not measured: refused: too big');
  });
});

describe('"Sync now" → re-marked tabs, in phases', () => {
  const event = (at: number, type: string, payload: Record<string, unknown> = {}): SyncEvent => ({ type, payload, at });
  const events = [
    event(900, 'tabs:remarking', { round: 1, left: 0 }), // before the click: not this sync's
    event(1_100, 'sync:progress', { phase: 'fetching' }),
    event(2_000, 'sync:progress', { phase: 'checking' }),
    event(9_000, 'sync:progress', { phase: 'saving' }),
    event(9_500, 'store:changed'),
    event(12_000, 'tabs:remarking', { round: 2, left: 2 }),
    event(13_000, 'tabs:remarking', { round: 2, left: 1, tabId: 5 }),
    event(14_000, 'tabs:remarking', { round: 2, left: 0, tabId: 6 }),
  ];

  it('cuts the time from the click to the last tab into phases that add up', () => {
    const t = syncPhases(1_000, 11_000, 'Updated to version 2', events, 2);
    expect(t.done).toBe(true);
    expect(t.totalMs).toBe(13_000);
    expect(t.milestonesMs).toEqual({ fetching: 100, checking: 1_000, saving: 8_000, updated: 10_000, allRemarked: 13_000 });
    expect(t.tabsRemarkedMs).toEqual([12_000, 13_000]);
    expect(t.phases.map((p) => p.ms)).toEqual([100, 900, 7_000, 2_000, 3_000]);
    expect(t.phases.reduce((n, p) => n + p.ms, 0)).toBe(t.totalMs);
    expect(bigKbTargets(undefined, t)[2]).toMatchObject({ status: 'FAIL' });
    expect(bigKbTargets(undefined, t)[2]!.measured).toContain('13,000 ms for 2 tabs: click → fetching 100 ms, fetching 900 ms');
  });

  it('is not done until every tab has re-marked, and counts tabs given up on', () => {
    expect(syncPhases(1_000, 11_000, 'Updated', events.slice(0, 7), 2).done).toBe(false);
    const givenUp = syncPhases(1_000, 11_000, 'Updated', [...events.slice(0, 6), event(30_000, 'tabs:remarking', { round: 2, left: 0, unanswered: 2 })], 2);
    expect(givenUp).toMatchObject({ done: true, unanswered: 2, totalMs: 29_000 });
    expect(bigKbTargets(undefined, givenUp)[2]).toMatchObject({ status: 'FAIL' });
  });
});
