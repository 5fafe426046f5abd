// "mention 2 of 7 on this page" with buttons to the previous and next mention of the entity.
import type { MentionPlace } from '../../lib/card/mark-steps.ts';
import type { Translate } from '../../lib/translate.ts';

export function mentionText(mention: MentionPlace, t: Translate): string {
  if (mention.total === 0) return t('card_notOnPage');
  if (mention.index === null) return t('card_mentionsOnPage', [String(mention.total)]);
  return t('card_mentionOf', [String(mention.index), String(mention.total)]);
}

export function MentionNav(props: { mention: MentionPlace; t: Translate; onStep(direction: 1 | -1): void }) {
  const { mention, t } = props;
  const canStep = mention.total > 1 || (mention.total === 1 && mention.index === null);
  return (
    <div class="mentions">
      <span>{mentionText(mention, t)}</span>
      {canStep && (
        <span class="steps">
          <button type="button" class="step" data-step="-1" aria-label={t('card_previousMention')} title={t('card_previousMention')} onClick={() => props.onStep(-1)}>
            <span aria-hidden="true">‹</span>
          </button>
          <button type="button" class="step" data-step="1" aria-label={t('card_nextMention')} title={t('card_nextMention')} onClick={() => props.onStep(1)}>
            <span aria-hidden="true">›</span>
          </button>
        </span>
      )}
    </div>
  );
}
