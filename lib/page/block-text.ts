// The text of one paragraph as the matcher reads it: the block's own text nodes joined into one
// string, with where each node starts in it, so matcher offsets map back to nodes. Text nodes
// are joined as they are ("NVI<b>DIA</b>" is one word); where a nested block or a <br> sat
// between them, a line break keeps the two sides apart, as the page shows them.

export type Block = Element | ShadowRoot | Document;

export interface BlockText {
  block: Block;
  nodes: Text[];
  /** starts[i] is the offset of nodes[i] in text. */
  starts: number[];
  text: string;
}

/** Builds a block's BlockText node by node. */
export class BlockTextBuilder {
  private readonly nodes: Text[] = [];
  private readonly starts: number[] = [];
  private text = '';
  private breakPending = false;

  constructor(private readonly block: Block) {}

  add(node: Text): void {
    if (this.breakPending && this.text.length) this.text += '\n';
    this.breakPending = false;
    this.starts.push(this.text.length);
    this.nodes.push(node);
    this.text += node.data;
  }

  /** A nested block or a line break: the next text starts a new line. */
  lineBreak(): void {
    this.breakPending = true;
  }

  finish(): BlockText | null {
    return this.nodes.length ? { block: this.block, nodes: this.nodes, starts: this.starts, text: this.text } : null;
  }
}

/** The (node, offset) of a text offset; `hint` is where to start looking (spans come in order). */
export function locate(b: BlockText, offset: number, hint: number, atEnd: boolean): { node: Text; offset: number; index: number } {
  let i = hint;
  // An end offset that falls on a node boundary belongs to the node before it.
  while (i + 1 < b.nodes.length && (atEnd ? b.starts[i + 1]! < offset : b.starts[i + 1]! <= offset)) i++;
  const node = b.nodes[i]!;
  // An offset on an inserted line break (never inside a name) stays inside its node.
  return { node, offset: Math.min(offset - b.starts[i]!, node.length), index: i };
}
