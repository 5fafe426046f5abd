// The hover card's side of the content script (the card issue fills this in): hit-testing the
// pointer against the marks, hover intent, the card in its shadow root, keyboard stepping.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { MarkRegistry } from '../../lib/page/mark-registry.ts';
import type { PageConfig } from '../../lib/messages.ts';

export interface CardController {
  /** Keyboard command: the next (1) or previous (-1) mark, scrolled into view, card open with focus. */
  step(direction: 1 | -1): void;
  /** Scrolls to the first mark of an entity and opens its card; false when it has none. */
  reveal(entity: string): boolean;
  /** New settings (delays) after a config refresh. */
  configure(config: PageConfig): void;
  destroy(): void;
}

export function createCardController(
  _ctx: ContentScriptContext,
  registry: MarkRegistry,
  _config: PageConfig,
): CardController {
  return {
    step: () => {},
    reveal: (entity) => registry.marks().some((m) => m.entity === entity),
    configure: () => {},
    destroy: () => {},
  };
}
