// Reads the bench hook's reports (bench/content-hook.ts, shapes in bench/hook-reports.ts) off a
// page's console: one pass report per frame and config, one card report per hover open.
import type { ConsoleMessage, Page } from '@playwright/test';
import { parseReportLine, type CardOpenReport, type PassReport } from './hook-reports.ts';

export interface Received<T> {
  report: T;
  /** When the message was logged, in ms since the Unix epoch (the renderer's clock). */
  timestamp: number;
}

export class BenchMessages {
  readonly reports: Received<PassReport>[] = [];
  readonly cards: Received<CardOpenReport>[] = [];
  private waiters: (() => void)[] = [];

  constructor(page: Page) {
    page.on('console', (msg) => this.onConsole(msg));
  }

  private onConsole(msg: ConsoleMessage): void {
    const line = parseReportLine(msg.text());
    if (!line) return;
    if (line.kind === 'pass') this.reports.push({ report: line.report, timestamp: msg.timestamp() });
    else this.cards.push({ report: line.report, timestamp: msg.timestamp() });
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }

  /** The first pass report of the frame at `url`; rejects after `timeoutMs`. */
  forFrame(url: string, timeoutMs: number): Promise<Received<PassReport>> {
    return this.waitFor(() => this.reports.find((r) => r.report.frame === url), timeoutMs, `no pass report for ${url}`);
  }

  /** The first card report after `since` (epoch ms), or undefined after `timeoutMs`. */
  async cardAfter(since: number, timeoutMs: number): Promise<Received<CardOpenReport> | undefined> {
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
