// The card: a labelled, non-modal dialog about one entity. Collapsed it is the hover card
// (summary, one quote, source, related names, mentions, note); expanded it adds the background.
import type { Context } from '../../lib/kb-schema.ts';
import type { EntityDetails } from '../../lib/entity-details.ts';
import type { CardLanguage } from '../../lib/card/card-language.ts';
import { entityDescription, entityName } from '../../lib/localized.ts';
import { BackgroundView } from './BackgroundView.tsx';
import type { MentionPlace } from '../../lib/card/mark-steps.ts';
import { MentionNav } from './MentionNav.tsx';
import { QuoteText } from './QuoteText.tsx';
import { RelatedLinks } from './RelatedLinks.tsx';
import { SourceLine } from './SourceLine.tsx';
import type { Translate } from '../../lib/translate.ts';

export interface CardProps {
  details: EntityDetails;
  language: CardLanguage;
  t: Translate;
  /** The sentence the collapsed card quotes. */
  quote?: Context;
  /** A model of this entity's line that the KB has no entry for ("Ascend 920"): the card is
   * headed with its name and says whose line it is; the rest is the line's. */
  model?: string;
  mention: MentionPlace;
  expanded: boolean;
  optionsUrl: string;
  onBackground(): void;
  onClose(): void;
  onStep(direction: 1 | -1): void;
  onSwitch(entityId: string): void;
  onOpenOptions(): void;
}

export function kindLabel(kind: string, t: Translate): string {
  return t(`card_kind_${kind}`) || kind;
}

export function Card(props: CardProps) {
  const { details, language, t, quote, expanded, model } = props;
  const { entity } = details;
  // Without a quote, the line under the description says where the description is from.
  const sourceId = quote ? quote.source : entity.descriptionSource;
  const source = sourceId === undefined ? undefined : details.sources.find((s) => s.id === sourceId);
  return (
    <section
      class="card"
      role="dialog"
      aria-labelledby="kb-card-name"
      aria-describedby="kb-card-summary"
      data-entity={entity.id}
      data-expanded={expanded ? 'true' : 'false'}
      tabIndex={-1}
    >
      <header>
        <h2 id="kb-card-name">{model ?? entityName(entity, language)}</h2>
        <span class="kind">{kindLabel(entity.kind, t)}</span>
        <button type="button" class="close" aria-label={t('card_close')} title={t('card_close')} onClick={props.onClose}>
          <span aria-hidden="true">×</span>
        </button>
      </header>
      {model && <p class="model-of">{t('card_modelOf', [entityName(entity, language)])}</p>}
      <p id="kb-card-summary" class="summary">{entityDescription(entity, language)?.text}</p>
      {!expanded && quote && (
        <blockquote class="quote"><QuoteText context={quote} /></blockquote>
      )}
      {!expanded && <SourceLine source={source} kb={details.kb} language={language} t={t} />}
      {details.note.trim() && (
        <div class="note">
          <span class="label">{t('card_yourNote')}</span>
          <p>{details.note}</p>
        </div>
      )}
      {expanded && <BackgroundView details={details} language={language} t={t} optionsUrl={props.optionsUrl} onSwitch={props.onSwitch} onOpenOptions={props.onOpenOptions} />}
      <RelatedLinks relations={details.relations} t={t} onSwitch={props.onSwitch} />
      <footer>
        <MentionNav mention={props.mention} t={t} onStep={props.onStep} />
        {!expanded && (
          <button type="button" class="primary" data-action="background" onClick={props.onBackground}>
            {t('card_background')}
          </button>
        )}
      </footer>
    </section>
  );
}
