// The popup for the current tab: the marks on the page by entity, 'Mark on this site',
// 'Pause everywhere', and the way to the options page. Pages the extension cannot mark
// say so, and why.
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { MarkCount } from '../../lib/page/mark-counts.ts';
import { askBackground, askTab } from '../../lib/messaging.ts';
import type { TabState } from '../../lib/store/overview.ts';
import { t } from '../options/i18n.ts';
import { nextPageEvent } from '../options/page-events.ts';
import { AddArticleButton } from './AddArticleButton.tsx';
import { AddNameFromSelection } from './AddNameFromSelection.tsx';
import { MarksList } from './MarksList.tsx';
import { pageKind } from './page-kind.ts';
import { popupTarget, type PopupTarget } from './popup-target.ts';

/** How long to wait for a content script before saying there is none. */
const ANSWER_WITHIN_MS = 1500;
/** How long to wait for the tab to re-mark after a switch before reading its marks anyway. */
const REMARK_WITHIN_MS = 3000;

type Marks = { kind: 'no-answer' } | { kind: 'unsupported' } | { kind: 'marks'; marks: MarkCount[] };

async function readMarks(tabId: number): Promise<Marks> {
  const timeout = new Promise<undefined>((resolve) => setTimeout(resolve, ANSWER_WITHIN_MS, undefined));
  const answer = await Promise.race([askTab(tabId, 'marks:summary', {}, 0).catch(() => undefined), timeout]);
  if (!answer) return { kind: 'no-answer' };
  return answer.supported ? { kind: 'marks', marks: answer.marks } : { kind: 'unsupported' };
}

export function PopupApp() {
  const [target, setTarget] = useState<PopupTarget | null | undefined>();
  const [tab, setTab] = useState<TabState | undefined>();
  const [marks, setMarks] = useState<Marks | undefined>();

  const load = async (current: PopupTarget) => {
    const state = await askBackground('tab:state', { tabId: current.tabId, url: current.url });
    setTab(state);
    setMarks(pageKind(state.url) === 'restricted' ? { kind: 'no-answer' } : await readMarks(current.tabId));
  };
  useEffect(() => {
    popupTarget().then((found) => {
      setTarget(found ?? null);
      if (found) void load(found);
    });
  }, []);

  if (target === null) return <Shell><p role="status">{t('popup_no_tab')}</p></Shell>;
  if (!target || !tab || !marks) return <Shell><p>{t('options_loading')}</p></Shell>;

  const kind = pageKind(tab.url);
  const change = async (request: () => Promise<unknown>) => {
    // The answer comes once the store has changed; the tab says when it has re-marked.
    const remarked = nextPageEvent('tabs:remarking', (e) => e.tabId === target.tabId || e.left === 0, REMARK_WITHIN_MS);
    await request();
    await remarked;
    await load(target);
  };
  const reveal = async (entity: string) => {
    await askTab(target.tabId, 'marks:reveal', { entity }, 0).catch(() => false);
    if (!target.viaHook) window.close();
  };

  let body;
  if (kind === 'restricted') body = <p role="status" data-testid="popup-notice">{t('popup_restricted')}</p>;
  else if (marks.kind === 'no-answer') body = <p role="status" data-testid="popup-notice">{t('popup_no_content_script')}</p>;
  else if (marks.kind === 'unsupported') body = <p role="status" data-testid="popup-notice">{t('popup_no_highlight_api')}</p>;
  else if (tab.paused) body = <p role="status" data-testid="popup-notice">{t('popup_paused_notice')}</p>;
  else if (tab.siteOff) body = <p role="status" data-testid="popup-notice">{t('popup_site_off_notice', [tab.site])}</p>;
  else if (!marks.marks.length) body = <p role="status" data-testid="popup-notice">{t('popup_no_marks')}</p>;
  else
    body = (
      <MarksList
        marks={marks.marks}
        onReveal={(entity) => void reveal(entity)}
        onHideOnSite={tab.site ? (entity) => void change(() => askBackground('dismissal:set', { entity, site: tab.site, dismissed: true })) : undefined}
      />
    );

  const canSwitchSite = kind === 'web' && tab.site !== '';
  return (
    <Shell site={tab.site}>
      {body}
      {kind !== 'restricted' && <AddArticleButton tabId={target.tabId} url={tab.url} />}
      {kind !== 'restricted' && <AddNameFromSelection tabId={target.tabId} />}
      <div class="switches">
        {canSwitchSite && (
          <label>
            <input
              type="checkbox"
              role="switch"
              checked={!tab.siteOff}
              onChange={(e) => {
                const enabled = e.currentTarget.checked;
                void change(() => askBackground('site:set-enabled', { site: tab.site, enabled }));
              }}
            />
            {t('popup_mark_on_site')}
          </label>
        )}
        <label>
          <input
            type="checkbox"
            role="switch"
            checked={tab.paused}
            onChange={(e) => {
              const paused = e.currentTarget.checked;
              void change(() => askBackground('settings:update', { paused }));
            }}
          />
          {t('popup_pause_everywhere')}
        </label>
      </div>
    </Shell>
  );
}

function Shell(props: { site?: string; children: ComponentChildren }) {
  return (
    <main>
      <h1>{t('popup_title')}</h1>
      {props.site && <p class="site">{props.site}</p>}
      {props.children}
      <p class="footer">
        <a
          href={browser.runtime.getURL('/options.html')}
          onClick={(e) => {
            e.preventDefault();
            void browser.runtime.openOptionsPage();
          }}
        >
          {t('popup_open_options')}
        </a>
      </p>
    </main>
  );
}
