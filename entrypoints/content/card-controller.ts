// The hover card's wiring in the content script: the pointer, the keyboard and the page send
// events to the card's session (lib/card/card-session.ts), which owns the state; the renderer
// draws that state into the host (components/card/). Nothing is added to the page until the
// first card opens; destroy() takes everything away.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createCardHost, type CardHost } from '../../components/card/card-host.tsx';
import { createCardRenderer } from '../../components/card/card-renderer.ts';
import { cardLanguage } from '../../lib/card/card-language.ts';
import { createCardSession } from '../../lib/card/card-session.ts';
import { createDetailsCache } from '../../lib/card/details-cache.ts';
import { lineIndexAt } from '../../lib/card/line-anchor.ts';
import { trackPointer } from '../../lib/card/pointer-tracker.ts';
import { scrollMarkIntoView } from '../../lib/card/scroll-to-mark.ts';
import { askBackground } from '../../lib/messaging.ts';
import type { MarkRegistry, PageMark } from '../../lib/page/mark-registry.ts';
import type { PageConfig } from '../../lib/page-config.ts';
import { rememberTranslations } from '../../lib/translate.ts';
import { cardRequests } from './card-actions.ts';
import { createNotices } from './card-notices.ts';
import { explainMark } from './card-why.ts';

export interface CardController {
  /** Keyboard command: the next (1) or previous (-1) mark, scrolled into view, card open with focus. */
  step(direction: 1 | -1): void;
  /** Scrolls to the first mark of an entity (or with `next`, its next mention) and opens its card; false when it has none. */
  reveal(entity: string, next?: boolean): boolean;
  /** New settings (delays, switches) after a config refresh. */
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

export function createCardController(ctx: ContentScriptContext, registry: MarkRegistry, config: PageConfig): CardController {
  const lifetime = new AbortController();
  const { signal } = lifetime;
  let host: CardHost | undefined;
  const getHost = () => (host ??= createCardHost());
  const t = rememberTranslations((key, substitutions) => browser.i18n.getMessage(key as 'extName', substitutions?.map(String)));
  // The language of the message bundle the browser picked, so the KB's texts always match the
  // card's own strings; getUILanguage() only if the bundle does not say.
  const language = once(() => cardLanguage(t('card_language') || browser.i18n.getUILanguage()));
  const details = createDetailsCache((id) => askBackground('entity:details', { id }));

  const session = createCardSession({
    openDelay: config.openDelay,
    closeDelay: config.closeDelay,
    marks: () => registry.marks(),
    details,
    render: (state) => renderer.render(state),
    focus: {
      active: () => document.activeElement,
      inCard: () => !!host?.focusInCard(),
      restore: (to) => {
        if (to instanceof HTMLElement && to.isConnected) to.focus({ preventScroll: true });
      },
    },
    page: {
      lineAt: (mark) => lineIndexAt(mark.range, pointer.x, pointer.y),
      scrollTo: (mark) => scrollMarkIntoView(mark.range),
      inView: isInView,
      viewportHeight: () => window.innerHeight,
    },
    onBackgroundShown: (id) => void askBackground('entity:opened', { id }).catch(() => {}),
  });
  const notices = createNotices(getHost, t);
  const requests = cardRequests({ session, notices, t, language, focusInCard: () => !!host?.focusInCard() });
  const renderer = createCardRenderer({
    host: getHost,
    marks: () => registry.marks(),
    language,
    t,
    optionsUrl: (entity) => `${browser.runtime.getURL('/options.html')}#entity=${encodeURIComponent(entity)}`,
    why: (mark) => explainMark(mark, registry.marks(), details.peek(mark.entity)),
    actions: {
      onBackground: () => session.expand(),
      onClose: () => session.close(),
      onStep: (direction) => session.stepMention(direction),
      onSwitch: (entity) => session.switchTo(entity),
      onOpenOptions: (entity) => void askBackground('options:open', { entity }).catch(() => {}),
      onSidePanel: () => void requests.sidePanel(),
      onAddArticle: () => void requests.addArticle(),
      onSwitchOff: (kind, card) => requests.switchOff(kind, card),
    },
  });

  const pointer = trackPointer({ registry, events: session, signal, host: () => host?.element, shownMark: () => session.state.card?.mark ?? null });

  // Esc closes the card wherever focus is, and gives focus back to where it was.
  window.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Escape' || !session.escape()) return;
      if (host && event.composedPath().includes(host.element)) {
        event.preventDefault();
        event.stopPropagation();
      }
    },
    { capture: true, signal },
  );

  const unsubscribe = registry.subscribe(() => session.marksChanged());
  const stopOnInvalidated = ctx.onInvalidated(() => controller.destroy());

  const controller: CardController = {
    step: (direction) => session.step(direction),
    reveal: (entity, next) => session.reveal(entity, next),
    configure(next) {
      session.setDelays(next.openDelay, next.closeDelay);
      details.clear(); // a new KB or a new note: ask again
      if (!next.enabled) session.disable();
      else session.refresh();
    },
    destroy() {
      if (signal.aborted) return;
      lifetime.abort();
      stopOnInvalidated();
      unsubscribe();
      session.destroy();
      renderer.stop();
      notices.stop();
      host?.destroy();
      host = undefined;
    },
  };
  return controller;
}
