// One name in full: what it is, whether it is marked (and if not, why), the switch that turns
// its marks on or off, the sites it is hidden on, the reader's note, the spellings it is found
// by, its relations in words and its timeline across every source (as in the side panel).
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { EntityDetails } from '../../lib/entity-details.ts';
import { entityDescription, entityName } from '../../lib/localized.ts';
import { askBackground } from '../../lib/messaging.ts';
import { buildTimeline } from '../../lib/sidepanel/timeline.ts';
import type { StoreOverview } from '../../lib/store/overview.ts';
import { RelationsInWords } from '../sidepanel/RelationsInWords.tsx';
import { Timeline } from '../sidepanel/Timeline.tsx';
import { kbLanguage, t } from './i18n.ts';
import { describeMarkingStatus, markingStatus } from './marking-status.ts';
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
  const names = useMemo(() => new Map(overview.entities.map((e) => [e.id, e])), [overview.entities]);
  const nameOf = useCallback((other: string, fallback: string) => {
    const entity = names.get(other);
    return entity ? entityName(entity, kbLanguage) : fallback;
  }, [names]);
  const timeline = useMemo(() => (details ? buildTimeline(details) : []), [details]);

  if (details === undefined) return <p>{t('options_loading')}</p>;
  if (details === null) return <p role="alert">{t('options_entity_missing', [id])}</p>;

  const { entity } = details;
  const name = entityName(entity, kbLanguage);
  const status = markingStatus({ id: entity.id, kind: entity.kind, marks: entity.marks }, overview.layer);
  const hiddenOn = overview.layer.dismissals.filter((d) => d.entity === entity.id);
  const description = entityDescription(entity, kbLanguage);
  return (
    <article class="entity-view" aria-labelledby="entity-name" data-entity={entity.id}>
      <h3 id="entity-name" tabIndex={-1} ref={heading}>{name}</h3>
      <p class="kind">{t(`card_kind_${entity.kind}`)}</p>
      {description && <p class="summary" lang={description.lang}>{description.text}</p>}
      <p class="status" data-testid="entity-status">{describeMarkingStatus(status, t)}</p>
      {entity.marks && (
        <label class="switch">
          <input
            type="checkbox"
            role="switch"
            checked={status.kind !== 'switched-off'}
            onChange={(e) => void askBackground('entity:set-enabled', { entity: entity.id, enabled: e.currentTarget.checked })}
          />
          {t('options_entity_switch', [name])}
        </label>
      )}
      {hiddenOn.length > 0 && (
        <div>
          <h4>{t('options_entity_hidden_on')}</h4>
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
      <NoteEditor key={entity.id} entity={entity.id} name={name} note={details.note} />
      <h4>{t('options_entity_aliases')}</h4>
      <ul class="aliases">
        {entity.aliases.map((alias, i) => (
          <li key={i} lang={alias.lang === 'und' ? undefined : alias.lang}>{alias.text}</li>
        ))}
      </ul>
      {(details.relations.length > 0 || (details.inferred?.length ?? 0) > 0) && (
        <>
          <h4>{t('panel_relations_heading')}</h4>
          <RelationsInWords details={details} language={kbLanguage} t={t} nameOf={nameOf} />
        </>
      )}
      <h4>{t('panel_timeline_heading')}</h4>
      {timeline.length ? (
        <Timeline entries={timeline} language={kbLanguage} t={t} descriptionSource={entity.descriptionSource} />
      ) : (
        <p class="hint">{t('panel_timeline_empty')}</p>
      )}
    </article>
  );
}
