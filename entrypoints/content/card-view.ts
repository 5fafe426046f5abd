// The open card: which entity at which mark, pinned or not, collapsed or expanded. Renders it
// into the host, keeps it placed at its line box, moves focus in and back out, and announces
// it in the live region.
// While the pointer rests on a mark, prepare() does what the card will need ahead of time (the
// host, off the page; the quote; the card rendered off the page; its fonts), so that when the
// hover delay ends, show() renders, places and reveals the card within that one task, before
// the next frame.
import type { CardProps } from '../../components/card/Card.tsx';
import { kindLabel } from '../../components/card/Card.tsx';
import type { Translate } from '../../lib/translate.ts';
import type { CardLanguage } from '../../lib/card/card-language.ts';
import { lineAnchor } from '../../lib/card/line-anchor.ts';
import { mentionPlace } from '../../lib/card/mark-steps.ts';
import { pickQuote } from '../../lib/card/pick-quote.ts';
import { textAround } from '../../lib/card/text-around.ts';
import { keepCardPlaced, rehearsePlacement } from '../../lib/card/place-card.ts';
import type { Context } from '../../lib/kb-schema.ts';
import type { EntityDetails } from '../../lib/entity-details.ts';
import type { MarkRegistry, PageMark } from '../../lib/page/mark-registry.ts';
import type { DetailsCache } from './card-details.ts';
import { createCardHost, type CardHost } from './card-host.tsx';

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
}

export interface CardViewOptions {
  registry: MarkRegistry;
  details: DetailsCache;
  /** Asked when a card is first drawn, not before: reading the extension's message bundle is a
   * synchronous call to the browser, which a page that never shows a card should not pay for. */
  language(): CardLanguage;
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

export function createCardView(options: CardViewOptions) {
  const { registry, details, language, t } = options;
  let host: CardHost | undefined;
  let shown: Shown | null = null;
  let announcement = '';
  let stopPlacing: (() => void) | undefined;
  let placedMark: PageMark | null = null;
  let returnFocusTo: Element | null = null;
  let generation = 0; // a newer show() or a hide() makes an older, still loading show() moot
  let preparing = 0; // a newer prepare() makes an older one, still waiting for details, moot
  let rehearsed = false;
  let destroyed = false;
  /** The quote per details and mark, chosen once: choosing reads the page's text. */
  const quotes = new WeakMap<EntityDetails, WeakMap<PageMark, Context | undefined>>();

  const focusIsInCard = () => !!host?.shadowRoot.activeElement;

  function quoteFor(mark: PageMark, d: EntityDetails): Context | undefined {
    let byMark = quotes.get(d);
    if (!byMark) quotes.set(d, (byMark = new WeakMap()));
    if (byMark.has(mark)) return byMark.get(mark);
    const quote = pickQuote(d.contexts, d.entity.contexts, textAround(mark.range));
    byMark.set(mark, quote);
    return quote;
  }

  function props(current: Shown): CardProps {
    const { details: d } = current;
    return {
      details: d,
      language: language(),
      t,
      quote: quoteFor(current.mark, d),
      model: modelOf(current),
      mention: mentionPlace(registry.marks(), current.entity, current.mark),
      expanded: current.expanded,
      optionsUrl: options.optionsUrl(current.entity),
      onBackground: () => show({ ...current, pinned: true, expanded: true, focus: focusIsInCard() }),
      onClose: () => hide({ restoreFocus: true }),
      onStep: options.onStep,
      onSwitch: (entity) => show({ ...current, entity, pinned: true, focus: focusIsInCard() }),
      onOpenOptions: () => options.onOpenOptions(current.entity),
    };
  }

  function announce(current: Shown): string {
    const { entity } = current.details;
    const { index, total } = mentionPlace(registry.marks(), current.entity, current.mark);
    const kind = kindLabel(entity.kind, t);
    const name = modelOf(current) ?? entity.name;
    return index === null
      ? t('card_announce', [name, kind])
      : t('card_announceMention', [name, kind, String(index), String(total)]);
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
      // Placed and visible from now on: what the tests and the bench's hook watch for.
      card.setAttribute('data-placed', '');
      focusCard();
    });
  }

  /** The pointer rests on `mark`: get its card ready, off the page. */
  function prepare(mark: PageMark): void {
    if (destroyed) return;
    host ??= createCardHost();
    const ticket = ++preparing;
    const stage = (loaded: EntityDetails | null) => {
      if (!loaded || !host || destroyed || ticket !== preparing) return;
      // A card that is open (the pointer went from its mark to another) is updated in place
      // when the next one opens: only the quote can be chosen now.
      if (shown) return void quoteFor(mark, loaded);
      host.stage(props({ mark, entity: mark.entity, line: 0, pinned: false, expanded: false, focus: false, details: loaded }));
      if (!rehearsed) {
        rehearsed = true;
        rehearsePlacement(lineAnchor(mark.range, 0));
      }
    };
    const ready = details.peek(mark.entity);
    if (ready !== undefined) stage(ready);
    else void details.get(mark.entity).then(stage);
  }

  /** Shows a card: in this very task when its details have arrived, else once they do. */
  function show(request: CardRequest): void {
    if (destroyed) return;
    const ticket = ++generation;
    const ready = details.peek(request.entity);
    if (ready !== undefined) return open(request, ready);
    void details.get(request.entity).then((loaded) => {
      if (ticket === generation && !destroyed) open(request, loaded);
    });
  }

  function open(request: CardRequest, loaded: EntityDetails | null): void {
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
    announcement = announce(shown);
    render();
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
    prepare,
    show,
    hide,
    current: (): Readonly<Shown> | null => shown,
    hostElement: (): Element | undefined => host?.element,
    /** The config changed: show the same card with fresh details (a new note, a new KB). */
    refresh(): void {
      if (shown) show({ ...shown, focus: false });
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

/** The model the mark names, while the card shows the mark's own entity (not a related one). */
function modelOf(request: CardRequest): string | undefined {
  return request.entity === request.mark.entity ? request.mark.model : undefined;
}

function sameRange(a: Range, b: Range): boolean {
  return a.startContainer === b.startContainer && a.startOffset === b.startOffset && a.endContainer === b.endContainer && a.endOffset === b.endOffset;
}
