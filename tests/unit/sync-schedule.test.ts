// Auto-sync timing and "two clicks make one sync".
import { describe, expect, it } from 'vitest';
import { countsAsFailure, FIRST_RETRY_MS, LONGEST_WAIT_MS, nextAutoSyncDelay } from '../../lib/sync/schedule.ts';
import { singleFlight } from '../../lib/sync/single-flight.ts';

const HOUR = 3_600_000;

describe('auto-sync schedule', () => {
  it('waits the reader’s interval after a success (daily by default)', () => {
    expect(nextAutoSyncDelay(0, 24)).toBe(24 * HOUR);
    expect(nextAutoSyncDelay(0, 6)).toBe(6 * HOUR);
  });

  it('backs off after failures: an hour, then twice as long each time, never more than a week', () => {
    expect([1, 2, 3, 4].map((n) => nextAutoSyncDelay(n, 24))).toEqual([HOUR, 2 * HOUR, 4 * HOUR, 8 * HOUR]);
    expect(FIRST_RETRY_MS).toBe(HOUR);
    expect(nextAutoSyncDelay(20, 24)).toBe(LONGEST_WAIT_MS);
    expect(LONGEST_WAIT_MS).toBe(7 * 24 * HOUR);
  });

  it('an older KB on the server is not a failure to retry sooner', () => {
    expect(countsAsFailure({ ok: false, refusal: { kind: 'older' } })).toBe(false);
    expect(countsAsFailure({ ok: false, refusal: { kind: 'timeout' } })).toBe(true);
    expect(countsAsFailure({ ok: true })).toBe(false);
  });
});

describe('single flight', () => {
  it('a call while one runs gets that run’s result; the next call starts a new run', async () => {
    let runs = 0;
    let finish!: (value: number) => void;
    const once = singleFlight(() => {
      runs++;
      return new Promise<number>((resolve) => (finish = resolve));
    });
    const first = once();
    const second = once();
    finish(7);
    expect(await Promise.all([first, second])).toEqual([7, 7]);
    expect(runs).toBe(1);
    const third = once();
    finish(8);
    expect(await third).toBe(8);
    expect(runs).toBe(2);
  });

  it('a failed run does not block the next one', async () => {
    let fail = true;
    const once = singleFlight(async () => {
      if (fail) throw new Error('boom');
      return 'ok';
    });
    await expect(once()).rejects.toThrow('boom');
    fail = false;
    expect(await once()).toBe('ok');
  });
});
