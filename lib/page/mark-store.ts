// Owns the page's marks: one Range per mention in the `kb-mark` Highlight, kept per block so a
// changed paragraph can be re-marked alone. The page's DOM is never touched.
// Changes reach the Highlight in batches (publish()): after any change to a registered Highlight
// the browser re-registers every one of its ranges with the painter in the next frame, so
// adding marks a few at a time over a long pass would cost (frames × marks).
import type { Block } from './block-text.ts';
import type { MarkRegistry, PageMark } from './mark-registry.ts';

export const HIGHLIGHT_NAME = 'kb-mark';
/** Between two batches of changes to the Highlight while a pass goes on (the first is at once). */
export const PUBLISH_INTERVAL_MS = 250;

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export class MarkStore implements MarkRegistry {
  private readonly highlight = new Highlight();
  private readonly byBlock = new Map<Block, PageMark[]>();
  private readonly byRange = new Map<AbstractRange, PageMark>();
  private readonly listeners = new Set<() => void>();
  private ordered: PageMark[] | null = [];
  /** Ranges found but not yet in the Highlight, and ranges to take out of it. */
  private readonly toAdd = new Set<Range>();
  private readonly toDelete = new Set<Range>();
  private lastPublished = -Infinity;

  constructor() {
    CSS.highlights.set(HIGHLIGHT_NAME, this.highlight);
  }

  add(block: Block, marks: PageMark[]): void {
    if (!marks.length) return;
    const list = this.byBlock.get(block);
    if (list) list.push(...marks);
    else this.byBlock.set(block, marks);
    for (const m of marks) {
      this.toAdd.add(m.range);
      this.byRange.set(m.range, m);
    }
    this.ordered = null;
  }

  removeBlock(block: Block): void {
    const list = this.byBlock.get(block);
    if (!list) return;
    for (const m of list) {
      if (!this.toAdd.delete(m.range)) this.toDelete.add(m.range);
      this.byRange.delete(m.range);
    }
    this.byBlock.delete(block);
    this.ordered = null;
  }

  /** Drops the marks of blocks that left the document. */
  sweepDisconnected(): void {
    for (const block of [...this.byBlock.keys()]) {
      const connected = block instanceof Document ? true : block instanceof ShadowRoot ? block.host.isConnected : block.isConnected;
      if (!connected) this.removeBlock(block);
    }
  }

  clear(): void {
    for (const block of [...this.byBlock.keys()]) this.removeBlock(block);
  }

  /** Removes the highlight from the page (if it is still ours: a newer instance may own the name). */
  dispose(): void {
    this.clear();
    this.publish();
    if (CSS.highlights.get(HIGHLIGHT_NAME) === this.highlight) CSS.highlights.delete(HIGHLIGHT_NAME);
    this.listeners.clear();
  }

  get size(): number {
    return this.byRange.size;
  }

  marks(): readonly PageMark[] {
    this.ordered ??= [...this.byRange.values()].sort((a, b) => compareRanges(a.range, b.range));
    return this.ordered;
  }

  find(range: AbstractRange): PageMark | undefined {
    return this.byRange.get(range);
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Puts the changes since the last call into the Highlight and tells the subscribers, at
   * once or (`soon`) only if the last batch is PUBLISH_INTERVAL_MS old. */
  publish(soon = false): void {
    if (!this.toAdd.size && !this.toDelete.size) return;
    const now = performance.now();
    if (soon && now - this.lastPublished < PUBLISH_INTERVAL_MS) return;
    this.lastPublished = now;
    for (const range of this.toDelete) this.highlight.delete(range);
    for (const range of this.toAdd) this.highlight.add(range);
    this.toDelete.clear();
    this.toAdd.clear();
    for (const listener of this.listeners) listener();
  }
}

/** Document order, also across open shadow roots (compared by their hosts). */
function compareRanges(a: Range, b: Range): number {
  const ra = a.startContainer.getRootNode();
  const rb = b.startContainer.getRootNode();
  if (ra === rb) return a.compareBoundaryPoints(Range.START_TO_START, b);
  const na = topHost(a.startContainer);
  const nb = topHost(b.startContainer);
  if (na === nb) return 0;
  return na.compareDocumentPosition(nb) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

function topHost(node: Node): Node {
  let n = node;
  for (let root = n.getRootNode(); root instanceof ShadowRoot; root = n.getRootNode()) n = root.host;
  return n;
}
