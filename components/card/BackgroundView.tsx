// The background in place, where there is no side panel (or the reader asked for it here):
// compact, under the card's fixed header. How the name figures in the KB's story, what the news
// says about it, source by source (newest first, each sentence once), how it relates to the
// other names (once, in words, each name a button), and the way to it on the options page.
import type { EntityDetails } from '../../lib/entity-details.ts';
import type { CardLanguage } from '../../lib/card/card-language.ts';
import { groupBySource } from '../../lib/card/group-contexts.ts';
import { otherLanguageName, primaryLanguage } from '../../lib/card/language-name.ts';
import { relationParts } from '../../lib/card/relation-phrases.ts';
import { sourceLineParts } from '../../lib/card/source-line.ts';
import { kbTitle, pickLocalized } from '../../lib/localized.ts';
import type { Translate } from '../../lib/translate.ts';
import { QuoteText } from './QuoteText.tsx';
import { SourceLine } from './SourceLine.tsx';

/** Sentences per source here; the side panel has them all. */
const PER_SOURCE = 4;

export interface BackgroundViewProps {
  details: EntityDetails;
  language: CardLanguage;
  t: Translate;
  optionsUrl: string;
  onSwitch(id: string): void;
  /** Opens the options page at this entity (pages may not follow a link to an extension page). */
  onOpenOptions(): void;
}

export function BackgroundView({ details, language, t, optionsUrl, onSwitch, onOpenOptions }: BackgroundViewProps) {
  const { entity } = details;
  const self = { id: entity.id, name: entity.name, names: entity.names };
  const story = pickLocalized(entity.story, language);
  const title = kbTitle(details.kb, language);
  const groups = groupBySource(details.contexts, details.sources, PER_SOURCE);
  const fresh = new Set(details.newSince?.sources ?? []);
  return (
    <div class="background">
      {story && (
        <section aria-labelledby="kb-card-story">
          <h3 id="kb-card-story">{title ? t('card_story_in', [title]) : t('card_story')}</h3>
          <p lang={story.lang}>
            {story.text}
            {story.lang !== language && <span class="lang-note"> ({t('card_in_language', [otherLanguageName(story.lang, language) ?? story.lang])})</span>}
          </p>
        </section>
      )}
      {groups.length > 0 && (
        <section aria-labelledby="kb-card-news-all">
          <h3 id="kb-card-news-all">{t('card_in_the_news')}</h3>
          {groups.map((group) => {
            const lang = primaryLanguage(group.source?.language);
            const other = otherLanguageName(lang, language);
            return (
              <div class="news-source" key={group.sourceId}>
                <SourceLine
                  parts={sourceLineParts(group.source)}
                  language={language}
                  t={t}
                  extra={[
                    other && <span class="lang-note">{t('card_in_language', [other])}</span>,
                    fresh.has(group.sourceId) && <strong class="new">{t('card_new_since')}</strong>,
                  ].filter(Boolean)}
                />
                {group.contexts.map((context, i) => (
                  <blockquote key={i} lang={lang}><QuoteText context={context} /></blockquote>
                ))}
              </div>
            );
          })}
        </section>
      )}
      {(details.relations.length > 0 || (details.inferred?.length ?? 0) > 0) && (
        <section aria-labelledby="kb-card-relations">
          <h3 id="kb-card-relations">{t('card_relations')}</h3>
          <ul class="relations">
            {details.relations.map((relation, i) => (
              <li key={i}>
                {relationParts(relation, self, language).map((part, j) =>
                  part.entity && part.entity !== self.id ? (
                    <button type="button" class="link" key={j} data-switch={part.entity} onClick={() => onSwitch(part.entity!)}>{part.text}</button>
                  ) : (
                    <span key={j}>{part.text}</span>
                  ),
                )}
              </li>
            ))}
            {details.inferred?.map((inferred) => (
              <li key={`inferred-${inferred.other.id}`}>
                <button type="button" class="link" data-switch={inferred.other.id} onClick={() => onSwitch(inferred.other.id)}>{inferred.other.name}</button>
                {': '}{t('card_mentioned_together', [String(inferred.articles)])}
              </li>
            ))}
          </ul>
        </section>
      )}
      <p class="options-link">
        <a
          href={optionsUrl}
          target="_blank"
          rel="noopener"
          onClick={(event) => {
            event.preventDefault();
            if (event.isTrusted) onOpenOptions(); // not for a page script's synthetic clicks
          }}
        >
          {t('card_openInOptions')}
        </a>
      </p>
    </div>
  );
}
