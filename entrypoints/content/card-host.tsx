// The card's one element on the page: a host made on first use, with an open shadow root
// holding the card's styles and its Preact tree. The host is in the top layer (a manual
// popover) so no z-index on the page can cover it, and its inline `!important` reset beats
// any page rule, `* { all: unset !important }` included. It takes no room in the layout.
import { render } from 'preact';
import cardCss from '../../components/card/card.css?inline';
import { CardLayer } from '../../components/card/CardLayer.tsx';
import type { CardProps } from '../../components/card/Card.tsx';
import { OWN_UI_ATTRIBUTE } from '../../lib/page/scan-scope.ts';

const HOST_STYLE = [
  'all: initial', 'display: block', 'position: fixed', 'top: 0', 'left: 0', 'width: 0', 'height: 0',
  'margin: 0', 'padding: 0', 'border: 0', 'overflow: visible', 'background: transparent',
  'z-index: 2147483647', 'pointer-events: auto', 'visibility: visible', 'opacity: 1',
  'transform: none', 'filter: none', 'clip-path: none', 'contain: none',
].map((rule) => `${rule} !important`).join('; ');

export interface CardHost {
  readonly element: HTMLElement;
  readonly shadowRoot: ShadowRoot;
  render(card: CardProps | undefined, announcement: string): void;
  /** The dialog element while a card is shown. */
  card(): HTMLElement | null;
  /** Whether an event happened inside the card (its path runs through the host). */
  holds(event: Event): boolean;
  /** Brings the host above anything the page put into the top layer since. */
  raise(): void;
  destroy(): void;
}

export function createCardHost(doc: Document = document): CardHost {
  const element = doc.createElement('kb-annotations-card');
  element.setAttribute(OWN_UI_ATTRIBUTE, '');
  element.setAttribute('style', HOST_STYLE);
  const shadowRoot = element.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = cardCss;
  const container = doc.createElement('div');
  shadowRoot.append(style, container);
  // After <body>, so that a transformed or re-rendered body can neither move nor remove it.
  doc.documentElement.append(element);

  const raise = () => {
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
      render(<CardLayer card={card} announcement={announcement} />, container);
    },
    card: () => container.querySelector<HTMLElement>('[role="dialog"]'),
    holds: (event) => event.composedPath().includes(element),
    raise,
    destroy() {
      render(null, container);
      element.remove();
    },
  };
}
