// One unit of scanning work, done a little at a time: reading the text nodes under a root,
// grouping them by block, matching each block and adding its marks to the store.
import type { Matcher } from '../matcher.ts';
import { BlockTextCollector, type Block, type BlockText } from './block-text.ts';
import { marksInPiece, pieceEnd } from './block-marker.ts';
import type { MarkStore } from './mark-store.ts';
import { isBlock, isSkipped, type BlockOf } from './scan-scope.ts';

const NODES_PER_STEP = 64;

export interface ScanTarget {
  root: Node;
  /** 'subtree': every block inside root. 'own-text': only the root block's own text. */
  mode: 'subtree' | 'own-text';
  /** Start reading after this node (viewport first). */
  startAfter?: Node;
  /** Stop on reaching this text node (where a viewport-first job started). */
  stopBefore?: () => Node | null;
}

export interface ScanShared {
  matcher: Matcher;
  store: MarkStore;
  blockOf: BlockOf;
  /** Blocks whose old marks were removed in this pass, so they are removed only once. */
  cleared: Set<Block>;
}

export class ScanJob {
  private readonly walker: TreeWalker;
  private readonly collector: BlockTextCollector;
  private readonly ready: BlockText[] = [];
  private current: { b: BlockText; from: number } | null = null;
  private walking = true;
  /** The first text node read: where a later job over the part before it must stop. */
  firstNode: Node | null = null;

  constructor(private readonly target: ScanTarget, private readonly shared: ScanShared) {
    const { root, mode } = target;
    const doc = root.ownerDocument ?? (root as Document);
    this.walker = mode === 'own-text'
      ? doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
          acceptNode: (n) => n.nodeType === Node.TEXT_NODE ? NodeFilter.FILTER_ACCEPT
            : isBlock(n as Element) || isSkipped(n as Element) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP,
        })
      : doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    if (target.startAfter) this.walker.currentNode = target.startAfter;
    this.collector = new BlockTextCollector(shared.blockOf, (b) => {
      if (this.owns(b.block)) this.ready.push(b);
    });
  }

  /** In subtree mode, text whose block lies outside the root belongs to another job. */
  private owns(block: Block): boolean {
    const { root, mode } = this.target;
    if (mode === 'own-text') return block === root;
    return block === root || root.contains(block);
  }

  /** Does a little work; false when the job is finished. */
  step(): boolean {
    if (this.current) {
      this.markPiece();
      return true;
    }
    const next = this.ready.shift();
    if (next) {
      this.current = { b: next, from: 0 };
      this.markPiece();
      return true;
    }
    if (!this.walking) return false;
    for (let i = 0; i < NODES_PER_STEP && !this.ready.length; i++) {
      const node = this.walker.nextNode();
      this.firstNode ??= node;
      if (!node || node === this.target.stopBefore?.()) {
        this.walking = false;
        this.collector.flush();
        break;
      }
      if (node.nodeType === Node.TEXT_NODE) this.collector.add(node as Text);
    }
    return true;
  }

  private markPiece(): void {
    const { b, from } = this.current!;
    const { matcher, store, cleared } = this.shared;
    if (!cleared.has(b.block)) {
      cleared.add(b.block);
      store.removeBlock(b.block);
    }
    const to = pieceEnd(b.text, from);
    store.add(b.block, marksInPiece(matcher, b, from, to));
    this.current = to < b.text.length ? { b, from: to } : null;
  }
}
