// Asking every open tab to re-mark, and following which have. Nothing waits for it: each tab's
// top frame says 'page:remarked' when it is done, and the options page and popup hear
// 'tabs:remarking' as tabs finish (`left` counts those still at it; 0 when all are done).
import { browser } from 'wxt/browser';
import { askTab } from '../../lib/messaging.ts';
import { tellExtensionPages } from './broadcast.ts';

/** A tab that has not reported by then (frozen, or marked only in a frame) is no longer waited for. */
export const GIVE_UP_MS = 20_000;

let round = 0;
/** Tab id → the round it has yet to report. */
const waiting = new Map<number, number>();
/** Tab id → the last round it reported (a report may overtake the tab's answer to the request). */
const reported = new Map<number, number>();
let giveUp: ReturnType<typeof setTimeout> | undefined;

function tell(tabId?: number, unanswered?: number): void {
  tellExtensionPages('tabs:remarking', { round, left: waiting.size, ...(tabId === undefined ? {} : { tabId }), ...(unanswered ? { unanswered } : {}) });
}

/** Every tab (every frame) fetches its config again and re-marks; resolves once they have all been asked. */
export async function remarkTabs(): Promise<void> {
  const current = ++round;
  waiting.clear(); // every tab is asked again; what an older round waited for no longer counts
  clearTimeout(giveUp);
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map(async ({ id }) => {
      if (id === undefined) return;
      try {
        // Tabs without our content script (browser pages, the web store) reject: skip them.
        const asked = await askTab(id, 'page:refresh', { round: current }, 'all');
        if (asked && current === round && (reported.get(id) ?? 0) < current) waiting.set(id, current);
      } catch {
        // Nothing to re-mark there.
      }
    }),
  );
  if (current !== round) return; // a newer round has started and will tell
  giveUp = setTimeout(() => {
    const unanswered = waiting.size;
    waiting.clear();
    if (unanswered) tell(undefined, unanswered);
  }, GIVE_UP_MS);
  tell();
}

/** A tab's top frame has re-marked for `doneRound`. */
export function tabRemarked(tabId: number, doneRound: number): void {
  reported.set(tabId, Math.max(doneRound, reported.get(tabId) ?? 0));
  const due = waiting.get(tabId);
  if (due === undefined || doneRound < due) return;
  waiting.delete(tabId);
  tell(tabId);
}

/** The tab loads a new page (marked with the new config from the start) or was closed. */
export function stopWaitingFor(tabId: number): void {
  reported.delete(tabId);
  if (waiting.delete(tabId)) tell(tabId);
}
