// What a sub-frame's watcher (entrypoints/frame-watcher.ts) decides: whether, and when, its
// frame needs the full content script. News pages carry a score of ad and tracking frames with
// no text of their own; loading, compiling and starting the full script in each cost the page
// more than the article it frames. The top frame loads the full script itself, at once.
import { whenTextToMark } from './first-text.ts';
import { highlightsSupported } from './mark-store.ts';

export interface FrameWatch {
  doc: Document;
  /** The top frame has the full script from the manifest: it never asks. */
  isTopFrame: boolean;
  /** A browser without the CSS Custom Highlight API cannot show marks: nothing to load. */
  canHighlight?: boolean;
  signal?: AbortSignal;
}

/** Resolves true once the frame holds text to mark (at once if it does now) and the browser can
 * show marks; false at once in the top frame. Never resolves while the frame stays without text. */
export async function needsContentScript({ doc, isTopFrame, canHighlight, signal }: FrameWatch): Promise<boolean> {
  if (isTopFrame) return false;
  await whenTextToMark(doc, signal);
  // Asked last: the first touch of `CSS` in a frame's world costs more than the look at its text.
  return canHighlight ?? highlightsSupported();
}
