import type { CpuBudget } from './cpu-budget.ts';

// Cuts long work into slices so that no task of ours keeps the page's main thread for long:
// a slice runs until its budget is spent, then yields to the page (input, rendering) and goes on.

export const SLICE_BUDGET_MS = 8;

interface SchedulerLike {
  yield?: () => Promise<void>;
}

/** Gives the main thread back to the page; resumes soon after (before timers clamp to 4 ms). */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

export interface SliceStats {
  /** Sum of the slices' durations: the main-thread time the work took. */
  busyMs: number;
  longestMs: number;
  slices: number;
}

function countSlice(stats: SliceStats, took: number): void {
  stats.busyMs += took;
  stats.slices++;
  if (took > stats.longestMs) stats.longestMs = took;
}

/** Runs `work` now, in the caller's task, and counts it as one slice of `stats`. */
export function timedSlice<T>(stats: SliceStats, work: () => T): T {
  const start = performance.now();
  try {
    return work();
  } finally {
    countSlice(stats, performance.now() - start);
  }
}

/**
 * Runs `step` (which does a small unit of work and returns false when there is no more)
 * in slices of about `budgetMs`, yielding between them. Stops early when `signal` aborts.
 */
export async function runSliced(
  step: () => boolean,
  signal: AbortSignal,
  stats: SliceStats,
  cpu?: CpuBudget,
  budgetMs = SLICE_BUDGET_MS,
): Promise<void> {
  let more = true;
  while (more && !signal.aborted) {
    const wait = cpu?.waitMs() ?? 0;
    if (wait > 0) {
      await new Promise((resolve) => setTimeout(resolve, wait));
      continue;
    }
    const start = performance.now();
    do more = step();
    while (more && performance.now() - start < budgetMs);
    const took = performance.now() - start;
    cpu?.charge(took);
    countSlice(stats, took);
    if (more) await yieldToPage();
  }
}
