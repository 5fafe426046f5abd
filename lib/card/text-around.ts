// The text around a mark, for choosing the quote (pick-quote.ts): the mark's block (paragraph,
// list item, cell…, as the page scanner reads blocks), but at most `reach` characters before the
// mark and after it. A KB sentence is at most 5,000 characters, so any sentence that holds the
// mark is inside; the cost is bounded however big the block is (a page that is one huge <div>,
// a 10 MB text node).
import { closestBlock } from '../page/scan-scope.ts';

export const TEXT_AROUND_REACH = 5_000;

export function textAround(range: Range, reach = TEXT_AROUND_REACH): string {
  return markInContext(range, reach).text;
}

/** The text around the mark and where the mark stands in it. */
export function markInContext(range: Range, reach = TEXT_AROUND_REACH): { text: string; start: number; end: number } {
  const start = range.startContainer;
  const end = range.endContainer;
  const startElement = start instanceof Element ? start : start.parentElement;
  const block = (startElement && closestBlock(startElement)) ?? startElement;
  if (!block) return { text: '', start: 0, end: 0 };
  const doc = block.ownerDocument;
  const walker = doc.createTreeWalker(block, NodeFilter.SHOW_TEXT);

  // Before the mark: the start node's text up to the mark, then earlier text nodes.
  const before: string[] = [];
  let budget = reach;
  if (start.nodeType === Node.TEXT_NODE) {
    const data = (start as Text).data;
    const take = data.slice(Math.max(0, range.startOffset - budget), range.startOffset);
    before.push(take);
    budget -= take.length;
    walker.currentNode = start;
    for (let node = walker.previousNode(); node && budget > 0; node = walker.previousNode()) {
      const text = (node as Text).data;
      const piece = text.length > budget ? text.slice(text.length - budget) : text;
      before.push(piece);
      budget -= piece.length;
    }
  }
  before.reverse();

  // The mark itself and what follows it.
  const mark = range.toString();
  const after: string[] = [];
  budget = reach;
  if (end.nodeType === Node.TEXT_NODE) {
    const data = (end as Text).data;
    const take = data.slice(range.endOffset, range.endOffset + budget);
    after.push(take);
    budget -= take.length;
    walker.currentNode = end;
    for (let node = walker.nextNode(); node && budget > 0; node = walker.nextNode()) {
      const text = (node as Text).data;
      const piece = text.length > budget ? text.slice(0, budget) : text;
      after.push(piece);
      budget -= piece.length;
    }
  }
  const head = before.join('');
  return { text: head + mark + after.join(''), start: head.length, end: head.length + mark.length };
}
