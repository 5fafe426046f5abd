// "On this page" in the side panel: the names on the attached tab's page with their counts. A
// name shows its background here; "Next" beside it scrolls the page to its next mention.
// "Add this article" adds the page's article to the reader's knowledge.
import type { MarkCount } from '../../lib/page/mark-counts.ts';
import type { PanelState } from '../../lib/sidepanel/panel-state.ts';
import type { Translate } from '../../lib/translate.ts';
import { pageNotice } from '../popup/page-notice.ts';

export interface OnThisPageProps {
  state: PanelState;
  marks: readonly MarkCount[];
  shown?: string;
  t: Translate;
  onNext(entity: string): void;
}

export function OnThisPage({ state, marks, shown, t, onNext }: OnThisPageProps) {
  const { tab, page } = state;
  const notice = state.tabId === undefined ? t('panel_no_tab') : !tab || !page ? t('options_loading') : pageNotice(tab, page, t);
  return (
    <section aria-labelledby="on-page-heading" class="on-page">
      <h2 id="on-page-heading">{t('popup_on_page_heading')}</h2>
      {tab?.site && <p class="site">{tab.site}</p>}
      {notice ? (
        <p role="status" data-testid="page-notice">{notice}</p>
      ) : (
        <ul class="page-names" data-testid="page-names">
          {marks.map((mark) => (
            <li key={mark.entity} data-entity={mark.entity}>
              <a href={`#entity=${encodeURIComponent(mark.entity)}`} aria-current={mark.entity === shown ? 'true' : undefined}>
                <span class="name">{mark.name}</span> <span class="count">{mark.count}</span>
                <span class="sr-only"> {t('popup_on_this_page')}</span>
              </a>
              <button type="button" class="next" onClick={() => onNext(mark.entity)} aria-label={t('panel_next_mention', [mark.name])}>
                {t('panel_next')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
