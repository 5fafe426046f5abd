// The card: a labelled, non-modal dialog about one entity. As a hover card it answers, compactly
// and in this order: the name and its kind; what it is (timeless, in the reader's language);
// "In the news": one sentence with its source on one line; the related names; which mention of
// the page this is. "Background" shows the background in place under the fixed header; "More"
// holds the side panel, adding the article, why the mark is there and the switches.
import { useState } from 'preact/hooks';
import type { Context } from '../../lib/kb-schema.ts';
import type { EntityDetails } from '../../lib/entity-details.ts';
import type { CardLanguage } from '../../lib/card/card-language.ts';
import { kindLabel } from '../../lib/card/card-words.ts';
import { otherLanguageName, primaryLanguage } from '../../lib/card/language-name.ts';
import type { MentionPlace } from '../../lib/card/mark-steps.ts';
import { sourceLineParts } from '../../lib/card/source-line.ts';
import type { WhyMarked } from '../../lib/card/why-marked.ts';
import { entityDescription, entityName } from '../../lib/localized.ts';
import type { Translate } from '../../lib/translate.ts';
import { BackgroundView } from './BackgroundView.tsx';
import { MentionNav } from './MentionNav.tsx';
import { MoreActions, type SwitchKind } from './MoreActions.tsx';
import { QuoteText } from './QuoteText.tsx';
import { RelatedLinks } from './RelatedLinks.tsx';
import { SourceLine } from './SourceLine.tsx';

export interface CardProps {
  details: EntityDetails;
  language: CardLanguage;
  t: Translate;
  /** The sentence the hover card quotes under "In the news". */
  quote?: Context;
  /** A model of this entity's line that the KB has no entry for ("Ascend 920"): the card is
   * headed with its name and says whose line it is; the rest is the line's. */
  model?: string;
  mention: MentionPlace;
  expanded: boolean;
  optionsUrl: string;
  /** Why the mark is there, worked out when asked; only while the card shows the mark's entity. */
  why?: () => WhyMarked | undefined;
  onBackground(): void;
  onClose(): void;
  onStep(direction: 1 | -1): void;
  onSwitch(entityId: string): void;
  onOpenOptions(): void;
  onSidePanel(): void;
  onAddArticle(): void;
  onSwitchOff(kind: SwitchKind): void;
}

export function Card(props: CardProps) {
  const { details, language, t, quote, expanded, model } = props;
  const { entity } = details;
  const [more, setMore] = useState(false);
  const name = entityName(entity, language);
  const description = entityDescription(entity, language);
  const descriptionIn = description && otherLanguageName(description.lang, language);
  const sourceOf = (id: string | undefined) => (id === undefined ? undefined : details.sources.find((s) => s.id === id));
  const source = sourceOf(quote?.source);
  // Where the description is taken from (a glossary row's address): said under it when no quote does.
  const descriptionSource = sourceOf(entity.descriptionSource);
  const quoteLanguage = primaryLanguage(source?.language);
  const quoteIn = quote && otherLanguageName(quoteLanguage, language);
  return (
    <section
      class="card"
      role="dialog"
      lang={language}
      aria-labelledby="kb-card-name"
      aria-describedby={description ? 'kb-card-summary' : undefined}
      data-entity={entity.id}
      data-expanded={expanded ? 'true' : 'false'}
      tabIndex={-1}
    >
      <header>
        <h2 id="kb-card-name">{model ?? name}</h2>
        <span class="kind">{kindLabel(entity.kind, t)}</span>
        <button type="button" class="close" aria-label={t('card_close')} title={t('card_close')} onClick={props.onClose}>
          <span aria-hidden="true">×</span>
        </button>
      </header>
      <div class="body">
        {model && <p class="model-of">{t('card_modelOf', [name])}</p>}
        {description && (
          <p id="kb-card-summary" class="summary">
            <span lang={description.lang}>{description.text}</span>
            {descriptionIn && <span class="lang-note"> ({t('card_in_language', [descriptionIn])})</span>}
          </p>
        )}
        {!expanded && quote && (
          <section class="news" aria-labelledby="kb-card-news">
            <h3 id="kb-card-news" class="label">
              {t('card_in_the_news')}
              {quoteIn && <span class="lang-note"> · {t('card_in_language', [quoteIn])}</span>}
            </h3>
            <blockquote class="quote" lang={quoteLanguage}><QuoteText context={quote} /></blockquote>
            <SourceLine parts={sourceLineParts(source, quote)} language={language} t={t} />
          </section>
        )}
        {(expanded || !quote) && descriptionSource && <SourceLine parts={sourceLineParts(descriptionSource)} language={language} t={t} />}
        {details.note.trim() && (
          <div class="note">
            <span class="label">{t('card_yourNote')}</span>
            <p>{details.note}</p>
          </div>
        )}
        {expanded && <BackgroundView details={details} language={language} t={t} optionsUrl={props.optionsUrl} onSwitch={props.onSwitch} onOpenOptions={props.onOpenOptions} />}
        {!expanded && <RelatedLinks relations={details.relations} language={language} t={t} onSwitch={props.onSwitch} />}
      </div>
      {more && (
        <MoreActions
          entityName={name}
          t={t}
          why={props.why}
          onSidePanel={props.onSidePanel}
          onAddArticle={props.onAddArticle}
          onSwitchOff={props.onSwitchOff}
        />
      )}
      <footer>
        <MentionNav mention={props.mention} t={t} onStep={props.onStep} />
        <span class="buttons">
          {!expanded && (
            <button type="button" class="primary" data-action="background" onClick={props.onBackground}>
              {t('card_background')}
            </button>
          )}
          <button type="button" data-action="more" aria-expanded={more ? 'true' : 'false'} aria-controls={more ? 'kb-card-more' : undefined} onClick={() => setMore(!more)}>
            {t('card_more')}
          </button>
        </span>
      </footer>
    </section>
  );
}
