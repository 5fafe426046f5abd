// The chosen name's full background in the side panel: what it is, what is new since the reader
// last opened it, its part in the KB's story, the reader's note (edited in place), its relations
// as a map and in words, and its timeline across every source.
import { useEffect, useMemo, useRef } from 'preact/hooks';
import type { EntityDetails } from '../../lib/entity-details.ts';
import { entityDescription, entityName, pickLocalized, type UiLanguage } from '../../lib/localized.ts';
import type { NewSince } from '../../lib/reading/provenance.ts';
import { layoutRelationMap } from '../../lib/sidepanel/relation-map.ts';
import { mapNeighbours } from '../../lib/sidepanel/relation-neighbours.ts';
import { buildTimeline, newEntries } from '../../lib/sidepanel/timeline.ts';
import type { Translate } from '../../lib/translate.ts';
import { formatDateTime } from '../options/format.ts';
import { NoteEditor } from '../options/NoteEditor.tsx';
import { RelationMap } from './RelationMap.tsx';
import { RelationsInWords } from './RelationsInWords.tsx';
import { Timeline } from './Timeline.tsx';

export interface NameBackgroundProps {
  details: EntityDetails;
  /** What was new when the panel first showed this name. */
  fresh: NewSince | null;
  language: UiLanguage;
  t: Translate;
  nameOf(id: string, fallback: string): string;
  /** Move focus to the name's heading once shown (after the reader chose it in the panel). */
  focus: boolean;
  optionsUrl: string;
}

function Localized({ text, language, t }: { text: { text: string; lang: UiLanguage } | undefined; language: UiLanguage; t: Translate }) {
  if (!text) return null;
  return (
    <>
      <span lang={text.lang}>{text.text}</span>
      {text.lang !== language && <span class="in-language"> ({t(`panel_in_${text.lang}`)})</span>}
    </>
  );
}

export function NameBackground({ details, fresh, language, t, nameOf, focus, optionsUrl }: NameBackgroundProps) {
  const { entity } = details;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus) heading.current?.focus();
  }, [entity.id, focus]);
  const name = entityName(entity, language);
  const timeline = useMemo(() => buildTimeline(details, fresh?.sources ?? []), [details, fresh]);
  const map = useMemo(() => layoutRelationMap(mapNeighbours(details, { t, language, nameOf })), [details, language, nameOf]);
  const news = newEntries(timeline);
  const since = fresh?.lastOpened ?? details.newSince?.lastOpened;
  const left = map.left.curated + map.left.inferred;
  const story = pickLocalized(entity.story, language);
  return (
    <article class="name-background" aria-labelledby="name-heading" data-entity={entity.id}>
      <h2 id="name-heading" tabIndex={-1} ref={heading}>{name}</h2>
      <p class="kind">{t(`card_kind_${entity.kind}`)}</p>
      <p class="description"><Localized text={entityDescription(entity, language)} language={language} t={t} /></p>
      {news > 0 && since && (
        <p class="news" role="status" data-testid="new-since">{t('panel_new_since', [formatDateTime(since, language), news])}</p>
      )}
      {story && (
        <section aria-labelledby="story-heading">
          <h3 id="story-heading">{t('panel_story_heading')}</h3>
          <p><Localized text={story} language={language} t={t} /></p>
        </section>
      )}
      <section aria-labelledby="note-heading" class="note">
        <h3 id="note-heading">{t('panel_note_heading')}</h3>
        <NoteEditor key={entity.id} entity={entity.id} name={name} note={details.note} />
      </section>
      <section aria-labelledby="relations-heading">
        <h3 id="relations-heading">{t('panel_relations_heading')}</h3>
        {map.nodes.length ? (
          <>
            <RelationMap
              layout={map}
              label={t('panel_map_label', [name])}
              caption={t('panel_map_together_caption')}
              moreText={left ? t('panel_map_more', [left]) : undefined}
            />
            <details class="in-words">
              <summary>{t('panel_relations_in_words')}</summary>
              <RelationsInWords details={details} language={language} t={t} nameOf={nameOf} />
            </details>
          </>
        ) : (
          <p class="hint">{t('panel_no_relations')}</p>
        )}
      </section>
      <section aria-labelledby="timeline-heading">
        <h3 id="timeline-heading">{t('panel_timeline_heading')}</h3>
        {timeline.length ? (
          <>
            <p class="hint">{t('panel_timeline_summary', [timeline.length])}</p>
            <Timeline entries={timeline} language={language} t={t} descriptionSource={entity.descriptionSource} />
          </>
        ) : (
          <p class="hint">{t('panel_timeline_empty')}</p>
        )}
      </section>
      <p class="more">
        <a href={optionsUrl} target="_blank" rel="noopener">{t('panel_open_options', [name])}</a>
      </p>
    </article>
  );
}
