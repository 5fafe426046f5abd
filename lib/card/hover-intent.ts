// When a hover card opens and closes (Wikipedia Page Previews' timing): it opens once the
// pointer has rested on a mark for `openDelay`, and closes `closeDelay` after the pointer has
// left both the mark and the card. Pinned cards ignore the pointer altogether.
// Pure: the caller reports where the pointer is; timers are the only side effect.

export interface HoverIntentOptions<T> {
  openDelay: number;
  closeDelay: number;
  /** The pointer rested on `target` long enough. */
  onOpen(target: T): void;
  /** The grace period after leaving ran out (never called for a pinned card). */
  onClose(): void;
  /** The pointer arrived on a target: a chance to fetch what the card will show. */
  onIntent?(target: T): void;
}

export interface HoverIntent<T> {
  /** The pointer is over `target`, or over no target (null). */
  pointerOver(target: T | null): void;
  /** The pointer entered (true) or left (false) the card. */
  pointerInCard(inCard: boolean): void;
  /** The card shows `target` though the pointer did not open it (keyboard, click, a link in
   * the card): pinned cards stay until hidden(); unpinned ones close as a hover card would. */
  shown(target: T, pinned: boolean): void;
  /** The card closed for some other reason (Esc, a click outside, the close button). */
  hidden(): void;
  /** Selecting, scrolling or dragging: forget a pending open and close an unpinned card. */
  interrupt(): void;
  setDelays(openDelay: number, closeDelay: number): void;
  readonly state: { pending: T | null; open: T | null; pinned: boolean; closing: boolean };
  dispose(): void;
}

export function createHoverIntent<T>(options: HoverIntentOptions<T>): HoverIntent<T> {
  let { openDelay, closeDelay } = options;
  let under: T | null = null; // what the pointer is over right now
  let inCard = false;
  let pending: T | null = null;
  let open: T | null = null;
  let pinned = false;
  let openTimer: ReturnType<typeof setTimeout> | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;

  const cancelOpen = () => {
    clearTimeout(openTimer);
    openTimer = undefined;
    pending = null;
  };
  const cancelClose = () => {
    clearTimeout(closeTimer);
    closeTimer = undefined;
  };
  const close = () => {
    cancelClose();
    open = null;
    options.onClose();
  };
  /** Start the grace period unless the pointer is still on the card or on its mark. */
  const maybeClose = () => {
    if (!open || pinned || inCard || under === open) return cancelClose();
    if (closeTimer === undefined) closeTimer = setTimeout(close, closeDelay);
  };

  return {
    pointerOver(target) {
      if (target === under) return;
      under = target;
      if (pinned) return;
      if (target !== pending) cancelOpen();
      if (target !== null && target !== open && target !== pending) {
        pending = target;
        options.onIntent?.(target);
        openTimer = setTimeout(() => {
          openTimer = undefined;
          pending = null;
          cancelClose();
          open = target;
          options.onOpen(target);
        }, openDelay);
      }
      maybeClose();
    },
    pointerInCard(value) {
      inCard = value;
      maybeClose();
    },
    shown(target, isPinned) {
      cancelOpen();
      open = target;
      pinned = isPinned;
      maybeClose(); // an unpinned card the pointer has already left still closes
    },
    hidden() {
      // A card waiting to open for another mark still opens: closing this one is no reason not to.
      cancelClose();
      open = null;
      pinned = false;
      inCard = false;
    },
    interrupt() {
      cancelOpen();
      if (open && !pinned) close();
    },
    setDelays(nextOpen, nextClose) {
      openDelay = nextOpen;
      closeDelay = nextClose;
    },
    get state() {
      return { pending, open, pinned, closing: closeTimer !== undefined };
    },
    dispose() {
      cancelOpen();
      cancelClose();
    },
  };
}
