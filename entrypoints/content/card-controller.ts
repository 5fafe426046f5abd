// The hover card's side of the content script: pointer and keyboard in, one card out.
// Nothing is added to the page until the first card opens; destroy() takes everything away.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { MarkRegistry, PageMark } from '../../lib/page/mark-registry.ts';
import type { PageConfig } from '../../lib/page-config.ts';
import { askBackground } from '../../lib/messaging.ts';
import { cardLanguage } from '../../lib/card/card-language.ts';
import { createHoverIntent } from '../../lib/card/hover-intent.ts';
import { lineIndexAt } from '../../lib/card/line-anchor.ts';
import { stepMark, stepMention } from '../../lib/card/mark-steps.ts';
import { scrollMarkIntoView } from '../../lib/card/scroll-to-mark.ts';
import { rememberTranslations } from '../../lib/translate.ts';
import { createCardView, type CardRequest } from './card-view.ts';
import { createDetailsCache } from './card-details.ts';
import { trackPointer } from './card-pointer.ts';

export interface CardController {
  /** Keyboard command: the next (1) or previous (-1) mark, scrolled into view, card open with focus. */
  step(direction: 1 | -1): void;
  /** Scrolls to the first mark of an entity and opens its card; false when it has none. */
  reveal(entity: string): boolean;
  /** New settings (delays) after a config refresh. */
  configure(config: PageConfig): void;
  destroy(): void;
}

function isInView(mark: PageMark): boolean {
  const rect = mark.range.getBoundingClientRect();
  return rect.bottom >= 0 && rect.top <= window.innerHeight;
}

function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

export function createCardController(
  ctx: ContentScriptContext,
  registry: MarkRegistry,
  config: PageConfig,
): CardController {
  const lifetime = new AbortController();
  const { signal } = lifetime;
  /** Where the keyboard continues from after a card was closed, while it is still in view. */
  let lastShown: PageMark | null = null;
  const details = createDetailsCache();
  const t = rememberTranslations((key, substitutions) => browser.i18n.getMessage(key as 'extName', substitutions?.map(String)));
  const view = createCardView({
    registry,
    details,
    // The language of the message bundle the browser picked, so the summary always matches
    // the card's own strings; getUILanguage() only if the bundle does not say.
    language: once(() => cardLanguage(t('card_language') || browser.i18n.getUILanguage())),
    t,
    optionsUrl: (entity) => `${browser.runtime.getURL('/options.html')}#entity=${encodeURIComponent(entity)}`,
    onOpenOptions: (entity) => void askBackground('options:open', { entity }).catch(() => {}),
    onShown: (mark, pinned) => {
      lastShown = mark;
      intent.shown(mark, pinned);
    },
    onHidden: () => intent.hidden(),
    onStep: (direction) => {
      const current = view.current();
      if (!current) return;
      const mark = stepMention(registry.marks(), current.entity, current.mark, direction);
      if (mark) openAt(mark, { entity: current.entity, expanded: current.expanded, focus: false });
    },
  });

  const intent = createHoverIntent<PageMark>({
    openDelay: config.openDelay,
    closeDelay: config.closeDelay,
    onIntent: (mark) => view.prepare(mark), // fetch and render while the reader rests
    onOpen: (mark) => view.show({ mark, entity: mark.entity, line: lineIndexAt(mark.range, pointer.x, pointer.y), pinned: false, expanded: false, focus: false }),
    onClose: () => view.hide({ restoreFocus: false }),
  });

  const pointer = trackPointer({
    registry,
    intent,
    signal,
    host: () => view.hostElement(),
    onClickMark: (mark, x, y) => {
      const request: CardRequest = { mark, entity: mark.entity, line: lineIndexAt(mark.range, x, y), pinned: true, expanded: true, focus: true };
      intent.shown(mark, true);
      view.show(request);
    },
    onClickElsewhere: () => {
      if (view.current()) view.hide({ restoreFocus: false });
    },
  });

  /** Opens a pinned card at `mark` after bringing it into view (keyboard, popup, card buttons). */
  function openAt(mark: PageMark, options: { entity?: string; expanded?: boolean; focus: boolean }): void {
    scrollMarkIntoView(mark.range);
    intent.shown(mark, true);
    view.show({ mark, entity: options.entity ?? mark.entity, line: 0, pinned: true, expanded: options.expanded ?? false, focus: options.focus });
  }

  // Esc closes the card wherever focus is, and gives focus back to where it was.
  window.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Escape' || !view.current()) return;
      const host = view.hostElement();
      const fromCard = !!host && event.composedPath().includes(host);
      view.hide({ restoreFocus: true });
      if (fromCard) {
        event.preventDefault();
        event.stopPropagation();
      }
    },
    { capture: true, signal },
  );

  const unsubscribe = registry.subscribe(() => view.marksChanged());
  const stopOnInvalidated = ctx.onInvalidated(() => controller.destroy());

  const controller: CardController = {
    step(direction) {
      if (signal.aborted) return;
      const marks = registry.marks();
      const from = view.current()?.mark ?? (lastShown && marks.includes(lastShown) && isInView(lastShown) ? lastShown : null);
      const mark = stepMark(marks, from, direction, window.innerHeight);
      if (mark) openAt(mark, { focus: true });
    },
    reveal(entity) {
      if (signal.aborted) return false;
      const mark = registry.marks().find((m) => m.entity === entity);
      if (mark) openAt(mark, { focus: true });
      return !!mark;
    },
    configure(next) {
      intent.setDelays(next.openDelay, next.closeDelay);
      details.clear(); // a new KB or a new note: ask again
      if (!next.enabled) view.hide({ restoreFocus: false });
      else view.refresh();
    },
    destroy() {
      if (signal.aborted) return;
      lifetime.abort();
      stopOnInvalidated();
      unsubscribe();
      intent.dispose();
      view.destroy();
    },
  };
  return controller;
}
