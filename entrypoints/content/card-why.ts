// "Why is this marked?" for a mark on this page: its entity and parent chain as the card's details
// have them (asked of the background when the card opened), the paragraph around it, and the
// other marks of its family in that paragraph (lib/card/why-marked.ts does the checking).
import { whyMarked, type WhyMarked } from '../../lib/card/why-marked.ts';
import { markInContext } from '../../lib/card/text-around.ts';
import type { EntityDetails } from '../../lib/entity-details.ts';
import type { PageMark } from '../../lib/page/mark-registry.ts';
import { closestBlock } from '../../lib/page/scan-scope.ts';

/** A paragraph of at most this many characters either side of the mark is read. */
const REACH = 2_000;

function blockOf(mark: PageMark): Element | null {
  const node = mark.range.startContainer;
  const element = node instanceof Element ? node : node.parentElement;
  return element ? (closestBlock(element) ?? element) : null;
}

/** `details`: the mark's entity's, as the card has them (undefined while they have not arrived). */
export function explainMark(mark: PageMark, marks: readonly PageMark[], details: EntityDetails | null | undefined): WhyMarked | undefined {
  if (!details || details.entity.id !== mark.entity) return undefined;
  const block = blockOf(mark);
  const neighbours = marks.filter((m) => m !== mark && m.family === mark.family && blockOf(m) === block).map((m) => m.range.toString());
  return whyMarked({ written: mark.range.toString(), entity: details.entity, ancestors: details.ancestors, paragraph: markInContext(mark.range, REACH), neighbours });
}
