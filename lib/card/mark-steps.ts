// Moving between marks: the next or previous mark for the keyboard commands, and a mark's
// place among the mentions of its entity for "mention 2 of 7".
import type { PageMark } from '../page/mark-registry.ts';

/**
 * The mark after (1) or before (-1) `current`, wrapping around the ends. Without a current
 * mark, the first one that starts below the top of the viewport (1) or the last one that
 * starts above its bottom (-1): where the reader is, not the top of the page.
 */
export function stepMark(
  marks: readonly PageMark[],
  current: PageMark | null,
  direction: 1 | -1,
  viewportHeight: number,
  top: (mark: PageMark) => number = (mark) => mark.range.getBoundingClientRect().top,
): PageMark | undefined {
  if (!marks.length) return undefined;
  const at = current ? marks.indexOf(current) : -1;
  if (at !== -1) return marks[(at + direction + marks.length) % marks.length];
  if (direction === 1) return marks.find((m) => top(m) >= 0) ?? marks[0];
  for (let i = marks.length - 1; i >= 0; i--) if (top(marks[i]!) < viewportHeight) return marks[i];
  return marks[marks.length - 1];
}

/** "mention 2 of 7": where a card's mark stands among the mentions of the entity it shows. */
export interface MentionPlace {
  /** 1-based, or null when `mark` is not a mention of `entity` (the card shows another entity). */
  index: number | null;
  total: number;
}

export function mentionPlace(marks: readonly PageMark[], entity: string, mark: PageMark | null): MentionPlace {
  const mentions = marks.filter((m) => m.entity === entity);
  const at = mark ? mentions.indexOf(mark) : -1;
  return { index: at === -1 ? null : at + 1, total: mentions.length };
}

/** The next or previous mention of `entity` from `mark` (the first or last one when `mark`
 * is not one of them), wrapping around. */
export function stepMention(marks: readonly PageMark[], entity: string, mark: PageMark | null, direction: 1 | -1): PageMark | undefined {
  const mentions = marks.filter((m) => m.entity === entity);
  if (!mentions.length) return undefined;
  const at = mark ? mentions.indexOf(mark) : -1;
  if (at === -1) return direction === 1 ? mentions[0] : mentions[mentions.length - 1];
  return mentions[(at + direction + mentions.length) % mentions.length];
}
