// The open card: which entity at which mark, pinned or not, collapsed or expanded. Renders it
// into the host (made on first show), keeps it placed at its line box, moves focus in and back
// out, and announces it in the live region.
import type { CardProps } from '../../components/card/Card.tsx';
import { kindLabel } from '../../components/card/Card.tsx';
import type { Translate } from '../../components/card/translate.ts';
import type { CardLanguage } from '../../lib/card/card-language.ts';
import { lineAnchor } from '../../lib/card/line-anchor.ts';
import { mentionPlace } from '../../lib/card/mark-steps.ts';
import { pickQuote } from '../../lib/card/pick-quote.ts';
import { keepCardPlaced } from '../../lib/card/place-card.ts';
import type { EntityDetails } from '../../lib/messages.ts';
import type { MarkRegistry, PageMark } from '../../lib/page/mark-registry.ts';
import type { DetailsCache } from './card-details.ts';
import { createCardHost, type CardHost } from './card-host.tsx';
import type { OpenProbe } from './card-bench.ts';

export interface CardRequest {
  /** The mark the card sits at. */
  mark: PageMark;
  /** The entity it shows: the mark's, or a related one the reader switched to. */
  entity: string;
  /** Which line box of the mark, for a mark that wraps. */
  line: number;
  pinned: boolean;
  expanded: boolean;
  /** Move focus into the card (keyboard, click); hover cards leave focus alone. */
  focus: boolean;
  /** The bench build's measurement of a hover open (see card-bench.ts). */
  probe?: OpenProbe;
}

export interface CardViewOptions {
  registry: MarkRegistry;
  details: DetailsCache;
  language: CardLanguage;
  t: Translate;
  optionsUrl(entity: string): string;
  /** A card is on screen for `mark`, pinned or not (hover intent needs to know). */
  onShown(mark: PageMark, pinned: boolean): void;
  onHidden(): void;
  onStep(direction: 1 | -1): void;
  onOpenOptions(entity: string): void;
}

interface Shown extends CardRequest {
  details: EntityDetails;
}

const BLOCK = 'p, li, blockquote, h1, h2, h3, h4, h5, h6, td, th, dd, dt, figcaption, article, section, div';

function textAround(mark: PageMark): string {
  const block = mark.range.startContainer.parentElement?.closest(BLOCK);
  return (block?.textContent ?? '').slice(0, 20_000);
}

export function createCardView(options: CardViewOptions) {
  const { registry, details, language, t } = options;
  let host: CardHost | undefined;
  let shown: Shown | null = null;
  let announcement = '';
  let stopPlacing: (() => void) | undefined;
  let placedMark: PageMark | null = null;
  let returnFocusTo: Element | null = null;
  let generation = 0; // a newer show() or a hide() makes an older, still loading show() moot
  let destroyed = false;

  const focusIsInCard = () => !!host?.shadowRoot.activeElement;

  function props(current: Shown): CardProps {
    const { details: d } = current;
    return {
      details: d,
      language,
      t,
      quote: pickQuote(d.contexts, d.entity.contexts, textAround(current.mark)),
      mention: mentionPlace(registry.marks(), current.entity, current.mark),
      expanded: current.expanded,
      optionsUrl: options.optionsUrl(current.entity),
      onBackground: () => void show({ ...current, pinned: true, expanded: true, focus: focusIsInCard() }),
      onClose: () => hide({ restoreFocus: true }),
      onStep: options.onStep,
      onSwitch: (entity) => void show({ ...current, entity, pinned: true, focus: focusIsInCard() }),
      onOpenOptions: () => options.onOpenOptions(current.entity),
    };
  }

  function announce(current: Shown): string {
    const { entity } = current.details;
    const { index, total } = mentionPlace(registry.marks(), current.entity, current.mark);
    const kind = kindLabel(entity.kind, t);
    return index === null
      ? t('card_announce', [entity.name, kind])
      : t('card_announceMention', [entity.name, kind, String(index), String(total)]);
  }

  function render(): void {
    host?.render(shown ? props(shown) : undefined, announcement);
  }

  function place(current: Shown, focus: boolean): void {
    const card = host?.card();
    if (!card) return;
    // A card hidden until placed cannot take focus: focus it once it is on screen.
    const focusCard = () => {
      if (focus && !focusIsInCard()) card.focus({ preventScroll: true });
    };
    if (placedMark === current.mark && stopPlacing) return focusCard(); // already following this mark
    stopPlacing?.();
    placedMark = current.mark;
    let first = true;
    stopPlacing = keepCardPlaced(lineAnchor(current.mark.range, current.line), card, () => {
      if (!first) return;
      first = false;
      card.setAttribute('data-placed', '');
      focusCard();
      current.probe?.placed();
    });
  }

  async function show(request: CardRequest): Promise<void> {
    if (destroyed) return;
    const ticket = ++generation;
    const loaded = await details.get(request.entity);
    request.probe?.step('details');
    if (ticket !== generation || destroyed) return;
    if (!loaded) {
      // Nothing to show (the entity left the KB, or the extension was reloaded).
      if (!shown) options.onHidden();
      return;
    }
    const wasOpen = shown !== null;
    if (request.focus && !focusIsInCard()) returnFocusTo = document.activeElement;
    shown = { ...request, details: loaded };
    options.onShown(request.mark, request.pinned);
    if (!host) host = createCardHost();
    if (!wasOpen) host.raise();
    request.probe?.step('host');
    announcement = announce(shown);
    render();
    request.probe?.step('render');
    place(shown, request.focus);
  }

  function hide({ restoreFocus }: { restoreFocus: boolean }): void {
    generation++;
    if (!shown) return;
    const hadFocus = focusIsInCard();
    shown = null;
    announcement = '';
    stopPlacing?.();
    stopPlacing = undefined;
    placedMark = null;
    render();
    options.onHidden();
    if (restoreFocus && hadFocus && returnFocusTo instanceof HTMLElement && returnFocusTo.isConnected) {
      returnFocusTo.focus({ preventScroll: true });
    }
    returnFocusTo = null;
  }

  return {
    show,
    hide,
    current: (): Readonly<Shown> | null => shown,
    hostElement: (): Element | undefined => host?.element,
    /** A card is on screen: placed, in a host that is in the document. */
    visible: (): boolean => !!shown && !!host?.element.isConnected && !!host.card()?.hasAttribute('data-placed'),
    /** The config changed: show the same card with fresh details (a new note, a new KB). */
    refresh(): void {
      if (shown) void show({ ...shown, focus: false, probe: undefined });
    },
    /** Marks came or went: follow a re-painted mark, or close when ours is gone. */
    marksChanged(): void {
      if (!shown) return;
      const marks = registry.marks();
      if (!marks.includes(shown.mark)) {
        const same = marks.find((m) => m.entity === shown!.mark.entity && sameRange(m.range, shown!.mark.range));
        if (!same) return hide({ restoreFocus: true });
        shown = { ...shown, mark: same };
        options.onShown(same, shown.pinned);
        place(shown, false);
      }
      render();
    },
    destroy(): void {
      destroyed = true;
      generation++;
      stopPlacing?.();
      host?.destroy();
      host = undefined;
      shown = null;
    },
  };
}

function sameRange(a: Range, b: Range): boolean {
  return a.startContainer === b.startContainer && a.startOffset === b.startOffset && a.endContainer === b.endContainer && a.endOffset === b.endOffset;
}
