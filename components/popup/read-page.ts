// What a tab's page holds, for the popup and the side panel: the tab's state (its site, whether
// marking is paused or off there) and its marks, or why there are none (a browser page, no
// content script, a browser without the Highlight API).
import { askBackground, askTab } from '../../lib/messaging.ts';
import type { PageRead } from '../../lib/sidepanel/panel-state.ts';
import type { TabState } from '../../lib/store/overview.ts';
import { pageKind } from './page-kind.ts';

/** How long to wait for a content script before saying there is none. */
const ANSWER_WITHIN_MS = 1500;

export async function readMarks(tabId: number): Promise<PageRead> {
  const timeout = new Promise<undefined>((resolve) => setTimeout(resolve, ANSWER_WITHIN_MS, undefined));
  const answer = await Promise.race([askTab(tabId, 'marks:summary', {}, 0).catch(() => undefined), timeout]);
  if (!answer) return { kind: 'no-answer' };
  return answer.supported ? { kind: 'marks', marks: answer.marks } : { kind: 'unsupported' };
}

export async function readPage(tabId: number, url?: string): Promise<{ tab: TabState; page: PageRead }> {
  const tab = await askBackground('tab:state', { tabId, url });
  const page: PageRead = pageKind(tab.url) === 'restricted' ? { kind: 'restricted' } : await readMarks(tabId);
  return { tab, page };
}
