// "Why is this marked?" for a mark on this page: its entity as the page's config has it, the
// paragraph around it, and the other marks of its family in that paragraph (lib/card/why-marked.ts
// does the checking).
import { whyMarked, type WhyMarked } from '../../lib/card/why-marked.ts';
import { markInContext } from '../../lib/card/text-around.ts';
import type { MatchableEntity } from '../../lib/page-config.ts';
import type { PageMark } from '../../lib/page/mark-registry.ts';
import { closestBlock } from '../../lib/page/scan-scope.ts';

/** A paragraph of at most this many characters either side of the mark is read. */
const REACH = 2_000;

function blockOf(mark: PageMark): Element | null {
  const node = mark.range.startContainer;
  const element = node instanceof Element ? node : node.parentElement;
  return element ? (closestBlock(element) ?? element) : null;
}

export function explainMark(mark: PageMark, marks: readonly PageMark[], entities: readonly MatchableEntity[]): WhyMarked | undefined {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const entity = byId.get(mark.entity);
  if (!entity) return undefined;
  const ancestors: MatchableEntity[] = [];
  for (let p = entity.parent; p && ancestors.length < 10; p = byId.get(p)?.parent) {
    const parent = byId.get(p);
    if (parent) ancestors.push(parent);
  }
  const block = blockOf(mark);
  const neighbours = marks.filter((m) => m !== mark && m.family === mark.family && blockOf(m) === block).map((m) => m.range.toString());
  return whyMarked({ written: mark.range.toString(), entity, ancestors, paragraph: markInContext(mark.range, REACH), neighbours });
}
