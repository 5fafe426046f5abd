// "Your articles": what the reader added from pages, newest first, with search, remove and Undo.
import { askBackground } from '../../lib/messaging.ts';
import { t } from './i18n.ts';
import { ReaderListSection } from './ReaderListSection.tsx';
import { useReaderList } from './use-reader-list.ts';

export function YourArticlesPanel() {
  return (
    <ReaderListSection
      id="your-articles"
      heading={t('yours_articles_heading')}
      hint={t('yours_articles_hint')}
      none={t('yours_articles_none')}
      items={useReaderList('article:list')}
      keyOf={(a) => a.url}
      label={(a) => a.title}
      searchIn={(a) => [a.title, a.publisher, a.byline, a.url]}
      removedMessage={(label) => t('yours_removed_article', [label])}
      remove={async ({ url }) => {
        const article = await askBackground('article:remove', { url });
        return article && { label: article.title, undo: () => askBackground('article:restore', { article }) };
      }}
      show={(a) => (
        <>
          <a href={a.url} target="_blank" rel="noreferrer noopener">{a.title}</a>
          <span class="meta">
            {t('yours_article_line', [a.publisher ?? new URL(a.url).hostname, a.published ?? t('yours_undated'), a.added.slice(0, 10)])}
            {a.trimmed ? ` · ${t('yours_trimmed')}` : ''}
          </span>
        </>
      )}
    />
  );
}
