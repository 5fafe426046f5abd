// What came of a sync or import the browser cut off (it stopped the background's service worker,
// which it may do at any moment): found at the next start by its record (settings.ts
// RunningChange). Saving is one transaction, so either the new KB is active, the transaction
// having finished just before the stop, or nothing changed and the KB kept is the one before.
import type { KbHead } from '../store/schema.ts';
import type { RunningChange } from '../store/settings.ts';
import type { KbOutcome } from './outcome.ts';

/** `newEntities`: of the new KB, how many the one before did not have (when it was saved). */
export function interruptedOutcome(running: RunningChange, active: KbHead | undefined, newEntities: number): KbOutcome {
  if (active && active.key !== running.activeKey) {
    return { ok: true, kind: 'changed', action: running.action, version: active.version, entities: active.entities, newEntities, contexts: active.contexts };
  }
  return { ok: false, action: running.action, refusal: { kind: 'interrupted', phase: running.phase }, keptVersion: active?.version ?? null };
}
