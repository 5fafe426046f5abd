// The card-open benchmark's arithmetic: percentiles, the summary of the samples, and the
// issue #4 target row ("card visible in the first frame after the intent delay").
import { describe, expect, it } from 'vitest';
import { percentile, spread, summarizeCardOpens, type CardOpenSample } from '../../bench/card-latency.ts';
import { cardTarget } from '../../bench/targets.ts';

function sample(overrides: Partial<CardOpenSample> = {}): CardOpenSample {
  return { load: 0, open: 1, mark: 'NVIDIA', workMs: 5, sameTask: true, frames: 1, openLatencyMs: 12, ...overrides };
}

describe('percentile and spread', () => {
  it('uses the nearest rank', () => {
    const xs = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];
    expect(percentile(xs, 50)).toBe(5);
    expect(percentile(xs, 90)).toBe(9);
    expect(percentile(xs, 100)).toBe(10);
    expect(percentile(xs, 0)).toBe(1);
    expect(percentile([7], 90)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });

  it('leaves out opens without a value', () => {
    expect(spread([3, null, 1, 2])).toEqual({ n: 3, median: 2, p90: 3, max: 3 });
    expect(spread([null]).n).toBe(0);
  });
});

describe('the summary of card opens', () => {
  it('counts the first-frame opens and keeps the first card on each page apart', () => {
    const samples = [
      sample({ open: 0, workMs: 15 }),
      sample({ workMs: 4 }),
      sample({ load: 1, open: 0, workMs: 13 }),
      sample({ load: 1, workMs: 6, frames: 2, mark: 'Huawei' }),
    ];
    const summary = summarizeCardOpens(samples, 2, 'test');
    expect(summary.available).toBe(true);
    expect(summary.attempted).toBe(4);
    expect(summary.firstFrame).toBe(3);
    expect(summary.missedFirstFrame).toEqual([{ mark: 'Huawei', frames: 2 }]);
    expect(summary.firstOnPageWorkMs).toEqual({ n: 2, median: 13, p90: 15, max: 15 });
    expect(summary.laterWorkMs.max).toBe(6);
    expect(summary.leftTheTask).toBe(0);
  });

  it('counts an open that never reported as one that missed the first frame', () => {
    const summary = summarizeCardOpens(
      [sample(), sample({ workMs: null, sameTask: null, frames: null, openLatencyMs: null, problem: 'no card report' })],
      1,
      'test',
    );
    expect(summary.firstFrame).toBe(1);
    expect(summary.missedFirstFrame).toEqual([{ mark: 'NVIDIA', frames: null, problem: 'no card report' }]);
    expect(summary.workMs.n).toBe(1);
  });

  it('counts an open that left the timer’s task as one that missed the first frame, and says why', () => {
    const summary = summarizeCardOpens([sample(), sample({ sameTask: false, frames: null, mark: 'CUDA' })], 1, 'test');
    expect(summary.firstFrame).toBe(1);
    expect(summary.leftTheTask).toBe(1);
    expect(summary.missedFirstFrame).toEqual([{ mark: 'CUDA', frames: null, problem: "left the timer's task" }]);
  });
});

describe('the first-frame target', () => {
  it('passes when every sampled open made the first frame', () => {
    const row = cardTarget(summarizeCardOpens([sample(), sample({ workMs: 7 })], 1, 'test'));
    expect(row.status).toBe('pass');
    expect(row.measured).toMatch(/^2 of 2 opens in the first frame; workMs median 5 ms, p90 7 ms, max 7 ms$/);
  });

  it('says how many did not, and which', () => {
    const row = cardTarget(summarizeCardOpens([sample(), sample({ frames: 3, mark: 'CUDA' }), sample({ frames: null, problem: 'no message' })], 1, 'test'));
    expect(row.status).toBe('FAIL');
    expect(row.measured).toContain('2 of 3 opens did not make the first frame');
    expect(row.measured).toContain('"CUDA": frame 3');
    expect(row.measured).toContain('"NVIDIA": no message');
  });

  it('is n/a without a measurement', () => {
    expect(cardTarget(undefined).status).toBe('n/a');
    expect(cardTarget(summarizeCardOpens([], 1, 'no mark to hover')).measured).toBe('not measured: no mark to hover');
  });
});
