// "Your names": the names the reader added from a selection, with search, remove and Undo.
// Removing one unmarks it on every open page at once; Undo marks it again.
import { useState } from 'preact/hooks';
import { askBackground } from '../../lib/messaging.ts';
import { t } from './i18n.ts';
import { UndoNotice, type Removed } from './UndoNotice.tsx';
import { searchable, useReaderList } from './use-reader-list.ts';

export function YourNamesPanel() {
  const names = useReaderList('name:list');
  const [query, setQuery] = useState('');
  const [removed, setRemoved] = useState<Removed | undefined>();

  const remove = async (id: string) => {
    const name = await askBackground('name:remove', { id });
    if (name) setRemoved({ label: name.name, undo: () => askBackground('name:restore', { name }) });
  };
  const wanted = searchable(query);
  const shown = (names ?? []).filter((n) => searchable(n.name, ...n.aliases, n.description, n.from.title).includes(wanted));
  return (
    <section aria-labelledby="your-names-heading" class="panel" data-testid="your-names">
      <h3 id="your-names-heading">{t('yours_names_heading')}</h3>
      <p class="hint">{t('yours_names_hint')}</p>
      {removed && <UndoNotice key={removed.label} removed={removed} message={t('yours_removed_name', [removed.label])} />}
      {names && names.length === 0 && <p>{t('yours_names_none')}</p>}
      {names && names.length > 0 && (
        <>
          <label for="your-names-search">{t('yours_search_label')}</label>
          <input id="your-names-search" type="search" value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
          {shown.length === 0 && <p>{t('yours_no_matches', [query])}</p>}
          <ul class="reading-list">
            {shown.map((n) => (
              <li key={n.id}>
                <span class="what">
                  <a href={`#entity=${encodeURIComponent(n.id)}`}>{n.name}</a>
                  <span class="meta">{t('yours_name_line', [t(`card_kind_${n.kind}`), n.added.slice(0, 10)])}</span>
                  {n.from.sentence && <span class="meta">{t('yours_from_sentence', [n.from.sentence])}</span>}
                </span>
                <button type="button" aria-label={t('yours_remove_named', [n.name])} onClick={() => void remove(n.id)}>{t('yours_remove')}</button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
