// Marks one block's own text, a little at a time: reads its text nodes (not those of the blocks
// nested in it, nor of skipped elements: they are judged on their own), matches the paragraph
// they make and puts its marks in the store in place of the block's old ones.
import type { Matcher } from '../matcher.ts';
import { BlockTextBuilder, type Block, type BlockText } from './block-text.ts';
import { marksInPiece, pieceEnd } from './block-marker.ts';
import type { MarkStore } from './mark-store.ts';
import { INNER_BOUNDARY_SELECTOR, isBlock, isSkipped, type BlockOf } from './scan-scope.ts';

const NODES_PER_STEP = 64;
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

export interface ScanShared {
  matcher: Matcher;
  store: MarkStore;
  blockOf: BlockOf;
  /** Blocks whose old marks were removed in this pass, so they are removed only once. */
  cleared: Set<Block>;
  /** Blocks whose text holds names the matcher has yet to be given (it fetches them on demand):
   * marked again once it has them (PageAnnotator). */
  deferred: Set<Block>;
}

export class ScanJob {
  private readonly builder: BlockTextBuilder;
  /** The next node to read, depth first; null once the block's text is read. */
  private cursor: Node | null;
  private text: BlockText | null = null;
  /** Reads the text of a block that holds only its own (see the constructor). */
  private plain: TreeWalker | null = null;
  /** Where the next piece of a long paragraph starts. */
  private from = 0;

  // The walk is done by hand rather than by a TreeWalker with a filter: a filter is a call from
  // the browser into the content script's world for every node, several times the cost.
  // Most paragraphs hold nothing but their own text, though: one query tells, and then their
  // text nodes are read by a plain TreeWalker, without a look at any element.
  constructor(private readonly block: Block, private readonly shared: ScanShared) {
    this.builder = new BlockTextBuilder(block);
    this.cursor = block.firstChild;
    if (this.cursor && block.nodeType === ELEMENT_NODE && !(block as Element).querySelector(INNER_BOUNDARY_SELECTOR)) {
      this.plain = (block as Element).ownerDocument.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    }
  }

  /** Does a little work; false when the job is finished. */
  step(): boolean {
    if (!this.text) {
      if (this.cursor) {
        this.read();
        if (this.cursor) return true;
      }
      this.text = this.builder.finish();
      if (!this.text) {
        // No text left (it was all removed): its old marks go, and there is nothing to match.
        this.clearOldMarks();
        return false;
      }
    }
    this.markPiece(this.text);
    return this.from < this.text.text.length;
  }

  private read(): void {
    if (this.plain) return this.readPlain(this.plain);
    let node = this.cursor;
    for (let i = 0; node && i < NODES_PER_STEP; i++) {
      let inside = false;
      if (node.nodeType === TEXT_NODE) this.builder.add(node as Text);
      else if (node.nodeType === ELEMENT_NODE) {
        const el = node as Element;
        if (isBlock(el)) this.builder.lineBreak();
        else inside = !isSkipped(el);
      }
      node = inside && node.firstChild ? node.firstChild : this.after(node);
    }
    this.cursor = node;
  }

  /** A block with no nested block or skipped element: all its text nodes are its own. */
  private readPlain(walker: TreeWalker): void {
    for (let i = 0; i < NODES_PER_STEP; i++) {
      const node = walker.nextNode();
      if (!node) {
        this.cursor = null;
        return;
      }
      this.builder.add(node as Text);
    }
  }

  /** The node after `node`'s subtree, within the block. */
  private after(node: Node): Node | null {
    for (let n: Node | null = node; n && n !== this.block; n = n.parentNode) {
      if (n.nextSibling) return n.nextSibling;
    }
    return null;
  }

  /** Once per block and pass: its marks are about to be made again (or it has no text left). */
  private clearOldMarks(): void {
    const { store, cleared } = this.shared;
    if (cleared.has(this.block)) return;
    cleared.add(this.block);
    store.removeBlock(this.block);
  }

  private markPiece(b: BlockText): void {
    this.clearOldMarks();
    const to = pieceEnd(b.text, this.from);
    const marks = marksInPiece(this.shared.matcher, b, this.from, to);
    if (this.shared.matcher.missed()) {
      this.shared.deferred.add(this.block);
      this.from = b.text.length;
      return;
    }
    this.shared.store.add(b.block, marks);
    this.from = to;
  }
}
