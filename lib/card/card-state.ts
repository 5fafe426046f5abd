// The card's state, as one record: what the session (card-session.ts) owns and what the host
// renders. Nothing else keeps a copy of which card is open.
import type { EntityDetails } from '../entity-details.ts';
import type { PageMark } from '../page/mark-registry.ts';

/**
 * closed: no card, nothing waiting. pending: the pointer rests on a mark and its card opens
 * when the delay is up. open: a hover card, which closes when the pointer leaves mark and card.
 * pinned: a card that stays until it is closed (a click, a tap, the keyboard, a button in it).
 */
export type CardPhase = 'closed' | 'pending' | 'open' | 'pinned';

/** The card on screen. */
export interface ShownCard {
  /** The mark it sits at. */
  mark: PageMark;
  /** The entity it shows: the mark's, or a related one the reader switched to. */
  entity: string;
  /** Which line box of the mark, for a mark that wraps. */
  line: number;
  details: EntityDetails;
  pinned: boolean;
  /** The background in place (no side panel, or the reader asked for it here). */
  expanded: boolean;
  /** Focus goes into the card (keyboard, click); a hover card leaves focus where it is. */
  focus: boolean;
}

/** The mark the pointer rests on while its open delay runs. */
export interface Resting {
  mark: PageMark;
  /** Its details once they have arrived (null: the entity has none): the host may then get
   * the card ready off the page. */
  details?: EntityDetails | null;
}

export interface CardState {
  phase: CardPhase;
  card: ShownCard | null;
  /** Set while pending, and also while a card is open for another mark the pointer left. */
  resting: Resting | null;
  pointer: { over: PageMark | null; inCard: boolean };
  /** Where focus goes back to when a card that took it closes. */
  returnFocus: Element | null;
  /** The last card's mark: the keyboard goes on from there while it is in view. */
  last: PageMark | null;
}

export const CLOSED: CardState = {
  phase: 'closed',
  card: null,
  resting: null,
  pointer: { over: null, inCard: false },
  returnFocus: null,
  last: null,
};

export function phaseOf(card: ShownCard | null, resting: Resting | null): CardPhase {
  if (card) return card.pinned ? 'pinned' : 'open';
  return resting ? 'pending' : 'closed';
}
