// What an extension costs a page, measured from outside in one load: V8's sampling profiler
// (100 µs) attributes to the extension every sample whose stack holds a frame of one of its
// scripts (a `chrome-extension://` URL), so its DOM calls and the layouts they force count;
// CDP `Performance.getMetrics` TaskDuration over the same window counts everything the
// renderer's main thread did (GC and painting too), to be compared with and without the
// extension. See ../shared/perf/README.md. The profile covers every frame in the page's renderer.
import type { Page } from '@playwright/test';
import type { Browser } from './chromium.ts';

const SAMPLING_INTERVAL_US = 100;
/** After the marks are settled: time for idle work, late frames and the painting to happen. */
export const SETTLE_MS = 1000;

/** The parts of CDP's Profiler.Profile the bench reads. */
export interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
  /** Samples per 1-based line of the script, inside this node's function. */
  positionTicks?: { line: number; ticks: number }[];
}
export interface CpuProfile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

export interface CpuRun {
  /** Sampled time with an extension script on the stack (the samples' time deltas summed). */
  cpuMs: number;
  /** The same samples counted at the nominal interval: a descheduled thread takes few samples
   * but long deltas, so this reads closer to CPU time on a loaded machine. */
  cpuSamplesMs: number;
  /** Sampled garbage collection in the renderer over the window, whoever caused it. */
  gcMs: number;
  /** The renderer main thread's TaskDuration over the window, in thread CPU time. */
  taskMs: number;
  /** Ranges in the page's `kb-` highlights when the window closed. */
  marks: number;
  /** From the start of the navigation to the close of the window. */
  windowMs: number;
}

export interface CpuRunOptions {
  /** Called before the navigation; the function it returns resolves once the page is settled
   * for what is measured (e.g. the extension's marks). */
  watch?: (page: Page) => () => Promise<void>;
  timeoutMs?: number;
  /** Called with the page still open, after the window closed. */
  withPage?: (page: Page) => Promise<void>;
  /** Gets the raw profile (e.g. to say where the time went). */
  onProfile?: (profile: CpuProfile) => void;
}

const POLL_MS = 100;
/** Marks unchanged for this long: settled. */
const STABLE_MS = 600;

/**
 * Settled, seen from outside (no hook in the extension): the number of ranges in the page's
 * `kb-` highlights has not changed for STABLE_MS, and there was at least one (unless `expectMarks`
 * is false, as without an extension). The same polling runs in every kind of run, so it costs
 * them alike.
 */
export function marksSettled(page: Page, expectMarks = true, timeoutMs = 90_000): () => Promise<void> {
  return async () => {
    const deadline = Date.now() + timeoutMs;
    let last = -1;
    let since = Date.now();
    while (Date.now() < deadline) {
      const n = await page.evaluate(() => {
        let count = 0;
        for (const [name, h] of CSS.highlights) if (name.startsWith('kb-')) count += h.size;
        return count;
      });
      if (n !== last) {
        last = n;
        since = Date.now();
      } else if ((n > 0 || !expectMarks) && Date.now() - since >= STABLE_MS) return;
      await page.waitForTimeout(POLL_MS);
    }
    throw new Error(`marks not settled within ${timeoutMs} ms (${last} so far)`);
  };
}

/** Loads `url` in a fresh page of `browser` (after `blankUrl`, same origin, so the renderer stays
 * the profiled one) and measures the window from navigation to settled + SETTLE_MS. */
export async function measureCpu(browser: Browser, url: string, blankUrl: string, options: CpuRunOptions = {}): Promise<CpuRun> {
  const page = await browser.context.newPage();
  try {
    await page.goto(blankUrl);
    const cdp = await browser.context.newCDPSession(page);
    // Thread CPU time, not wall time: other processes on a busy machine do not inflate it.
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_INTERVAL_US });
    const taskDuration = async () => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? Number.NaN) * 1000;
    };
    const before = await taskDuration();
    const settled = options.watch?.(page);
    const started = Date.now();
    await cdp.send('Profiler.start');
    await page.goto(url, { waitUntil: 'load', timeout: options.timeoutMs ?? 90_000 });
    await settled?.();
    await page.waitForTimeout(SETTLE_MS);
    const { profile } = await cdp.send('Profiler.stop');
    const taskMs = (await taskDuration()) - before;
    const windowMs = Date.now() - started;
    await cdp.detach();
    const marks = await page.evaluate(() => {
      let n = 0;
      for (const [name, h] of CSS.highlights) if (name.startsWith('kb-')) n += h.size;
      return n;
    });
    await options.withPage?.(page);
    options.onProfile?.(profile as CpuProfile);
    return { ...attribute(profile as CpuProfile), taskMs, marks, windowMs };
  } finally {
    await page.close();
  }
}

/** Sums the samples under an extension's frames, and the renderer's GC samples. */
export function attribute(profile: CpuProfile): { cpuMs: number; cpuSamplesMs: number; gcMs: number } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const underExtension = new Map<number, boolean>();
  const isUnder = (id: number): boolean => {
    const known = underExtension.get(id);
    if (known !== undefined) return known;
    const up = parent.get(id);
    const result = byId.get(id)!.callFrame.url.startsWith('chrome-extension://') || (up !== undefined && isUnder(up));
    underExtension.set(id, result);
    return result;
  };
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let cpuUs = 0;
  let cpuSamples = 0;
  let gcUs = 0;
  // timeDeltas[i] is the time before samples[i]; a sample's weight is the gap to the next one.
  for (let i = 0; i < samples.length; i++) {
    const us = deltas[i + 1] ?? SAMPLING_INTERVAL_US;
    const id = samples[i]!;
    if (isUnder(id)) {
      cpuUs += us;
      cpuSamples++;
    }
    else if (byId.get(id)!.callFrame.functionName === '(garbage collector)') gcUs += us;
  }
  return { cpuMs: cpuUs / 1000, cpuSamplesMs: (cpuSamples * SAMPLING_INTERVAL_US) / 1000, gcMs: gcUs / 1000 };
}
