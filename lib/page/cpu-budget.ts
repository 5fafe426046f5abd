// A cap on how much main-thread time re-marking may take per second, so a page that rewrites
// its text all the time (a ticker, a live blog) cannot make the extension eat the CPU.

export const RESCAN_BUDGET_MS_PER_SECOND = 100;

export class CpuBudget {
  private windowStart = 0;
  private used = 0;

  constructor(private readonly perSecondMs = RESCAN_BUDGET_MS_PER_SECOND, private readonly now = () => performance.now()) {}

  charge(ms: number): void {
    this.roll();
    this.used += ms;
  }

  /** Milliseconds to wait before more work may run (0 when there is budget left). */
  waitMs(): number {
    this.roll();
    return this.used < this.perSecondMs ? 0 : Math.ceil(this.windowStart + 1000 - this.now());
  }

  private roll(): void {
    const now = this.now();
    if (now - this.windowStart >= 1000) {
      this.windowStart = now;
      this.used = 0;
    }
  }
}
