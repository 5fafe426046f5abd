// Asks a frame of a tab for its selection (entrypoints/content/reading-requests.ts). A frame
// without the content script, or one that is busy, counts as no answer after a moment.
import { askTab } from '../../lib/messaging.ts';
import type { SelectionDraft } from '../../lib/reading/selection-draft.ts';

const ANSWER_WITHIN_MS = 1500;

/** The selection, null when nothing is selected, undefined when the frame did not answer. */
export async function selectionOf(tabId: number, frameId: number): Promise<SelectionDraft | null | undefined> {
  const timeout = new Promise<undefined>((resolve) => setTimeout(resolve, ANSWER_WITHIN_MS, undefined));
  return Promise.race([askTab(tabId, 'selection:read', {}, frameId).catch(() => undefined), timeout]);
}
