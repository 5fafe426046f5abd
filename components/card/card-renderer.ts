// Draws the card session's state (lib/card/card-state.ts) into the host, and nothing else: the
// card with its props (the quote chosen for the mark, which mention it is), its place beside the
// mark's line, focus into it, the `kb-current` emphasis on its mark, the page's theme and the
// live region. While the pointer rests (pending), the card is got ready off the page, so that
// when it opens a single task renders, places and shows it.
import type { CardState, ShownCard } from '../../lib/card/card-state.ts';
import type { CardLanguage } from '../../lib/card/card-language.ts';
import { announcement } from '../../lib/card/card-words.ts';
import { createCurrentMark } from '../../lib/card/current-mark.ts';
import { lineAnchor } from '../../lib/card/line-anchor.ts';
import { mentionPlace } from '../../lib/card/mark-steps.ts';
import { pageTheme, type PageTheme } from '../../lib/card/page-theme.ts';
import { pickQuote } from '../../lib/card/pick-quote.ts';
import { keepCardPlaced, rehearsePlacement } from '../../lib/card/place-card.ts';
import { textAround } from '../../lib/card/text-around.ts';
import type { WhyMarked } from '../../lib/card/why-marked.ts';
import type { Context } from '../../lib/kb-schema.ts';
import type { EntityDetails } from '../../lib/entity-details.ts';
import { entityName } from '../../lib/localized.ts';
import type { PageMark } from '../../lib/page/mark-registry.ts';
import type { Translate } from '../../lib/translate.ts';
import type { CardProps } from './Card.tsx';
import type { CardHost } from './card-host.tsx';

/** What the card's own controls do: the session's events, and the wiring's requests. */
export type CardActions = Pick<CardProps, 'onBackground' | 'onClose' | 'onStep' | 'onSwitch' | 'onSidePanel' | 'onAddArticle'> & {
  onOpenOptions(entity: string): void;
  onSwitchOff(kind: Parameters<CardProps['onSwitchOff']>[0], card: ShownCard): void;
};

export interface CardRendererOptions {
  /** Made when first needed: nothing is built for a page where no pointer rests on a mark. */
  host(): CardHost;
  marks(): readonly PageMark[];
  /** Asked when a card is first drawn: the message bundle is read then, not on every page. */
  language(): CardLanguage;
  t: Translate;
  optionsUrl(entity: string): string;
  why(mark: PageMark): WhyMarked | undefined;
  actions: CardActions;
}

export function createCardRenderer(options: CardRendererOptions): { render(state: CardState): void; stop(): void } {
  const { t } = options;
  const current = createCurrentMark();
  const quotes = new WeakMap<EntityDetails, WeakMap<PageMark, Context | undefined>>();
  const themes = new WeakMap<PageMark, PageTheme | undefined>();
  const whys = new WeakMap<PageMark, () => WhyMarked | undefined>();
  let shown: ShownCard | null = null;
  let staged: CardState['resting'] = null;
  let placed: { element: HTMLElement; mark: PageMark; line: number; stop(): void } | undefined;
  let rehearsed = false;

  const quoteFor = (mark: PageMark, details: EntityDetails) => {
    let byMark = quotes.get(details);
    if (!byMark) quotes.set(details, (byMark = new WeakMap()));
    if (!byMark.has(mark)) {
      const { contexts, entity, sources, addedFrom } = details;
      byMark.set(mark, pickQuote({ contexts, own: entity.contexts, sources, around: textAround(mark.range), markText: mark.range.toString(), addedFrom: addedFrom?.sentence }));
    }
    return byMark.get(mark);
  };
  const themeFor = (mark: PageMark) => {
    if (!themes.has(mark)) themes.set(mark, pageTheme(mark.range.startContainer));
    return themes.get(mark);
  };
  const whyFor = (mark: PageMark) => {
    let why = whys.get(mark);
    if (!why) whys.set(mark, (why = () => options.why(mark)));
    return why;
  };

  const props = (card: ShownCard): CardProps => {
    const { actions } = options;
    const own = card.entity === card.mark.entity;
    return {
      details: card.details,
      language: options.language(),
      t,
      quote: quoteFor(card.mark, card.details),
      model: own ? card.mark.model : undefined,
      mention: mentionPlace(options.marks(), card.entity, card.mark),
      expanded: card.expanded,
      optionsUrl: options.optionsUrl(card.entity),
      why: own ? whyFor(card.mark) : undefined,
      onBackground: actions.onBackground,
      onClose: actions.onClose,
      onStep: actions.onStep,
      onSwitch: actions.onSwitch,
      onOpenOptions: () => actions.onOpenOptions(card.entity),
      onSidePanel: actions.onSidePanel,
      onAddArticle: actions.onAddArticle,
      onSwitchOff: (kind) => actions.onSwitchOff(kind, card),
    };
  };

  const unplace = () => {
    placed?.stop();
    placed = undefined;
  };

  function place(card: ShownCard): void {
    const host = options.host();
    const element = host.card();
    if (!element) return;
    // A card hidden until placed cannot take focus: focus it once it is on screen.
    const focusCard = () => {
      if (card.focus && !host.focusInCard()) element.focus({ preventScroll: true });
    };
    if (placed?.element === element && placed.mark === card.mark && placed.line === card.line) return focusCard();
    unplace();
    let first = true;
    const stop = keepCardPlaced(lineAnchor(card.mark.range, card.line), element, () => {
      if (!first) return;
      first = false;
      // Placed and visible from now on: what the tests and the bench's hook watch for.
      element.setAttribute('data-placed', '');
      focusCard();
    });
    placed = { element, mark: card.mark, line: card.line, stop };
  }

  function stage(resting: NonNullable<CardState['resting']>, details: EntityDetails): void {
    const host = options.host();
    const { mark } = resting;
    themeFor(mark);
    host.stage(props({ mark, entity: mark.entity, line: 0, details, pinned: false, expanded: false, focus: false }));
    if (!rehearsed) {
      rehearsed = true;
      rehearsePlacement(lineAnchor(mark.range, 0));
    }
  }

  return {
    render(state) {
      const { card, resting } = state;
      if (resting !== staged) {
        staged = resting;
        // A card that is open (the pointer went from its mark to another) is updated in place
        // when the next one opens: only the quote can be chosen now.
        if (resting?.details) {
          if (card) quoteFor(resting.mark, resting.details);
          else stage(resting, resting.details);
        }
      }
      if (card === shown) return;
      const host = options.host();
      const before = shown;
      shown = card;
      if (!card) {
        unplace();
        current.show(null);
        host.render(undefined, '');
        return;
      }
      if (!before) host.raise();
      host.setTheme(themeFor(card.mark));
      const p = props(card);
      const name = p.model ?? entityName(card.details.entity, p.language);
      host.render(p, announcement(name, card.details.entity.kind, p.mention, t));
      current.show(card.mark.range);
      place(card);
    },
    stop() {
      unplace();
      current.dispose();
      shown = null;
      staged = null;
    },
  };
}
