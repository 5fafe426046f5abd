import { describe, expect, it } from 'vitest';
import { runSliced, timedSlice, type SliceStats } from '../../lib/page/slices.ts';

const busyFor = (ms: number) => {
  const end = performance.now() + ms;
  while (performance.now() < end) { /* spin */ }
};

describe('slices', () => {
  it('timedSlice returns the work\'s result and counts its time as one slice, even when it throws', () => {
    const stats: SliceStats = { busyMs: 0, longestMs: 0, slices: 0 };
    expect(timedSlice(stats, () => (busyFor(3), 42))).toBe(42);
    expect(stats.slices).toBe(1);
    expect(stats.busyMs).toBeGreaterThanOrEqual(3);
    expect(stats.longestMs).toBe(stats.busyMs);
    expect(() => timedSlice(stats, () => { throw new Error('boom'); })).toThrow('boom');
    expect(stats.slices).toBe(2);
  });

  it('runSliced cuts work into slices of about the budget and adds them to the same stats', async () => {
    const stats: SliceStats = { busyMs: 0, longestMs: 0, slices: 0 };
    let units = 0;
    await runSliced(() => (busyFor(1), ++units < 20), new AbortController().signal, stats, undefined, 5);
    expect(units).toBe(20);
    expect(stats.slices).toBeGreaterThanOrEqual(3);
    expect(stats.busyMs).toBeGreaterThanOrEqual(20);
  });
});
