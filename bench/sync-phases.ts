// "Sync now" → every open tab re-marked, cut into phases from what the options page saw: the
// click, the background's sync:progress broadcasts (fetching, checking, saving), the outcome's
// appearance ("Updated to version …") and tabs:remarking as each tab finished.

export interface SyncEvent {
  type: string;
  payload: Record<string, unknown>;
  /** performance.now() of the options page. */
  at: number;
}

export interface SyncTiming {
  /** Every tab has re-marked (or was given up on) after the sync. */
  done: boolean;
  tabs: number;
  /** From the click until the last tab said it re-marked. */
  totalMs: number;
  /** Since the click: when each phase began, when the outcome showed, when all tabs were done. */
  milestonesMs: { fetching?: number; checking?: number; saving?: number; updated?: number; allRemarked?: number };
  /** Since the click, as each tab finished re-marking. */
  tabsRemarkedMs: number[];
  /** Tabs the background gave up waiting for. */
  unanswered: number;
  /** Consecutive spans from the click to the last tab; they add up to totalMs. */
  phases: { phase: string; ms: number }[];
  outcome?: string;
}

const PHASES = ['fetching', 'checking', 'saving'] as const;

export function syncPhases(clickAt: number, outcomeAt: number | undefined, outcome: string | undefined, events: readonly SyncEvent[], tabs: number): SyncTiming {
  const since = (at: number | undefined) => (at === undefined ? undefined : at - clickAt);
  const after = events.filter((e) => e.at >= clickAt);
  const phaseAt = (phase: string) => after.find((e) => e.type === 'sync:progress' && e.payload.phase === phase)?.at;
  const m: SyncTiming['milestonesMs'] = {};
  for (const phase of PHASES) m[phase] = since(phaseAt(phase));
  m.updated = since(outcomeAt);
  // Re-marking reports that belong to this sync: those after its saving began.
  const savingAt = phaseAt('saving');
  const remarking = savingAt === undefined ? [] : after.filter((e) => e.type === 'tabs:remarking' && e.at >= savingAt);
  const tabsRemarkedMs = remarking.filter((e) => typeof e.payload.tabId === 'number').map((e) => e.at - clickAt);
  const last = remarking.find((e) => e.payload.left === 0);
  m.allRemarked = since(last?.at);
  const unanswered = remarking.reduce((n, e) => n + (typeof e.payload.unanswered === 'number' ? e.payload.unanswered : 0), 0);
  const steps: [string, number | undefined][] = [
    ['click → fetching', m.fetching], ['fetching', m.checking], ['checking + indexing', m.saving], ['saving → "Updated" shown', m.updated], ['re-marking the tabs', m.allRemarked],
  ];
  const phases: SyncTiming['phases'] = [];
  let previous = 0;
  for (const [phase, at] of steps) {
    if (at === undefined) continue;
    phases.push({ phase, ms: at - previous });
    previous = at;
  }
  return {
    done: m.allRemarked !== undefined && outcomeAt !== undefined,
    tabs, totalMs: m.allRemarked ?? Number.NaN, milestonesMs: m, tabsRemarkedMs, unanswered, phases,
    ...(outcome === undefined ? {} : { outcome }),
  };
}
