// @vitest-environment happy-dom
// Which mark is under the pointer, along both paths of lib/card/mark-at-point.ts: the browser's
// CSS.highlights.highlightsFromPoint (Chromium 140+, Firefox 150+) and, where that is missing
// (Firefox 140 to 149), document.caretPositionFromPoint plus the marks' line boxes. happy-dom has
// neither and no layout, so the browser's answers are given here; tests/e2e/card-caret-fallback
// runs the fallback in a real browser.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { markAtPoint } from '../../lib/card/mark-at-point.ts';
import type { PageMark } from '../../lib/page/mark-registry.ts';
import { pageWithMarks } from '../fixtures/card/page-with-marks.ts';

type Box = { left: number; top: number; right: number; bottom: number };

/** Lays a mark out on one line box. */
function placeAt(mark: PageMark, box: Box): void {
  const rect = { ...box, x: box.left, y: box.top, width: box.right - box.left, height: box.bottom - box.top };
  mark.range.getClientRects = () => [rect] as unknown as DOMRectList;
}

/** The browser's caret answer at any point: `node` (or none). */
function caretAt(node: Node | null) {
  return vi.fn((_x: number, _y: number, _options?: CaretPositionFromPointOptions) => (node ? ({ offsetNode: node, offset: 0 } as CaretPosition) : null));
}

function setHighlightsFromPoint(fn: unknown): void {
  vi.stubGlobal('CSS', { highlights: fn ? { highlightsFromPoint: fn } : {} });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('without highlightsFromPoint (the caret fallback)', () => {
  function laidOutPage() {
    setHighlightsFromPoint(undefined);
    const { registry, marks } = pageWithMarks();
    // "DeepSeek trains on NVIDIA, not Huawei." on one line, 8 px per character.
    marks.forEach((mark) => placeAt(mark, { left: mark.range.startOffset * 8, top: 0, right: mark.range.endOffset * 8, bottom: 20 }));
    const text = document.getElementById('p')!.firstChild!;
    return { registry, marks, text };
  }

  it('finds the mark whose line box holds the point, in the text node under the caret', () => {
    const { registry, marks, text } = laidOutPage();
    document.caretPositionFromPoint = caretAt(text);
    expect(markAtPoint(registry, 20, 10)).toBe(marks[0]); // DeepSeek
    expect(markAtPoint(registry, 170, 10)).toBe(marks[1]); // NVIDIA
    expect(markAtPoint(registry, 260, 10)).toBe(marks[2]); // Huawei
  });

  it('finds nothing between marks or past the line, where the caret still snaps to the text', () => {
    const { registry, text } = laidOutPage();
    document.caretPositionFromPoint = caretAt(text);
    expect(markAtPoint(registry, 100, 10)).toBeUndefined(); // " trains on "
    expect(markAtPoint(registry, 600, 10)).toBeUndefined(); // beyond the line's end
    expect(markAtPoint(registry, 20, 40)).toBeUndefined(); // below the line
  });

  it('finds nothing when the caret is not in a text node, or the browser has no caret lookup', () => {
    const { registry } = laidOutPage();
    document.caretPositionFromPoint = caretAt(document.body);
    expect(markAtPoint(registry, 20, 10)).toBeUndefined();
    document.caretPositionFromPoint = caretAt(null);
    expect(markAtPoint(registry, 20, 10)).toBeUndefined();
    document.caretPositionFromPoint = undefined as unknown as Document['caretPositionFromPoint'];
    expect(markAtPoint(registry, 20, 10)).toBeUndefined();
  });

  it('names the page\'s shadow root to the caret lookup, which otherwise stops at the host', () => {
    const { registry, marks, text } = laidOutPage();
    const root = document.createElement('div').attachShadow({ mode: 'open' });
    const lookup = caretAt(text);
    document.caretPositionFromPoint = lookup;
    expect(markAtPoint(registry, 20, 10, document, root)).toBe(marks[0]);
    expect(lookup).toHaveBeenLastCalledWith(20, 10, { shadowRoots: [root] });
  });
});

describe('with highlightsFromPoint', () => {
  it('takes the first range the browser reports that is one of the marks', () => {
    const { registry, marks } = pageWithMarks();
    const stranger = document.createRange(); // someone else's highlight over the same text
    const fromPoint = vi.fn(() => [{ highlight: {}, ranges: [stranger] }, { highlight: {}, ranges: [marks[1]!.range] }]);
    setHighlightsFromPoint(fromPoint);
    document.caretPositionFromPoint = caretAt(null);
    expect(markAtPoint(registry, 5, 5)).toBe(marks[1]);
    expect(fromPoint).toHaveBeenLastCalledWith(5, 5);
  });

  it('names the page\'s shadow root, and finds nothing where the browser reports no mark', () => {
    const { registry } = pageWithMarks();
    const root = document.createElement('div').attachShadow({ mode: 'open' });
    const fromPoint = vi.fn(() => []);
    setHighlightsFromPoint(fromPoint);
    expect(markAtPoint(registry, 5, 5, document, root)).toBeUndefined();
    expect(fromPoint).toHaveBeenLastCalledWith(5, 5, { shadowRoots: [root] });
  });
});
