// Marks a document: a first pass (viewport first, then the rest, then open shadow roots), then
// a MutationObserver that re-marks only what changed, in batches, within a CPU budget.
import type { Matcher } from '../matcher.ts';
import type { Block } from './block-text.ts';
import { CpuBudget } from './cpu-budget.ts';
import type { MarkStore } from './mark-store.ts';
import { SubtreeScanJob } from './subtree-scan-job.ts';
import { ScanJob, type ScanShared } from './scan-job.ts';
import { blockLookup, isBlock, OWN_UI_ATTRIBUTE } from './scan-scope.ts';
import { runSliced, timedSlice, type SliceStats } from './slices.ts';
import { ShadowRootFinder } from './shadow-root-finder.ts';

const BATCH_DELAY_MS = 50;
/**
 * Every change to the marks makes the browser repaint the highlights, which costs far more
 * than finding them: a page that changes all the time (a ticker) is re-marked at most this often.
 */
const MIN_FLUSH_INTERVAL_MS = 250;
const OBSERVED: MutationObserverInit = { childList: true, subtree: true, characterData: true };
/** Rounds of fetching names and marking the blocks that waited for them, per pass. */
const MAX_FETCH_ROUNDS = 4;

interface Job {
  step(): boolean;
}

export interface PassStats extends SliceStats {
  wallMs: number;
  marks: number;
}

export class PageAnnotator {
  private readonly observer = new MutationObserver((records) => this.onMutations(records));
  private readonly budget = new CpuBudget();
  private readonly changedParents = new Set<Node>();
  private readonly addedRoots = new Set<Node>();
  private removals = false;
  private flushTimer: ReturnType<typeof setTimeout> | undefined;
  private lastFlush = -Infinity;
  private pass: Promise<void> = Promise.resolve();
  private abort = new AbortController();
  readonly rescanStats: SliceStats = { busyMs: 0, longestMs: 0, slices: 0 };
  /** The idle-time search for open shadow roots (and marking what it finds). */
  readonly idleStats: SliceStats = { busyMs: 0, longestMs: 0, slices: 0 };
  /** Open shadow roots found so far: observed, and marked again on reset. */
  private readonly shadowRoots = new Set<ShadowRoot>();
  /** Blocks to mark again once the matcher has the names their text needs (ScanShared). */
  private readonly deferred = new Set<Block>();

  constructor(private matcher: Matcher, private readonly store: MarkStore, private readonly doc: Document) {}

  /** The first pass over the whole document; resolves when every mark is registered. */
  annotate(): Promise<PassStats> {
    const started = performance.now();
    const stats: SliceStats = { busyMs: 0, longestMs: 0, slices: 0 };
    const shared = this.shared();
    const jobs: Job[] = [];
    // Where the reader looks can mean a layout the page had not done yet: count it as ours.
    const anchor = timedSlice(stats, () => viewportAnchor(this.doc));
    if (anchor) {
      const fromViewport = new SubtreeScanJob({ root: this.doc, startAfter: anchor }, shared);
      jobs.push(fromViewport, new SubtreeScanJob({ root: this.doc, stopBefore: () => fromViewport.firstNode }, shared));
    } else {
      jobs.push(new SubtreeScanJob({ root: this.doc }, shared));
    }
    for (const shadow of this.shadowRoots) {
      if (shadow.host.isConnected) jobs.push(new SubtreeScanJob({ root: shadow }, shared));
    }
    this.observer.observe(this.doc, OBSERVED);
    const signal = this.abort.signal;
    const run = this.pass.then(() => this.run(jobs, stats, signal));
    // Looking for open shadow roots means touching every element of the page, about as much
    // work again as reading its text, and few pages have any: it waits for idle time.
    this.pass = run.then(() => this.searchShadowRootsWhenIdle(signal));
    return run.then(() => ({ ...stats, wallMs: performance.now() - started, marks: this.store.size }));
  }

