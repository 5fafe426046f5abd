// "Your articles": what the reader added from pages, newest first, with search, remove and Undo.
import { useState } from 'preact/hooks';
import { askBackground } from '../../lib/messaging.ts';
import { t } from './i18n.ts';
import { UndoNotice, type Removed } from './UndoNotice.tsx';
import { searchable, useReaderList } from './use-reader-list.ts';

export function YourArticlesPanel() {
  const articles = useReaderList('article:list');
  const [query, setQuery] = useState('');
  const [removed, setRemoved] = useState<Removed | undefined>();

  const remove = async (url: string) => {
    const article = await askBackground('article:remove', { url });
    if (article) setRemoved({ label: article.title, undo: () => askBackground('article:restore', { article }) });
  };
  const wanted = searchable(query);
  const shown = (articles ?? []).filter((a) => searchable(a.title, a.publisher, a.byline, a.url).includes(wanted));
  return (
    <section aria-labelledby="your-articles-heading" class="panel" data-testid="your-articles">
      <h3 id="your-articles-heading">{t('yours_articles_heading')}</h3>
      <p class="hint">{t('yours_articles_hint')}</p>
      {removed && <UndoNotice key={removed.label} removed={removed} message={t('yours_removed_article', [removed.label])} />}
      {articles && articles.length === 0 && <p>{t('yours_articles_none')}</p>}
      {articles && articles.length > 0 && (
        <>
          <label for="your-articles-search">{t('yours_search_label')}</label>
          <input id="your-articles-search" type="search" value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
          {shown.length === 0 && <p>{t('yours_no_matches', [query])}</p>}
          <ul class="reading-list">
            {shown.map((a) => (
              <li key={a.url}>
                <span class="what">
                  <a href={a.url} target="_blank" rel="noreferrer noopener">{a.title}</a>
                  <span class="meta">
                    {t('yours_article_line', [a.publisher ?? new URL(a.url).hostname, a.published ?? t('yours_undated'), a.added.slice(0, 10)])}
                    {a.trimmed ? ` · ${t('yours_trimmed')}` : ''}
                  </span>
                </span>
                <button type="button" aria-label={t('yours_remove_named', [a.title])} onClick={() => void remove(a.url)}>{t('yours_remove')}</button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
