// What the card is anchored to: one line box of a mark. A mark that wraps has a box per line;
// the card sits at the one under the pointer, not at the union of all of them (which would
// span the whole width of the column).
import type { VirtualElement } from '@floating-ui/dom';

/** The box nearest to the point: the one that holds it, else the closest by distance. */
export function nearestRectIndex(rects: ArrayLike<DOMRectReadOnly>, x: number, y: number): number {
  let best = 0;
  let bestDistance = Infinity;
  for (let i = 0; i < rects.length; i++) {
    const r = rects[i]!;
    const dx = Math.max(r.left - x, 0, x - r.right);
    const dy = Math.max(r.top - y, 0, y - r.bottom);
    const distance = dx * dx + dy * dy;
    if (distance < bestDistance) [best, bestDistance] = [i, distance];
  }
  return best;
}

/**
 * A floating-ui reference for line `index` of `range`, read afresh on every measurement so the
 * card follows the mark as the page scrolls. Empty rectangles (collapsed whitespace at a line
 * break) are skipped when choosing, but the index is kept stable against later reflows.
 */
export function lineAnchor(range: Range, index: number): VirtualElement {
  const rect = () => {
    const rects = [...range.getClientRects()].filter((r) => r.width > 0 || r.height > 0);
    return rects[Math.min(index, rects.length - 1)] ?? range.getBoundingClientRect();
  };
  const container = range.startContainer;
  return {
    getBoundingClientRect: rect,
    getClientRects: () => [rect()],
    contextElement: container instanceof Element ? container : (container.parentElement ?? undefined),
  };
}

/** The line index for the pointer at (x, y), counted like lineAnchor counts. */
export function lineIndexAt(range: Range, x: number, y: number): number {
  const rects = [...range.getClientRects()].filter((r) => r.width > 0 || r.height > 0);
  return rects.length ? nearestRectIndex(rects, x, y) : 0;
}
