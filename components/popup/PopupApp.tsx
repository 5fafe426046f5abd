// The popup for the current tab: "On this page", the names with their counts, each with a
// labelled hide button (with Undo); "Add this article", "Add … as a name"; "Mark on this site",
// "Pause everywhere"; "Open in side panel"; and the way to the options page. Pages the extension
// cannot mark say so, and why.
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { MarkCount } from '../../lib/page/mark-counts.ts';
import { askBackground, askTab } from '../../lib/messaging.ts';
import type { PageRead } from '../../lib/sidepanel/panel-state.ts';
import type { TabState } from '../../lib/store/overview.ts';
import { t } from '../options/i18n.ts';
import { nextPageEvent } from '../options/page-events.ts';
import { UndoNotice, type Removed } from '../options/UndoNotice.tsx';
import { hasSidePanel, openSidePanel } from '../sidepanel/open-side-panel.ts';
import { AddArticleButton } from './AddArticleButton.tsx';
import { AddNameFromSelection } from './AddNameFromSelection.tsx';
import { MarksList } from './MarksList.tsx';
import { pageKind } from './page-kind.ts';
import { pageNotice } from './page-notice.ts';
import { popupTarget, type PopupTarget } from './popup-target.ts';
import { readPage } from './read-page.ts';

/** How long to wait for the tab to re-mark after a switch before reading its marks anyway. */
const REMARK_WITHIN_MS = 3000;

export function PopupApp() {
  const [target, setTarget] = useState<PopupTarget | null | undefined>();
  const [read, setRead] = useState<{ tab: TabState; page: PageRead } | undefined>();
  const [hidden, setHidden] = useState<Removed | undefined>();
  const [panelFailed, setPanelFailed] = useState(false);

  const load = async (current: PopupTarget) => setRead(await readPage(current.tabId, current.url));
  useEffect(() => {
    popupTarget().then((found) => {
      setTarget(found ?? null);
      if (found) void load(found);
    });
  }, []);

  if (target === null) return <Shell><p role="status">{t('popup_no_tab')}</p></Shell>;
  if (!target || !read) return <Shell><p>{t('options_loading')}</p></Shell>;

  const { tab, page } = read;
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
  const hide = (mark: MarkCount) => {
    const site = tab.site;
    setHidden({
      label: mark.name,
      undo: () => change(() => askBackground('dismissal:set', { entity: mark.entity, site, dismissed: false })),
      restored: t('popup_unhidden', [mark.name, site]),
    });
    void change(() => askBackground('dismissal:set', { entity: mark.entity, site, dismissed: true }));
  };
  const openPanel = () => {
    // First thing in the click: the browser opens a side panel only while handling it.
    void openSidePanel({ tabId: target.tabId }).then((opened) => {
      if (!opened) return setPanelFailed(true);
      if (!target.viaHook) window.close();
    });
  };

  const notice = pageNotice(tab, page, t);
  const canSwitchSite = kind === 'web' && tab.site !== '';
  return (
    <Shell site={tab.site}>
      <section aria-labelledby="on-page-heading">
        <h2 id="on-page-heading">{t('popup_on_page_heading')}</h2>
        {hidden && <UndoNotice key={hidden.label} removed={hidden} message={t('popup_hidden_notice', [hidden.label, tab.site])} />}
        {notice ? (
          <p role="status" data-testid="popup-notice">{notice}</p>
        ) : (
          page.kind === 'marks' && <MarksList marks={page.marks} onReveal={(entity) => void reveal(entity)} onHideOnSite={tab.site ? hide : undefined} />
        )}
      </section>
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
      {hasSidePanel() && (
        <p>
          <button type="button" class="reading-button" onClick={openPanel}>{t('popup_open_side_panel')}</button>
        </p>
      )}
      {panelFailed && <p role="alert">{t('popup_side_panel_failed')}</p>}
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