  private async searchShadowRootsWhenIdle(signal: AbortSignal): Promise<void> {
    await new Promise<void>((resolve) => {
      if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 2000 });
      else setTimeout(resolve, 50);
    });
    if (signal.aborted) return;
    const jobs: Job[] = [];
    jobs.push(this.shadowFinder(this.doc, this.shared(), jobs));
    await this.run(jobs, this.idleStats, signal);
  }

  /** New KB or settings: forget every mark and mark the page again. */
  reset(matcher: Matcher): Promise<PassStats> {
    this.stopWork();
    this.store.clear();
    this.store.publish();
    this.matcher = matcher;
    return this.annotate();
  }

  stop(): void {
    this.stopWork();
    this.observer.disconnect();
  }

  private stopWork(): void {
    this.abort.abort();
    this.abort = new AbortController();
    clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
    this.changedParents.clear();
    this.addedRoots.clear();
    this.deferred.clear();
  }

  private shared(): ScanShared {
    return { matcher: this.matcher, store: this.store, blockOf: blockLookup(), cleared: new Set<Block>(), deferred: this.deferred };
  }

  private shadowFinder(root: Node, shared: ScanShared, jobs: Job[]): Job {
    return new ShadowRootFinder(root, (shadow) => {
      if (this.shadowRoots.has(shadow)) return;
      this.shadowRoots.add(shadow);
      this.observer.observe(shadow, OBSERVED);
      jobs.push(new SubtreeScanJob({ root: shadow }, shared), this.shadowFinder(shadow, shared, jobs));
    });
  }

  private async run(jobs: Job[], stats: SliceStats, signal: AbortSignal, cpu?: CpuBudget): Promise<void> {
    const step = () => {
      while (jobs.length) {
        if (jobs[0]!.step()) return true;
        jobs.shift();
      }
      return false;
    };
    await runSliced(() => {
      const more = step();
      this.store.publish(more);
      return more;
    }, signal, stats, cpu);
    await this.markDeferred(stats, signal, cpu);
  }

  /**
   * The blocks whose names the matcher had yet to fetch, marked again once it has them (a few
   * rounds at most: marking one may meet yet another name). A failed fetch leaves them unmarked.
   */
  private async markDeferred(stats: SliceStats, signal: AbortSignal, cpu?: CpuBudget): Promise<void> {
    for (let round = 0; round < MAX_FETCH_ROUNDS && this.deferred.size && !signal.aborted; round++) {
      try {
        await this.matcher.fetched();
      } catch {
        break;
      }
      if (signal.aborted) return;
      const shared = this.shared();
      const jobs: Job[] = [...this.deferred].filter((b) => b.isConnected).map((b) => new ScanJob(b, shared));
      this.deferred.clear();
      await runSliced(() => {
        while (jobs.length) {
          if (jobs[0]!.step()) return true;
          jobs.shift();
        }
        this.store.publish();
        return false;
      }, signal, stats, cpu);
    }
    this.deferred.clear();
  }

  private onMutations(records: MutationRecord[]): void {
    for (const r of records) {
      if (r.type === 'characterData') {
        if (r.target.parentNode) this.changedParents.add(r.target.parentNode);
        continue;
      }
      let inlineChange = false;
      r.addedNodes.forEach((n) => {
        if (n instanceof Element && n.hasAttribute(OWN_UI_ATTRIBUTE)) return;
        if (n.nodeType === Node.TEXT_NODE) inlineChange = true;
        else if (n instanceof Element) {
          this.addedRoots.add(n);
          if (!isBlock(n)) inlineChange = true;
        }
      });
      r.removedNodes.forEach((n) => {
        this.removals = true;
        if (n.nodeType === Node.TEXT_NODE || (n instanceof Element && !isBlock(n) && !n.hasAttribute(OWN_UI_ATTRIBUTE))) inlineChange = true;
      });
      if (inlineChange) this.changedParents.add(r.target);
    }
    if (this.flushTimer !== undefined) return;
    const delay = Math.max(BATCH_DELAY_MS, this.lastFlush + MIN_FLUSH_INTERVAL_MS - performance.now());
    this.flushTimer = setTimeout(() => {
      this.flushTimer = undefined;
      this.lastFlush = performance.now();
      const signal = this.abort.signal;
      this.pass = this.pass.then(() => this.flush(signal));
    }, delay);
  }

  /** Re-marks the blocks whose own text changed and marks the subtrees that were added. */
  private async flush(signal: AbortSignal): Promise<void> {
    if (signal.aborted) return;
    const shared = this.shared();
    const roots = outermost([...this.addedRoots].filter((n) => n.isConnected));
    const blocks = new Set<Block>();
    for (const parent of this.changedParents) {
      if (!parent.isConnected) continue;
      const block = parent instanceof Element ? shared.blockOf(parent) : (parent as Block);
      if (block && !roots.some((r) => r === block || r.contains(block))) blocks.add(block);
    }
    this.changedParents.clear();
    this.addedRoots.clear();
    if (this.removals) this.store.sweepDisconnected();
    this.removals = false;

    const jobs: Job[] = [...blocks].map((b) => new ScanJob(b, shared));
    for (const root of roots) jobs.push(new SubtreeScanJob({ root }, shared), this.shadowFinder(root, shared, jobs));
    await this.run(jobs, this.rescanStats, signal, this.budget);
    this.store.publish();
  }
}

/** Roots none of which lies inside another. */
function outermost(nodes: Node[]): Node[] {
  return nodes.filter((n) => !nodes.some((other) => other !== n && other.contains(n)));
}

/** Where the reader is looking, when the page opened scrolled down (else null: start at the top). */
function viewportAnchor(doc: Document): Node | null {
  const view = doc.defaultView;
  if (!view || view.scrollY < view.innerHeight / 2 || !doc.caretPositionFromPoint) return null;
  const caret = doc.caretPositionFromPoint(view.innerWidth / 2, view.innerHeight / 4);
  const node = caret?.offsetNode;
  return node && node.getRootNode() === doc ? node : null;
}
