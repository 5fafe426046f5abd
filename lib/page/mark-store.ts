// Owns the page's marks: one Range per mention in the `kb-mark` Highlight, kept per block so a
// changed paragraph can be re-marked alone. The page's DOM is never touched.
import type { Block } from './block-text.ts';
import type { MarkRegistry, PageMark } from './mark-registry.ts';

export const HIGHLIGHT_NAME = 'kb-mark';

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export class MarkStore implements MarkRegistry {
  private readonly highlight = new Highlight();
  private readonly byBlock = new Map<Block, PageMark[]>();
  private readonly byRange = new Map<AbstractRange, PageMark>();
  private readonly listeners = new Set<() => void>();
  private ordered: PageMark[] | null = [];
  private changed = false;

  constructor() {
    CSS.highlights.set(HIGHLIGHT_NAME, this.highlight);
  }

  add(block: Block, marks: PageMark[]): void {
    if (!marks.length) return;
    const list = this.byBlock.get(block);
    if (list) list.push(...marks);
    else this.byBlock.set(block, marks);
    for (const m of marks) {
      this.highlight.add(m.range);
      this.byRange.set(m.range, m);
    }
    this.ordered = null;
    this.changed = true;
  }

  removeBlock(block: Block): void {
    const list = this.byBlock.get(block);
    if (!list) return;
    for (const m of list) {
      this.highlight.delete(m.range);
      this.byRange.delete(m.range);
    }
    this.byBlock.delete(block);
    this.ordered = null;
    this.changed = true;
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

  /** Tells subscribers once about everything added or removed since the last call. */
  notify(): void {
    if (!this.changed) return;
    this.changed = false;
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
