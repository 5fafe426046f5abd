// What the content script of a bench build (WXT_BENCH=1) logs for `npm run bench`, declared once
// for both sides: bench/content-hook.ts writes these lines in the page, bench/bench-messages.ts
// reads them off the page's console. A line is `<prefix> <json>`.
import type { PassStats } from '../lib/page/page-annotator.ts';

/** Once per frame and config: the first pass (and every re-marking pass after a refresh). */
export const PASS_PREFIX = 'kb-bench';
/** Once per hover open, when it is known. */
export const CARD_PREFIX = 'kb-bench-card';

export interface PassReport extends PassStats {
  /** From the config's arrival to the start of the pass: the matcher made from the config's
   * names (no compiling), and the few set-up steps around it (the card's controller on the first pass). */
  compileMs: number;
  /** First words of names the config brought (the probe's keys), and whether every alias group came with them. */
  nameKeys: number;
  wholeIndex: boolean;
  /** The frame's address. */
  frame: string;
}

export interface CardOpenReport {
  /** Main-thread time from the hover timer firing to the card placed and visible; null if it never was. */
  workMs: number | null;
  /** Whether the card was placed within the timer's own task (its code and microtasks). */
  sameTask: boolean | null;
  /** Animation frames until the first one with the card visible (1 = the very next frame); null
   * when the open left the timer's task (frames before the card was placed are not seen) or never showed. */
  frames: number | null;
  /** Timer to the task after the frame that painted the card (includes waiting for the frame). */
  openLatencyMs: number | null;
}

/** The prefix a console line starts with and its report, or undefined for any other line. */
export function parseReportLine(text: string): { kind: 'pass'; report: PassReport } | { kind: 'card'; report: CardOpenReport } | undefined {
  const match = /^(\S+)\s+(\{.*\})\s*$/s.exec(text);
  if (!match || (match[1] !== PASS_PREFIX && match[1] !== CARD_PREFIX)) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(match[2]!);
  } catch {
    return undefined;
  }
  return match[1] === PASS_PREFIX ? { kind: 'pass', report: parsed as PassReport } : { kind: 'card', report: parsed as CardOpenReport };
}
