// The entity list with a search over names and aliases. Each entry links to its deep link
// (#entity=ID), the same address the card's "open in the knowledge base" uses.
import { useMemo, useState } from 'preact/hooks';
import type { StoreOverview } from '../../lib/store/overview.ts';
import { searchEntities } from './entity-search.ts';
import { t } from './i18n.ts';

/** Entries listed at most: a KB of 100,000 names is searched, not scrolled (nor rendered whole). */
const MAX_LISTED = 200;

export function EntityBrowser(props: { overview: StoreOverview; selected?: string }) {
  const { entities, layer } = props.overview;
  const [query, setQuery] = useState('');
  const found = useMemo(() => searchEntities(entities, query), [entities, query]);
  const disabled = new Set(layer.disabledEntities);
  const noted = new Set(layer.notes.map((n) => n.entity));
  return (
    <nav aria-labelledby="entities-heading" class="entity-browser">
      <h2 id="entities-heading">{t('options_entities_heading')}</h2>
      <label for="entity-search">{t('options_entities_search')}</label>
      <input id="entity-search" type="search" value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
      <p class="hint" role="status">{t('options_entities_found', [found.length, entities.length])}</p>
      {found.length > MAX_LISTED && <p class="hint">{t('options_entities_more', [MAX_LISTED])}</p>}
      <ul>
        {found.slice(0, MAX_LISTED).map((entity) => (
          <li key={entity.id}>
            <a
              href={`#entity=${encodeURIComponent(entity.id)}`}
              aria-current={entity.id === props.selected ? 'page' : undefined}
              data-entity={entity.id}
            >
              {entity.name}
            </a>
            <span class="kind">{t(`card_kind_${entity.kind}`)}</span>
            {disabled.has(entity.id) && <span class="badge">{t('options_entity_off_badge')}</span>}
            {noted.has(entity.id) && <span class="badge">{t('options_entity_note_badge')}</span>}
          </li>
        ))}
      </ul>
    </nav>
  );
}
