// Reads the extension's own instrumentation (the WXT_BENCH=1 build) off a page's console:
// `kb-bench {json}` once per frame after the first pass (lib/page/bench-report.ts), and
// `kb-bench-card {json}` when a hover card has opened (entrypoints/content/card-bench.ts).
import type { ConsoleMessage, Page } from '@playwright/test';

export interface BenchReport {
  wallMs: number;
  busyMs: number;
  longestMs: number;
  slices: number;
  marks: number;
  compileMs: number;
  entities: number;
  frame: string;
}

export interface Received<T> {
  report: T;
  /** When the message was logged, in ms since the Unix epoch (the renderer's clock). */
  timestamp: number;
}

export interface CardReport {
  openLatencyMs: number;
}

export class BenchMessages {
  readonly reports: Received<BenchReport>[] = [];
  readonly cards: Received<CardReport>[] = [];
  private waiters: (() => void)[] = [];

  constructor(page: Page) {
    page.on('console', (msg) => this.onConsole(msg));
  }

  private onConsole(msg: ConsoleMessage): void {
    const match = /^(kb-bench(?:-card)?)\s+(\{.*\})\s*$/s.exec(msg.text());
    if (!match) return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(match[2]!);
    } catch {
      return;
    }
    if (match[1] === 'kb-bench') this.reports.push({ report: parsed as BenchReport, timestamp: msg.timestamp() });
    else this.cards.push({ report: parsed as CardReport, timestamp: msg.timestamp() });
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }

  /** The first-pass report of the frame at `url`; rejects after `timeoutMs`. */
  forFrame(url: string, timeoutMs: number): Promise<Received<BenchReport>> {
    return this.waitFor(() => this.reports.find((r) => r.report.frame === url), timeoutMs, `no kb-bench report for ${url}`);
  }

  /** The first card report after `since` (epoch ms), or undefined after `timeoutMs`. */
  async cardAfter(since: number, timeoutMs: number): Promise<Received<CardReport> | undefined> {
    try {
      return await this.waitFor(() => this.cards.find((c) => c.timestamp >= since), timeoutMs, 'no card');
    } catch {
      return undefined;
    }
  }

  private waitFor<T>(pick: () => T | undefined, timeoutMs: number, error: string): Promise<T> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${error} within ${timeoutMs} ms`)), timeoutMs);
      const check = () => {
        const found = pick();
        if (found === undefined) return void this.waiters.push(check);
        clearTimeout(timer);
        resolve(found);
      };
      check();
    });
  }
}
