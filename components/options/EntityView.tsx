// One entity in full: names, summary, the quoted contexts, relations and sources, the switch
// that turns its marks on or off, the sites it is hidden on, and the reader's note.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { groupBySection } from '../../lib/card/group-contexts.ts';
import { relationSentence } from '../../lib/card/relation-phrases.ts';
import type { EntityDetails } from '../../lib/entity-details.ts';
import { askBackground } from '../../lib/messaging.ts';
import type { StoreOverview } from '../../lib/store/overview.ts';
import { entityDescription, entityName } from '../../lib/localized.ts';
import { QuoteText } from '../card/QuoteText.tsx';
import { SourceTitle } from '../card/SourceLine.tsx';
import { t, kbLanguage } from './i18n.ts';
import { NoteEditor } from './NoteEditor.tsx';
import { usePageEvent } from './page-events.ts';

export function EntityView(props: { id: string; overview: StoreOverview; focus: boolean }) {
  const { id, overview } = props;
  const [details, setDetails] = useState<EntityDetails | null | undefined>();
  const heading = useRef<HTMLHeadingElement>(null);
  const load = useCallback(() => {
    askBackground('entity:details', { id }).then(setDetails, () => setDetails(null));
  }, [id]);
  useEffect(load, [load]);
  usePageEvent('store:changed', load);
  useEffect(() => {
    if (details && props.focus) heading.current?.focus();
  }, [details?.entity.id]);

  if (details === undefined) return <p>{t('options_loading')}</p>;
  if (details === null) return <p role="alert">{t('options_entity_missing', [id])}</p>;

  const { entity } = details;
  const enabled = !overview.layer.disabledEntities.includes(entity.id);
  const hiddenOn = overview.layer.dismissals.filter((d) => d.entity === entity.id);
  const self = { id: entity.id, name: entity.name };
  return (
    <article class="entity-view" aria-labelledby="entity-name" data-entity={entity.id}>
      <h2 id="entity-name" tabIndex={-1} ref={heading}>{entityName(entity, kbLanguage)}</h2>
      <p class="kind">{t(`card_kind_${entity.kind}`)}</p>
      <p class="summary">{entityDescription(entity, kbLanguage)?.text}</p>
      {entity.marks ? (
        <label class="switch">
          <input
            type="checkbox"
            role="switch"
            checked={enabled}
            onChange={(e) => void askBackground('entity:set-enabled', { entity: entity.id, enabled: e.currentTarget.checked })}
          />
          {t('options_entity_switch', [entity.name])}
        </label>
      ) : (
        <p class="hint">{t('options_entity_not_marked')}</p>
      )}
      {hiddenOn.length > 0 && (
        <div>
          <h3>{t('options_entity_hidden_on')}</h3>
          <ul>
            {hiddenOn.map((d) => (
              <li key={d.site}>
                {d.site}{' '}
                <button type="button" onClick={() => void askBackground('dismissal:set', { ...d, dismissed: false })}>
                  {t('options_mark_there_again')}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <NoteEditor key={entity.id} entity={entity.id} name={entity.name} note={details.note} />
      <h3>{t('options_entity_aliases')}</h3>
      <ul class="aliases">
        {entity.aliases.map((alias, i) => (
          <li key={i} lang={alias.lang === 'und' ? undefined : alias.lang}>{alias.text}</li>
        ))}
      </ul>
      {details.contexts.length > 0 && <h3>{t('card_inTheArticle')}</h3>}
      {groupBySection(details.contexts).map((group, i) => (
        <section key={i} class="context-group">
          {group.section && <h4>{group.section}</h4>}
          {group.contexts.map((context, j) => (
            <blockquote key={j}><QuoteText context={context} /></blockquote>
          ))}
        </section>
      ))}
      {details.relations.length > 0 && (
        <>
          <h3>{t('card_relations')}</h3>
          <ul>
            {details.relations.map((relation, i) => (
              <li key={i}>
                {relationSentence(relation, self, kbLanguage)}{' '}
                <a href={`#entity=${encodeURIComponent(relation.other.id)}`}>{t('options_open_entity', [relation.other.name])}</a>
              </li>
            ))}
          </ul>
        </>
      )}
      {details.sources.length > 0 && (
        <>
          <h3>{t('card_sources')}</h3>
          <ul>
            {details.sources.map((source) => (
              <li key={source.id}><SourceTitle source={source} />{source.publisher ? ` · ${source.publisher}` : ''}</li>
            ))}
          </ul>
        </>
      )}
    </article>
  );
}
