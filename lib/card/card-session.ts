// The card as one session: the single state record (card-state.ts) and the only code that
// changes it. The pointer, the keyboard, the card's own buttons and the page send events in;
// after every change the whole record goes out to `render` (the host draws it). The hover timing
// is Wikipedia Page Previews': a card opens once the pointer has rested on a mark for
// `openDelay`, and closes `closeDelay` after the pointer has left both the mark and the card;
// pinned cards ignore the pointer. While the pointer rests, the details are fetched, so that
// when the delay ends the card opens in that very task (the host gets it ready meanwhile).
import type { PageMark } from '../page/mark-registry.ts';
import type { DetailsCache } from './details-cache.ts';
import { CLOSED, phaseOf, type CardState, type ShownCard } from './card-state.ts';
import { stepMark, stepMention } from './mark-steps.ts';

export interface Timers {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const TIMERS: Timers = {
  set: (callback, ms) => setTimeout(callback, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface CardSessionOptions {
  openDelay: number;
  closeDelay: number;
  /** The page's marks, in document order. */
  marks(): readonly PageMark[];
  details: Pick<DetailsCache, 'get' | 'peek'>;
  /** Called after every change with the whole state. */
  render(state: CardState): void;
  focus: {
    /** What has focus now (to give it back later). */
    active(): Element | null;
    /** Whether focus is inside the card. */
    inCard(): boolean;
    restore(to: Element): void;
  };
  page: {
    /** The line box under the pointer, for a card the pointer opens. */
    lineAt(mark: PageMark): number;
    scrollTo(mark: PageMark): void;
    inView(mark: PageMark): boolean;
    viewportHeight(): number;
  };
  /** The background of `entity` is shown (in place). */
  onBackgroundShown?(entity: string): void;
  timers?: Timers;
}

export interface CardSession {
  readonly state: CardState;
  // The pointer.
  pointerOver(mark: PageMark | null): void;
  pointerInCard(inside: boolean): void;
  /** Selecting, scrolling or dragging: forget a pending card and close a hover card. */
  interrupt(): void;
  /** A plain click pins the card with its background; a tap opens the card, pinned. */
  clickMark(mark: PageMark, how: 'mouse' | 'touch'): void;
  clickElsewhere(): void;
  // The keyboard and the other parts of the extension.
  /** Esc: closes the card and gives focus back; false when there was no card. */
  escape(): boolean;
  step(direction: 1 | -1): void;
  /** The first mention of `entity` (or with `next`, the one after the current one), scrolled to, its card open. */
  reveal(entity: string, next?: boolean): boolean;
  // The card's own controls.
  stepMention(direction: 1 | -1): void;
  switchTo(entity: string): void;
  expand(): void;
  close(): void;
  // The page and the config.
  marksChanged(): void;
  /** New details (a new KB, a note): show the same card with them. */
  refresh(): void;
  setDelays(openDelay: number, closeDelay: number): void;
  /** Marking was switched off here: no card. */
  disable(): void;
  destroy(): void;
}

type CardRequest = Omit<ShownCard, 'details'>;

export function createCardSession(options: CardSessionOptions): CardSession {
  const timers = options.timers ?? TIMERS;
  const { focus, page } = options;
  let { openDelay, closeDelay } = options;
  let state: CardState = CLOSED;
  let openTimer: unknown;
  let closeTimer: unknown;
  /** A newer show() or a close makes an older show(), still waiting for details, moot. */
  let ticket = 0;
  let destroyed = false;

  const commit = (change: Partial<CardState>) => {
    const next = { ...state, ...change };
    state = { ...next, phase: phaseOf(next.card, next.resting) };
    options.render(state);
  };

  const cancelOpen = () => {
    if (openTimer !== undefined) timers.clear(openTimer);
    openTimer = undefined;
  };
  const cancelClose = () => {
    if (closeTimer !== undefined) timers.clear(closeTimer);
    closeTimer = undefined;
  };
  /** The grace period runs unless the pointer is on the card or on its mark. */
  const maybeClose = () => {
    const { card, pointer } = state;
    if (!card || card.pinned || pointer.inCard || pointer.over === card.mark) return cancelClose();
    closeTimer ??= timers.set(() => {
      closeTimer = undefined;
      hide(false);
    }, closeDelay);
  };

  function rest(mark: PageMark): void {
    const details = options.details.peek(mark.entity);
    if (details === undefined) {
      void options.details.get(mark.entity).then((loaded) => {
        if (!destroyed && state.resting?.mark === mark) commit({ resting: { mark, details: loaded } });
      });
    }
    openTimer = timers.set(() => {
      openTimer = undefined;
      cancelClose();
      show({ mark, entity: mark.entity, line: page.lineAt(mark), pinned: false, expanded: false, focus: false }, true);
    }, openDelay);
    commit({ resting: { mark, details } });
  }

  /** Shows a card: in this very task when its details are at hand, else once they arrive. */
  function show(request: CardRequest, fromHover = false): void {
    if (destroyed) return;
    const mine = ++ticket;
    const ready = options.details.peek(request.entity);
    if (ready !== undefined) return open(request, ready);
    void options.details.get(request.entity).then((loaded) => {
      if (mine !== ticket || destroyed) return;
      if (fromHover && state.resting?.mark !== request.mark) return; // the pointer left meanwhile
      open(request, loaded);
    });
  }

  function open(request: CardRequest, details: ShownCard['details'] | null): void {
    cancelOpen();
    if (!details) return commit({ resting: null }); // the entity left the KB, or the extension went away
    const before = state.card;
    const returnFocus = request.focus && !focus.inCard() ? focus.active() : state.returnFocus;
    commit({ card: { ...request, details }, resting: null, returnFocus, last: request.mark });
    if (request.expanded && !(before?.expanded && before.entity === request.entity)) options.onBackgroundShown?.(request.entity);
    maybeClose();
  }

  function hide(restoreFocus: boolean): void {
    ticket++;
    cancelClose();
    if (!state.card) return;
    const hadFocus = focus.inCard();
    const to = state.returnFocus;
    commit({ card: null, returnFocus: null, pointer: { ...state.pointer, inCard: false } });
    if (restoreFocus && hadFocus && to) focus.restore(to);
  }

  /** A pinned card at `mark`, brought into view first (keyboard, reveal, ‹ ›). */
  function openAt(mark: PageMark, card: { entity?: string; expanded?: boolean; focus: boolean }): void {
    page.scrollTo(mark);
    show({ mark, entity: card.entity ?? mark.entity, line: 0, pinned: true, expanded: card.expanded ?? false, focus: card.focus });
  }

  const session: CardSession = {
    get state() {
      return state;
    },
    pointerOver(mark) {
      if (destroyed || mark === state.pointer.over) return;
      const pointer = { ...state.pointer, over: mark };
      if (state.card?.pinned) return commit({ pointer });
      let { resting } = state;
      if (mark !== resting?.mark) {
        cancelOpen();
        resting = null;
      }
      commit({ pointer, resting });
      if (mark && mark !== state.card?.mark && !resting) rest(mark);
      maybeClose();
    },
    pointerInCard(inside) {
      if (destroyed) return;
      commit({ pointer: { ...state.pointer, inCard: inside } });
      maybeClose();
    },
    interrupt() {
      cancelOpen();
      if (state.resting) commit({ resting: null });
      if (state.card && !state.card.pinned) hide(false);
    },
    clickMark(mark, how) {
      const touch = how === 'touch';
      show({ mark, entity: mark.entity, line: page.lineAt(mark), pinned: true, expanded: !touch, focus: !touch });
    },
    clickElsewhere() {
      if (state.card) hide(false);
    },
    escape() {
      if (!state.card) return false;
      hide(true);
      return true;
    },
    step(direction) {
      if (destroyed) return;
      const marks = options.marks();
      const { card, last } = state;
      const from = card?.mark ?? (last && marks.includes(last) && page.inView(last) ? last : null);
      const mark = stepMark(marks, from, direction, page.viewportHeight());
      if (mark) openAt(mark, { focus: true });
    },
    reveal(entity, next = false) {
      if (destroyed) return false;
      const marks = options.marks();
      const current = state.card?.entity === entity ? state.card.mark : state.last?.entity === entity ? state.last : null;
      const mark = next ? stepMention(marks, entity, current, 1) : marks.find((m) => m.entity === entity);
      if (mark) openAt(mark, { focus: true });
      return !!mark;
    },
    stepMention(direction) {
      const { card } = state;
      if (!card) return;
      const mark = stepMention(options.marks(), card.entity, card.mark, direction);
      if (mark) openAt(mark, { entity: card.entity, expanded: card.expanded, focus: false });
    },
    switchTo(entity) {
      if (state.card) show({ ...state.card, entity, pinned: true, focus: focus.inCard() });
    },
    expand() {
      if (state.card) show({ ...state.card, pinned: true, expanded: true, focus: focus.inCard() });
    },
    close: () => hide(true),
    marksChanged() {
      // Nothing shown or about to be: the marks need not even be put in order (on a big page,
      // sorting them at every batch of a pass costs more than finding them).
      if (!state.resting && !state.card) return;
      const marks = options.marks();
      if (state.resting && !marks.includes(state.resting.mark)) {
        cancelOpen();
        commit({ resting: null });
      }
      const { card } = state;
      if (!card) return;
      if (marks.includes(card.mark)) return commit({ card: { ...card } }); // the mention counts may differ
      // Re-marked (a refresh makes new ranges): follow the same mention, or close when it is gone.
      const same = marks.find((m) => m.entity === card.mark.entity && sameRange(m.range, card.mark.range));
      if (!same) return hide(true);
      commit({ card: { ...card, mark: same, focus: false }, last: same });
    },
    refresh() {
      if (state.card) show({ ...state.card, focus: false });
    },
    setDelays(nextOpen, nextClose) {
      openDelay = nextOpen;
      closeDelay = nextClose;
    },
    disable() {
      cancelOpen();
      if (state.resting) commit({ resting: null });
      hide(false);
    },
    destroy() {
      destroyed = true;
      ticket++;
      cancelOpen();
      cancelClose();
      state = CLOSED;
    },
  };
  return session;
}

function sameRange(a: Range, b: Range): boolean {
  return a.startContainer === b.startContainer && a.startOffset === b.startOffset && a.endContainer === b.endContainer && a.endOffset === b.endOffset;
}
