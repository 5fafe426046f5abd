// What the card's buttons ask of the background: the side panel (or, where there is none, the
// background in place), "Add this article" (the background reads this tab), and the switches
// with their Undo. Each says what came of it in the notice.
import type { ShownCard } from '../../lib/card/card-state.ts';
import type { CardSession } from '../../lib/card/card-session.ts';
import { applySwitch, type CardSwitch } from '../../lib/card/switches.ts';
import { entityName, type UiLanguage } from '../../lib/localized.ts';
import { askBackground } from '../../lib/messaging.ts';
import { siteOf } from '../../lib/page-config.ts';
import { describeArticleOutcome } from '../../lib/reading/describe-article-outcome.ts';
import type { Translate } from '../../lib/translate.ts';
import type { Notices } from './card-notices.ts';

export interface CardRequestsOptions {
  session: CardSession;
  notices: Notices;
  t: Translate;
  language(): UiLanguage;
  /** Whether focus is in the card now (the notice then takes it, as the card may close). */
  focusInCard(): boolean;
}

export function cardRequests({ session, notices, t, language, focusInCard }: CardRequestsOptions) {
  return {
    async sidePanel(): Promise<void> {
      const card = session.state.card;
      if (!card) return;
      let opened = false;
      try {
        opened = (await askBackground('sidepanel:open', { entity: card.entity }))?.opened === true;
      } catch {
        // No side panel here (a browser without one, or no handler): the background in place.
      }
      if (opened) session.close();
      else session.expand();
    },

    async addArticle(): Promise<void> {
      const focus = focusInCard();
      notices.show({ text: t('card_adding_article') }, focus);
      try {
        const outcome = await askBackground('article:add', {});
        const { headline, details } = describeArticleOutcome(outcome, t);
        notices.show({ text: headline, details, failed: !outcome.ok }, focus);
      } catch {
        notices.show({ text: t('yours_article_no_answer'), failed: true }, focus);
      }
    },

    switchOff(kind: CardSwitch['kind'], card: ShownCard): void {
      const name = entityName(card.details.entity, language());
      const s: CardSwitch =
        kind === 'site' ? { kind, entity: card.entity, name, site: siteOf(location.href) } : kind === 'entity' ? { kind, entity: card.entity, name } : { kind };
      const focus = focusInCard();
      void applySwitch(s, askBackground, t, (notice) => notices.show(notice, focus));
    },
  };
}
