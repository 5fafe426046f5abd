// Marks everything under a root, the fast way through a lot of text: the first pass over the
// document (and each open shadow root), and every subtree a page adds later. Every text node is
// read once with only the matcher's cheap probe; a paragraph is gathered and fully matched only
// where the probe sees a possible name. Most of a page never gets past the probe, so marking
// costs little more than reading the text.
import { newProbeCarry, type ProbeCarry } from '../matcher.ts';
import type { Block } from './block-text.ts';
import { MAX_PIECE } from './block-marker.ts';
import type { BlockOf } from './scan-scope.ts';
import { ScanJob, type ScanShared } from './scan-job.ts';

const NODES_PER_STEP = 256;
const DOCUMENT_NODE = 9;

/** Text the scan never marks: in a skipped element (script, style, code, form field, …). */
function isSkippedText(node: Text, blockOf: BlockOf): boolean {
  const parent = node.parentNode;
  return parent instanceof Element && blockOf(parent) === null;
}

export interface SubtreeScanTarget {
  root: Node;
  /** Start reading after this node (viewport first). */
  startAfter?: Node;
  /** Stop on reaching this text node (where a viewport-first job started). */
  stopBefore?: () => Node | null;
}

export class SubtreeScanJob {
  private readonly walker: TreeWalker;
  private readonly carry: ProbeCarry = newProbeCarry();
  /** Paragraphs found to hold a possible name, being marked (a little per step). */
  private readonly blockJobs: ScanJob[] = [];
  private readonly queued = new Set<Block>();
  /** The node the carried word (one the probe saw reach the end of a node) stands in. */
  private carryNode: Text | null = null;
  private walking = true;
  /** The first text node read: where a later job over the part before it must stop. */
  firstNode: Node | null = null;

  constructor(private readonly target: SubtreeScanTarget, private readonly shared: ScanShared) {
    const doc = target.root.ownerDocument ?? (target.root as Document);
    this.walker = doc.createTreeWalker(target.root, NodeFilter.SHOW_TEXT);
    if (target.startAfter) this.walker.currentNode = target.startAfter;
  }

  /** Does a little work; false when the job is finished. */
  step(): boolean {
    const job = this.blockJobs[0];
    if (job) {
      if (!job.step()) this.blockJobs.shift();
      return true;
    }
    if (!this.walking) return false;
    const { matcher, blockOf } = this.shared;
    const { walker, carry } = this;
    const stop = this.target.stopBefore?.() ?? null;
    for (let i = 0; i < NODES_PER_STEP; i++) {
      const node = walker.nextNode() as Text | null;
      this.firstNode ??= node;
      if (!node || node === stop) {
        this.walking = false;
        if (this.carryNode && matcher.probeEnd(carry)) this.queueBlockOf(this.carryNode);
        return this.blockJobs.length > 0;
      }
      const data = node.data;
      // Text is probed before anyone asks where it sits (the probe costs less than the calls into
      // the DOM that asking takes); a name in a script or a style is dropped by queueBlockOf.
      // A huge node is not probed in one go: its paragraph is marked piece by piece instead,
      // unless it is a script's, a style sheet's or inline JSON.
      if (data.length > MAX_PIECE && isSkippedText(node, blockOf)) continue;
      if (data.length > MAX_PIECE || matcher.probe(data, carry)) {
        // The name may have begun in the node before ("NVI<b>DIA</b>", or a name that ends
        // its paragraph and is only seen to end at the next node).
        if (this.carryNode) this.queueBlockOf(this.carryNode);
        this.carryNode = null;
        this.queueBlockOf(node);
        if (this.blockJobs.length) return true;
      } else if (data.length) {
        this.carryNode = carry.length > 0 ? node : null;
      }
    }
    return true;
  }

  private queueBlockOf(node: Text): void {
    const parent = node.parentNode;
    const block = parent instanceof Element ? this.shared.blockOf(parent) : (parent as Block | null);
    if (!block || this.queued.has(block) || !this.owns(block)) return;
    this.queued.add(block);
    this.blockJobs.push(new ScanJob(block, this.shared));
  }

  /** Text whose paragraph lies outside the root belongs to another job (see PageAnnotator). */
  private owns(block: Block): boolean {
    const root = this.target.root;
    // A document's walk meets only its own blocks (shadow roots have walks of their own).
    return block === root || root.nodeType === DOCUMENT_NODE || root.contains(block);
  }
}
