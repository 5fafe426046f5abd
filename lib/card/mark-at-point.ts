// Which mark is under a point of the viewport. Marks are Ranges in CSS highlights, not
// elements, so there is nothing for a pointer event to target: ask the browser which
// highlights paint at the point where it can tell, else find the caret position there and
// check the client rectangles of the marks around it.
import type { MarkRegistry, PageMark } from '../page/mark-registry.ts';

interface HighlightHit {
  highlight: unknown;
  ranges: AbstractRange[];
}
interface HighlightsFromPoint {
  highlightsFromPoint?(x: number, y: number, options?: { shadowRoots?: ShadowRoot[] }): HighlightHit[];
}

/** `shadowRoot`: the page's own open shadow root the point is in, if any (its ranges are
 * only reported when it is named). */
export function markAtPoint(
  registry: MarkRegistry,
  x: number,
  y: number,
  doc: Document = document,
  shadowRoot?: ShadowRoot,
): PageMark | undefined {
  const highlights = (globalThis.CSS as { highlights?: HighlightsFromPoint } | undefined)?.highlights;
  if (typeof highlights?.highlightsFromPoint === 'function') {
    const hits = shadowRoot ? highlights.highlightsFromPoint(x, y, { shadowRoots: [shadowRoot] }) : highlights.highlightsFromPoint(x, y);
    for (const hit of hits) {
      for (const range of hit.ranges) {
        const mark = registry.find(range);
        if (mark) return mark;
      }
    }
    return undefined;
  }
  return markAtCaret(registry, x, y, doc, shadowRoot);
}

/** The fallback: the caret position names a text node; a mark in it must also have a box
 * under the point, since the caret snaps to the nearest character even beyond a line's end.
 * Like highlightsFromPoint, caretPositionFromPoint stops at a shadow root's host unless the
 * root is named (browsers without the option look inside anyway). */
export function markAtCaret(
  registry: MarkRegistry,
  x: number,
  y: number,
  doc: Document = document,
  shadowRoot?: ShadowRoot,
): PageMark | undefined {
  const caret = doc.caretPositionFromPoint?.(x, y, { shadowRoots: shadowRoot ? [shadowRoot] : [] });
  const node = caret?.offsetNode;
  if (!node || node.nodeType !== Node.TEXT_NODE) return undefined;
  return registry.marks().find((mark) => mark.range.intersectsNode(node) && rectIndexAt(mark.range, x, y) !== -1);
}

/** The index of the range's line box that holds the point, or -1. */
export function rectIndexAt(range: Range, x: number, y: number): number {
  const rects = range.getClientRects();
  for (let i = 0; i < rects.length; i++) {
    const r = rects[i]!;
    if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return i;
  }
  return -1;
}

/**
 * Whether the pointer can be over text at all: an element with a text child of its own.
 * Over an image, a video or an empty container this is false and the hit test is skipped.
 */
export function mayBeOverText(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  for (let node = target.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === Node.TEXT_NODE && /\S/.test(node.nodeValue ?? '')) return true;
  }
  return false;
}
