// Where the reader's pointer is, in terms of marks: hit-tests at most once per animation frame
// while the pointer moves over text, does nothing over anything else, and tells the card's
// session about selecting, scrolling and dragging. It only sends events; the session decides.
// A plain click on a mark pins its card; a tap (touch) opens it, and a tap elsewhere closes it.
// A touch screen has no hover, so a tap on a name inside a link shows its card first, as mobile
// browsers do for hover menus; a second tap on it, with its card open, follows the link.
import { markAtPoint, mayBeOverText } from './mark-at-point.ts';
import type { CardSession } from './card-session.ts';
import type { MarkRegistry, PageMark } from '../page/mark-registry.ts';

export type PointerEvents = Pick<CardSession, 'pointerOver' | 'pointerInCard' | 'interrupt' | 'clickMark' | 'clickElsewhere'>;

export interface PointerTrackerOptions {
  registry: MarkRegistry;
  events: PointerEvents;
  /** The card's host element, once there is one. */
  host(): Element | undefined;
  /** The mark whose card is shown, if any. */
  shownMark(): PageMark | null;
  signal: AbortSignal;
}

export interface PointerTracker {
  /** The last pointer position in viewport coordinates. */
  readonly x: number;
  readonly y: number;
}

function shadowRootOf(target: EventTarget | null): ShadowRoot | undefined {
  const root = target instanceof Node ? target.getRootNode() : undefined;
  return root instanceof ShadowRoot ? root : undefined;
}

/** The element really under the pointer: inside a page's own open shadow root, text can
 * carry marks too, but the window sees only the root's host. */
function innermost(event: Event): EventTarget | null {
  const target = event.target;
  return target instanceof Element && target.shadowRoot ? (event.composedPath()[0] ?? target) : target;
}

function isSelecting(doc: Document): boolean {
  const selection = doc.getSelection();
  return !!selection && !selection.isCollapsed;
}

export function trackPointer(options: PointerTrackerOptions, doc: Document = document): PointerTracker {
  const { registry, events, signal } = options;
  const win = doc.defaultView ?? window;
  const position = { x: 0, y: 0 };
  let target: EventTarget | null = null;
  let frame = 0;
  let overMark = false;
  let inCard = false;
  /** What the last press was made with: a click after a touch press is a tap. */
  let pressedWith = 'mouse';

  const report = (mark: PageMark | null) => {
    overMark = mark !== null;
    events.pointerOver(mark);
  };
  const hitTest = () => {
    frame = 0;
    if (signal.aborted || inCard) return;
    if (isSelecting(doc)) return report(null);
    report(mayBeOverText(target) ? (markAtPoint(registry, position.x, position.y, doc, shadowRootOf(target)) ?? null) : null);
  };
  const inCardOf = (path: EventTarget[]) => {
    const host = options.host();
    return !!host && path.includes(host);
  };

  const onMove = (event: PointerEvent) => {
    if (event.pointerType === 'touch') return; // no hover on touch screens; a tap is a click
    // Seen from the window, anything inside a shadow tree (the card's too) targets its host.
    const host = options.host();
    const nowInCard = !!host && event.target === host;
    if (nowInCard !== inCard) {
      inCard = nowInCard;
      events.pointerInCard(inCard);
    }
    if (inCard) return report(null);
    if (event.buttons !== 0) return events.interrupt(); // selecting or dragging
    position.x = event.clientX;
    position.y = event.clientY;
    target = innermost(event);
    // Over an image, a gap or a container without text of its own: no hit test at all.
    if (!mayBeOverText(target) || registry.marks().length === 0) {
      if (overMark) report(null);
      return;
    }
    if (!frame) frame = win.requestAnimationFrame(hitTest);
  };

  const onLeaveWindow = (event: PointerEvent) => {
    if (event.relatedTarget !== null) return;
    if (inCard) events.pointerInCard((inCard = false));
    report(null);
  };

  const onClick = (event: MouseEvent) => {
    if (inCardOf(event.composedPath())) return;
    const clicked = innermost(event);
    // Only a plain primary click with the pointer; modified clicks open links elsewhere.
    const plain = event.button === 0 && event.detail > 0 && !event.ctrlKey && !event.metaKey && !event.shiftKey && !event.altKey;
    const mark = plain && !isSelecting(doc) && mayBeOverText(clicked) && registry.marks().length
      ? markAtPoint(registry, event.clientX, event.clientY, doc, shadowRootOf(clicked))
      : undefined;
    position.x = event.clientX;
    position.y = event.clientY;
    const touch = (event as PointerEvent).pointerType === 'touch' || pressedWith === 'touch';
    if (mark && touch && options.shownMark() !== mark && clicked instanceof Element && clicked.closest('a[href]')) event.preventDefault();
    if (mark) events.clickMark(mark, touch ? 'touch' : 'mouse');
    else events.clickElsewhere();
  };

  const onScroll = (event: Event) => {
    if (!inCardOf(event.composedPath())) events.interrupt();
  };
  const onSelectionChange = () => {
    if (isSelecting(doc)) events.interrupt();
  };

  // Capturing on the window: a page that stops propagation cannot hide the pointer from us.
  const listen = { capture: true, passive: true, signal };
  win.addEventListener('pointermove', onMove, listen);
  win.addEventListener('pointerout', onLeaveWindow, listen);
  // Not passive: a first tap on a linked name may keep the link from being followed.
  win.addEventListener('click', onClick, { capture: true, signal });
  win.addEventListener('scroll', onScroll, listen);
  win.addEventListener('pointerdown', (event: PointerEvent) => void (pressedWith = event.pointerType), listen);
  win.addEventListener('dragstart', () => events.interrupt(), listen);
  doc.addEventListener('selectionchange', onSelectionChange, { passive: true, signal });
  signal.addEventListener('abort', () => win.cancelAnimationFrame(frame), { once: true });

  return position;
}
