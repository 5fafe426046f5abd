// The names in the knowledge base, with a forgiving search (typos, any spelling or language).
// Each entry links to its deep link (#entity=ID, the address the card's link uses), says its
// kind, whether it is marked on pages and if not why, and by which other name a search found it.
import { useMemo, useState } from 'preact/hooks';
import { entityName } from '../../lib/localized.ts';
import type { StoreOverview } from '../../lib/store/overview.ts';
import { findEntities } from './entity-search.ts';
import { kbLanguage, t } from './i18n.ts';
import { describeMarkingStatus, markingStatus } from './marking-status.ts';

/** Entries listed at most: a KB of 100,000 names is searched, not scrolled (nor rendered whole). */
const MAX_LISTED = 200;

export function EntityBrowser(props: { overview: StoreOverview; selected?: string }) {
  const { entities, layer, settings } = props.overview;
  const [query, setQuery] = useState('');
  const found = useMemo(() => findEntities(entities, query, kbLanguage), [entities, query]);
  const noted = new Set(layer.notes.filter((n) => n.text.trim()).map((n) => n.entity));
  return (
    <nav aria-labelledby="entities-heading" class="entity-browser">
      <h3 id="entities-heading">{t('options_entities_heading')}</h3>
      <label for="entity-search">{t('options_entities_search')}</label>
      <input id="entity-search" type="search" value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
      <p class="hint" role="status">{t('options_entities_found', [found.length, entities.length])}</p>
      {settings.paused && <p class="hint">{t('options_paused_everywhere')}</p>}
      {found.length > MAX_LISTED && <p class="hint">{t('options_entities_more', [MAX_LISTED])}</p>}
      <ul>
        {found.slice(0, MAX_LISTED).map(({ entity, via }) => {
          const status = markingStatus(entity, layer);
          return (
            <li key={entity.id} data-entity={entity.id}>
              <a href={`#entity=${encodeURIComponent(entity.id)}`} aria-current={entity.id === props.selected ? 'page' : undefined}>
                {entityName(entity, kbLanguage)}
              </a>
              {via !== undefined && <span class="via">{t('options_found_via', [via])}</span>}
              <span class="kind">{t(`card_kind_${entity.kind}`)}</span>
              {noted.has(entity.id) && <span class="badge">{t('options_entity_note_badge')}</span>}
              <span class={status.kind === 'marked' ? 'status' : 'status off'} data-testid="marking-status">{describeMarkingStatus(status, t)}</span>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
