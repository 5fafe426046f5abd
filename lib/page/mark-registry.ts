// The marks on a page as the rest of the content script sees them: one PageMark per mention,
// in document order. The mark store (mark-store.ts) owns the Ranges and their Highlight; the
// card and the popup read them here.

export interface PageMark {
  /** Covers exactly the mention; registered in a `kb-…` Highlight. */
  range: Range;
  entity: string;
  family: string;
  /** A model the KB has no entity for, as written ("Ascend 920"): `entity` is then its line's. */
  model?: string;
}

export interface MarkRegistry {
  /** Every live mark, in document order. */
  marks(): readonly PageMark[];
  /** The mark a Range from `CSS.highlights` (e.g. from highlightsFromPoint) belongs to. */
  find(range: AbstractRange): PageMark | undefined;
  /** Called after marks were added or removed. */
  subscribe(listener: () => void): () => void;
}
