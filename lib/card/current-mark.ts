// The open card's mark, emphasised: its Range in a second Highlight, `kb-current`, painted over
// `kb-mark` (entrypoints/marks.content.css). Registered only while a card is open, so the page's
// highlights are `kb-mark` alone otherwise.
export const CURRENT_HIGHLIGHT = 'kb-current';

export interface CurrentMark {
  show(range: Range | null): void;
  dispose(): void;
}

export function createCurrentMark(): CurrentMark {
  let highlight: Highlight | undefined;
  let shown: Range | null = null;
  const supported = typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
  const remove = () => {
    if (highlight && CSS.highlights.get(CURRENT_HIGHLIGHT) === highlight) CSS.highlights.delete(CURRENT_HIGHLIGHT);
  };
  return {
    show(range) {
      if (!supported || range === shown) return;
      shown = range;
      if (!range) return remove();
      highlight ??= Object.assign(new Highlight(), { priority: 1 });
      highlight.clear();
      highlight.add(range);
      if (CSS.highlights.get(CURRENT_HIGHLIGHT) !== highlight) CSS.highlights.set(CURRENT_HIGHLIGHT, highlight);
    },
    dispose() {
      shown = null;
      remove();
    },
  };
}
