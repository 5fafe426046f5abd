// Turns the matcher's spans over one block's text into marks: Ranges over the text nodes.
import type { Matcher } from '../matcher.ts';
import { locate, type BlockText } from './block-text.ts';
import type { PageMark } from './mark-registry.ts';

/** Longer runs are scanned in pieces cut at a space, so one huge text node stays sliceable. */
export const MAX_PIECE = 32768;

/** The end of the piece that starts at `from`. */
export function pieceEnd(text: string, from: number): number {
  if (text.length - from <= MAX_PIECE) return text.length;
  const cut = text.lastIndexOf(' ', from + MAX_PIECE);
  return cut > from + MAX_PIECE / 2 ? cut : from + MAX_PIECE;
}

/** Marks for the mentions in text[from, to) of a block. */
export function marksInPiece(matcher: Matcher, b: BlockText, from: number, to: number): PageMark[] {
  const marks: PageMark[] = [];
  const piece = from === 0 && to === b.text.length ? b.text : b.text.slice(from, to);
  let hint = 0;
  for (const span of matcher.scan(piece)) {
    const start = locate(b, from + span.start, hint, false);
    const end = locate(b, from + span.end, start.index, true);
    hint = start.index;
    const range = new Range();
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset);
    marks.push({ range, entity: span.entity, family: span.family, model: span.model });
  }
  return marks;
}
