// The card's one element on the page: a host with an open shadow root holding the card's
// styles, the card, the notice and a live region. It is made while the pointer rests on a mark but stays
// off the page until the first card opens (raise() puts it there). The host is in the top
// layer (a manual popover) so no z-index on the page can cover it, and its inline
// `!important` reset beats any page rule, `* { all: unset !important }` included. It takes no
// room in the layout.
import { render } from 'preact';
import cardCss from './card.css?inline';
import { Card, type CardProps } from './Card.tsx';
import { LiveRegion } from './LiveRegion.tsx';
import { NoticeView, type NoticeHandlers } from './NoticeView.tsx';
import type { Notice } from '../../lib/card/notice.ts';
import type { PageTheme } from '../../lib/card/page-theme.ts';
import type { Translate } from '../../lib/translate.ts';
import { OWN_UI_ATTRIBUTE } from '../../lib/page/scan-scope.ts';

const HOST_STYLE = [
  'all: initial', 'display: block', 'position: fixed', 'top: 0', 'left: 0', 'width: 0', 'height: 0',
  'margin: 0', 'padding: 0', 'border: 0', 'overflow: visible', 'background: transparent',
  'z-index: 2147483647', 'pointer-events: auto', 'visibility: visible', 'opacity: 1',
  'transform: none', 'filter: none', 'clip-path: none', 'contain: none',
].map((rule) => `${rule} !important`).join('; ');

/** The card's font stack, as in card.css (a unit test keeps the two the same). */
export const CARD_FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
/** The weights and sizes of card.css that a hover card uses. */
const CARD_FONTS = ['400 14px', '700 14px', '650 16px', '400 16px', '400 12px', '600 12px', '400 13px', '600 13px'];

export interface CardHost {
  readonly element: HTMLElement;
  readonly shadowRoot: ShadowRoot;
  /** Shows `card` (or none) and sets the live region's text. */
  render(card: CardProps | undefined, announcement: string): void;
  /**
   * Renders `card` ahead of time, off the page, while no card is shown: the next render()
   * then moves those elements into the shadow root instead of making them. Also resolves the
   * fonts its text needs. Any card may be shown next; a staged card that does not match is
   * simply updated to it.
   */
  stage(card: CardProps): void;
  /** The dialog element while a card is shown. */
  card(): HTMLElement | null;
  /** Whether an event happened inside the card (its path runs through the host). */
  holds(event: Event): boolean;
  /** Puts the host on the page (the first time) and above anything the page put into the top layer since. */
  raise(): void;
  /** Shows a notice (or none); `focus` moves focus to its first button. */
  notice(notice: Notice | undefined, t: Translate, handlers: NoticeHandlers, focus?: boolean): void;
  /** The notice element while one is shown. */
  noticeElement(): HTMLElement | null;
  /** Light or dark as the page under the mark is; undefined: as the reader's system is. */
  setTheme(theme: PageTheme | undefined): void;
  /** Whether focus is in the card (not in the notice). */
  focusInCard(): boolean;
  destroy(): void;
}

export function createCardHost(doc: Document = document): CardHost {
  const element = doc.createElement('kb-annotations-card');
  element.setAttribute(OWN_UI_ATTRIBUTE, '');
  element.setAttribute('style', HOST_STYLE);
  const shadowRoot = element.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = cardCss;
  /** Holds the shown card; `staged` holds one rendered ahead, off the page. They swap roles. */
  let slot = doc.createElement('div');
  let staged = doc.createElement('div');
  let stagedCard = false;
  let shown = false;
  const live = doc.createElement('div');
  const noticeSlot = doc.createElement('div');
  shadowRoot.append(style, slot, noticeSlot, live);
  render(<LiveRegion announcement="" />, live);
  const warmedCharacters = new Set<string>();

  /**
   * The first time a font is looked up (the system's font configuration, fallback fonts for
   * characters the font lacks) costs several milliseconds inside the card's first layout. A
   * canvas that never joins the page looks up the same fonts and glyphs into the same cache,
   * while the pointer still rests: each font once, each character once.
   */
  const warmFonts = (text: string) => {
    let fresh = '';
    for (const character of text) {
      if (warmedCharacters.has(character)) continue;
      warmedCharacters.add(character);
      fresh += character;
    }
    if (!fresh.trim()) return;
    try {
      const canvas = typeof OffscreenCanvas === 'function' ? new OffscreenCanvas(1, 1) : doc.createElement('canvas');
      const context = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D | null;
      if (!context) return;
      for (const font of CARD_FONTS) {
        context.font = `${font} ${CARD_FONT_FAMILY}`;
        context.measureText(fresh);
      }
    } catch {
      // Only a head start: without it the first layout does the same work.
    }
  };

  const raise = () => {
    // After <body>, so that a transformed or re-rendered body can neither move nor remove it.
    if (!element.isConnected) doc.documentElement.append(element);
    if (typeof element.showPopover !== 'function') return; // older browsers: z-index only
    element.popover = 'manual';
    try {
      if (element.matches(':popover-open')) element.hidePopover();
      element.showPopover();
    } catch {
      // e.g. the page moved the host into a hidden subtree: the z-index still applies.
    }
  };

  return {
    element,
    shadowRoot,
    render(card, announcement) {
      if (card && !shown && stagedCard) {
        // Take over the card made ahead of time: a diff of the same tree, not a first render.
        slot.replaceWith(staged);
        [slot, staged] = [staged, slot];
        stagedCard = false;
      }
      render(card ? <Card {...card} /> : null, slot);
      shown = !!card;
      render(<LiveRegion announcement={announcement} />, live);
    },
    stage(card) {
      if (shown) return; // the shown card is updated in place instead
      render(<Card {...card} />, staged);
      stagedCard = true;
      warmFonts(staged.textContent ?? '');
    },
    card: () => slot.querySelector<HTMLElement>('[role="dialog"]'),
    holds: (event) => event.composedPath().includes(element),
    raise,
    notice(notice, t, handlers, focus = false) {
      if (notice) raise();
      render(notice ? <NoticeView notice={notice} t={t} {...handlers} /> : null, noticeSlot);
      if (notice) render(<LiveRegion announcement={notice.text} />, live);
      if (notice && focus) noticeSlot.querySelector<HTMLElement>('button')?.focus({ preventScroll: true });
    },
    noticeElement: () => noticeSlot.querySelector<HTMLElement>('.notice'),
    setTheme(theme) {
      if (theme) element.setAttribute('data-theme', theme);
      else element.removeAttribute('data-theme');
    },
    focusInCard() {
      const active = shadowRoot.activeElement;
      return !!active && slot.contains(active);
    },
    destroy() {
      render(null, slot);
      render(null, staged);
      render(null, noticeSlot);
      render(null, live);
      element.remove();
    },
  };
}
