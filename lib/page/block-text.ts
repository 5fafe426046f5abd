// Gathers the text of a page as paragraphs: consecutive text nodes of the same block joined
// into one string, with where each node starts in it, so matcher offsets map back to nodes.
import type { BlockOf } from './scan-scope.ts';

export type Block = Element | ShadowRoot | Document;

export interface BlockText {
  block: Block;
  nodes: Text[];
  /** starts[i] is the offset of nodes[i] in text. */
  starts: number[];
  text: string;
}

/** Reads text nodes from a walker and hands over each finished run of one block. */
export class BlockTextCollector {
  private block: Block | null = null;
  private nodes: Text[] = [];
  private starts: number[] = [];
  private text = '';

  constructor(private readonly blockOf: BlockOf, private readonly onBlock: (b: BlockText) => void) {}

  add(node: Text): void {
    const parent = node.parentNode;
    let block: Block | null;
    if (parent instanceof Element) block = this.blockOf(parent);
    else block = (parent as ShadowRoot | Document | null) ?? null;
    if (block === null) return;
    if (block !== this.block) this.flush();
    this.block = block;
    this.starts.push(this.text.length);
    this.nodes.push(node);
    this.text += node.data;
  }

  flush(): void {
    if (this.block && this.nodes.length) {
      this.onBlock({ block: this.block, nodes: this.nodes, starts: this.starts, text: this.text });
    }
    this.block = null;
    this.nodes = [];
    this.starts = [];
    this.text = '';
  }
}

/** The (node, offset) of a text offset; `hint` is where to start looking (spans come in order). */
export function locate(b: BlockText, offset: number, hint: number, atEnd: boolean): { node: Text; offset: number; index: number } {
  let i = hint;
  // An end offset that falls on a node boundary belongs to the node before it.
  while (i + 1 < b.nodes.length && (atEnd ? b.starts[i + 1]! < offset : b.starts[i + 1]! <= offset)) i++;
  return { node: b.nodes[i]!, offset: offset - b.starts[i]!, index: i };
}
