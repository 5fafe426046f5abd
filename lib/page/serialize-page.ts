// The page's HTML for "Add this article", made in slices so the page is never blocked for long.
// One `outerHTML` of a big page is one long native call (63 ms for a 5 MB page here, see
// docs/your-knowledge.md), so small subtrees are serialised natively and big ones are opened up:
// their start tag is written by hand and their children are taken one by one, with a yield to the
// page whenever a slice has run its budget. Scripts, styles, SVG and the like are left out (an
// article's text is not in them), except JSON-LD, which holds the date published.
import { runSliced, type SliceStats } from './slices.ts';

export interface SerializeOptions {
  /** Stop once the HTML written passes this many characters. */
  maxChars: number;
  /** The HTML is handed over in pieces of this many characters (the last one shorter). */
  chunkChars: number;
  signal: AbortSignal;
  /** A subtree of at most this many elements is serialised in one native call. */
  smallSubtree?: number;
  budgetMs?: number;
}

export interface SerializedPage {
  /** The HTML in pieces of chunkChars, joined as the work goes (no one long join at the end). */
  chunks: string[];
  chars: number;
  /** The page had more HTML than maxChars: no chunks are returned. */
  tooLarge: boolean;
  stats: SliceStats;
}

/** Collects the parts written and cuts them into chunks of `size` characters as they fill up. */
class Chunker {
  readonly chunks: string[] = [];
  private parts: string[] = [];
  private length = 0;

  constructor(private readonly size: number) {}

  add(part: string): void {
    this.parts.push(part);
    this.length += part.length;
    if (this.length >= this.size) this.cut(false);
  }

  cut(last: boolean): void {
    let text = this.parts.join('');
    this.parts = [];
    this.length = 0;
    while (text.length >= this.size || (last && text)) {
      this.chunks.push(text.slice(0, this.size));
      text = text.slice(this.size);
    }
    if (text) this.add(text);
  }
}

const LEFT_OUT = 'script:not([type="application/ld+json"]), style, noscript, template, svg, iframe, object, embed, canvas';
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const SMALL_SUBTREE = 1000;

function escapeText(text: string): string {
  return text.replace(/[&<>\u00a0]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&nbsp;'));
}

function escapeAttribute(value: string): string {
  return value.replace(/[&"\u00a0]/g, (c) => (c === '&' ? '&amp;' : c === '"' ? '&quot;' : '&nbsp;'));
}

export function startTag(element: Element): string {
  let tag = `<${element.localName}`;
  for (const attribute of element.attributes) tag += ` ${attribute.name}="${escapeAttribute(attribute.value)}"`;
  return `${tag}>`;
}

export async function serializePage(doc: Document, options: SerializeOptions): Promise<SerializedPage> {
  const small = options.smallSubtree ?? SMALL_SUBTREE;
  const out = new Chunker(options.chunkChars);
  let chars = 0;
  let tooLarge = false;
  // Work to do, last first: nodes to write, or closing tags (strings) to write as they are.
  const stack: (Node | string)[] = [doc.documentElement];
  const stats: SliceStats = { busyMs: 0, longestMs: 0, slices: 0 };

  const write = (part: string) => {
    out.add(part);
    chars += part.length;
    if (chars > options.maxChars) tooLarge = true;
  };
  write('<!DOCTYPE html>');

  const step = (): boolean => {
    const item = stack.pop();
    if (item === undefined) return false;
    if (typeof item === 'string') write(item);
    else if (item.nodeType === Node.TEXT_NODE) {
      const data = (item as Text).data;
      // A huge text node (10 MB in one <pre>) is not even escaped: the page is too large.
      if (chars + data.length > options.maxChars) tooLarge = true;
      else write(escapeText(data));
    }
    else if (item.nodeType === Node.ELEMENT_NODE) {
      const element = item as Element;
      if (element.matches(LEFT_OUT)) return !tooLarge;
      if (VOID.has(element.localName)) write(element.outerHTML);
      else if (element.getElementsByTagName('*').length <= small && !element.querySelector(LEFT_OUT)) write(element.outerHTML);
      else {
        write(startTag(element));
        stack.push(`</${element.localName}>`);
        for (let child = element.lastChild; child; child = child.previousSibling) stack.push(child);
      }
    }
    // Comments, processing instructions: nothing an article needs.
    return !tooLarge && stack.length > 0;
  };

  if (doc.documentElement) await runSliced(step, options.signal, stats, undefined, options.budgetMs);
  if (tooLarge) return { chunks: [], chars, tooLarge, stats };
  out.cut(true);
  return { chunks: out.chunks, chars, tooLarge, stats };
}
