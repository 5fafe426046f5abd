// The text of an extracted article as the compiler reads it (lib/article.ts): one paragraph per
// block (paragraph, heading, list item, quote, cell), separated by blank lines; and the cut of
// a text that is too long, at the last paragraph that fits.

const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'TABLE',
  'TBODY', 'TD', 'TH', 'THEAD', 'TR', 'UL',
]);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'svg', 'MATH', 'math', 'BUTTON', 'SELECT']);

/** The blocks of `root` as paragraphs, whitespace collapsed, empty ones dropped. */
export function paragraphsOf(root: Element): string[] {
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    const text = current.replace(/\s+/g, ' ').trim();
    if (text) paragraphs.push(text);
    current = '';
  };
  const visit = (node: Node) => {
    if (node.nodeType === 3) {
      current += (node as Text).data;
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as Element;
    if (SKIPPED.has(element.tagName)) return;
    if (element.tagName === 'BR') {
      current += ' ';
      return;
    }
    const block = BLOCKS.has(element.tagName);
    if (block) flush();
    for (let child = element.firstChild; child; child = child.nextSibling) visit(child);
    if (block) flush();
  };
  visit(root);
  flush();
  return paragraphs;
}

/** Whole paragraphs up to `max` characters (the blank lines between them included). */
export function trimToParagraphs(paragraphs: readonly string[], max: number): { text: string; trimmed: boolean } {
  let length = 0;
  let kept = 0;
  for (const paragraph of paragraphs) {
    const next = length + (kept ? 2 : 0) + paragraph.length;
    if (next > max) break;
    length = next;
    kept++;
  }
  // A first paragraph longer than the limit on its own: cut it at a word.
  if (kept === 0 && paragraphs.length) {
    const cut = paragraphs[0]!.slice(0, max);
    const space = cut.lastIndexOf(' ');
    return { text: space > max / 2 ? cut.slice(0, space) : cut, trimmed: true };
  }
  return { text: paragraphs.slice(0, kept).join('\n\n'), trimmed: kept < paragraphs.length };
}
