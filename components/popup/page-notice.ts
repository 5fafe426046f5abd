// Why a page shows no list of names, in words (the popup and the side panel): a browser page, no
// content script, no Highlight API, paused, off on this site, or simply none of the names.
import type { PageRead } from '../../lib/sidepanel/panel-state.ts';
import type { TabState } from '../../lib/store/overview.ts';
import type { Translate } from '../../lib/translate.ts';

export function pageNotice(tab: TabState, page: PageRead, t: Translate): string | undefined {
  if (page.kind === 'restricted') return t('popup_restricted');
  if (page.kind === 'no-answer') return t('popup_no_content_script');
  if (page.kind === 'unsupported') return t('popup_no_highlight_api');
  if (tab.paused) return t('popup_paused_notice');
  if (tab.siteOff) return t('popup_site_off_notice', [tab.site]);
  if (!page.marks.length) return t('popup_no_marks');
  return undefined;
}
