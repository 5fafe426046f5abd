// The pinned card's full background: every context from the article grouped by section,
// every relation in words, where it all came from, and a way to the entity in the options.
import type { EntityDetails } from '../../lib/entity-details.ts';
import type { CardLanguage } from '../../lib/card/card-language.ts';
import { groupBySection } from '../../lib/card/group-contexts.ts';
import { kbTitle } from '../../lib/localized.ts';
import { relationParts } from '../../lib/card/relation-phrases.ts';
import { formatDate } from './format-date.ts';
import { QuoteText } from './QuoteText.tsx';
import { SourceTitle } from './SourceLine.tsx';
import type { Translate } from '../../lib/translate.ts';

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
  const self = { id: details.entity.id, name: details.entity.name };
  const groups = groupBySection(details.contexts);
  return (
    <div class="background">
      {groups.length > 0 && (
        <section aria-labelledby="kb-card-contexts">
          <h3 id="kb-card-contexts">{t('card_inTheArticle')}</h3>
          {groups.map((group, i) => (
            <div class="section" key={i}>
              {group.section && <h4>{group.section}</h4>}
              {group.contexts.map((context, j) => (
                <blockquote key={j}><QuoteText context={context} /></blockquote>
              ))}
            </div>
          ))}
        </section>
      )}
      {details.relations.length > 0 && (
        <section aria-labelledby="kb-card-relations">
          <h3 id="kb-card-relations">{t('card_relations')}</h3>
          <ul class="relations">
            {details.relations.map((relation, i) => (
              <li key={i}>
                {relationParts(relation, self, language).map((part, j) =>
                  part.entity && part.entity !== self.id ? (
                    <button type="button" class="link" key={j} onClick={() => onSwitch(part.entity!)}>{part.text}</button>
                  ) : (
                    <span key={j}>{part.text}</span>
                  ),
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="kb-card-sources">
        <h3 id="kb-card-sources">{t('card_sources')}</h3>
        <ul class="sources">
          {details.sources.map((source) => (
            <li key={source.id}>
              <SourceTitle source={source} />
              {source.publisher && <> · {source.publisher}</>}
              {source.cites && <> · {t('card_citing', [source.cites])}</>}
              {source.date && <> · {formatDate(source.date, language)}</>}
            </li>
          ))}
          <li>
            {kbTitle(details.kb, language) && <>{kbTitle(details.kb, language)} · </>}
            {t('card_kbReleased', [String(details.kb.version), formatDate(details.kb.released, language)])}
          </li>
        </ul>
      </section>
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
