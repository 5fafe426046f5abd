// One of the reader's lists on the options page ("Your articles", "Your names"): a heading, a
// hint, a search that forgives case and accents, each item with a labelled Remove, and the
// notice with Undo after a remove. The two panels say only what their items are and show.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { t } from './i18n.ts';
import { UndoNotice, type Removed } from './UndoNotice.tsx';
import { searchable } from './use-reader-list.ts';

export interface ReaderListProps<T> {
  /** The section's id and test id ("your-articles"); the heading and search take ids from it. */
  id: string;
  heading: string;
  hint: string;
  none: string;
  /** Undefined while the list loads. */
  items: readonly T[] | undefined;
  keyOf(item: T): string;
  /** The item as a reader names it, in the Remove button's label. */
  label(item: T): string;
  /** The texts a search looks in. */
  searchIn(item: T): (string | undefined)[];
  /** What the item shows (inside `span.what`). */
  show(item: T): ComponentChildren;
  /** Removes it; what Undo needs, or undefined where nothing was removed. */
  remove(item: T): Promise<Removed | null | undefined>;
  removedMessage(label: string): string;
}

export function ReaderListSection<T>(props: ReaderListProps<T>) {
  const { id, items } = props;
  const [query, setQuery] = useState('');
  const [removed, setRemoved] = useState<Removed | undefined>();
  const wanted = searchable(query);
  const shown = (items ?? []).filter((item) => searchable(...props.searchIn(item)).includes(wanted));
  const remove = async (item: T) => setRemoved((await props.remove(item)) ?? removed);
  return (
    <section aria-labelledby={`${id}-heading`} class="panel" data-testid={id}>
      <h3 id={`${id}-heading`}>{props.heading}</h3>
      <p class="hint">{props.hint}</p>
      {removed && <UndoNotice key={removed.label} removed={removed} message={props.removedMessage(removed.label)} />}
      {items && items.length === 0 && <p>{props.none}</p>}
      {items && items.length > 0 && (
        <>
          <label for={`${id}-search`}>{t('yours_search_label')}</label>
          <input id={`${id}-search`} type="search" value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
          {shown.length === 0 && <p>{t('yours_no_matches', [query])}</p>}
          <ul class="reading-list">
            {shown.map((item) => (
              <li key={props.keyOf(item)}>
                <span class="what">{props.show(item)}</span>
                <button type="button" aria-label={t('yours_remove_named', [props.label(item)])} onClick={() => void remove(item)}>{t('yours_remove')}</button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
