// The side panel: "On this page" for the tab it is attached to (followed through tab switches,
// page loads and re-marks), "Add this article", and the background of the name the address asks
// for (#entity=ID, followed as it changes) or else of the page's most mentioned name. Showing a
// name tells the background it was opened ('entity:opened'), after its details (with what is new
// since the last time) have been read.
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'preact/hooks';
import { askBackground, askTab } from '../../lib/messaging.ts';
import { INITIAL_PANEL, isFirstShowing, marksOnPage, panelReducer, shownDetails, shownEntity, type PanelState } from '../../lib/sidepanel/panel-state.ts';
import type { EntityListing } from '../../lib/store/overview.ts';
import { entityFromHash } from '../options/entity-link.ts';
import { kbLanguage, t } from '../options/i18n.ts';
import { usePageEvent } from '../options/page-events.ts';
import { AddArticleButton } from '../popup/AddArticleButton.tsx';
import { readPage } from '../popup/read-page.ts';
import { NameBackground } from './NameBackground.tsx';
import { OnThisPage } from './OnThisPage.tsx';
import { followPanelTab } from './panel-target.ts';

/** Marks arrive in slices after a page loads: read the page again a little later, twice. */
const READ_AGAIN_MS = [1000, 3000];

export function SidePanelApp({ optionsUrl }: { optionsUrl: (entity: string) => string }) {
  const [state, dispatch] = useReducer(panelReducer, { ...INITIAL_PANEL, asked: entityFromHash(location.hash) });
  const current = useRef<PanelState>(state);
  current.current = state;
  const windowId = useRef<number | undefined>();
  const rereads = useRef<ReturnType<typeof setTimeout>[]>([]);
  const [focusName, setFocusName] = useState(false);
  const [names, setNames] = useState<ReadonlyMap<string, EntityListing['names']>>(new Map());

  const read = useCallback((tabId: number) => {
    void readPage(tabId).then(({ tab, page }) => dispatch({ type: 'page', tabId, tab, page }), () => undefined);
  }, []);
  const readSettled = useCallback((tabId: number) => {
    rereads.current.forEach(clearTimeout);
    read(tabId);
    rereads.current = READ_AGAIN_MS.map((ms) => setTimeout(() => current.current.tabId === tabId && read(tabId), ms));
  }, []);

  useEffect(() => {
    const stop = followPanelTab(location.search, {
      attached: (tabId, window) => {
        windowId.current = window;
        dispatch({ type: 'tab', tabId });
        readSettled(tabId);
      },
      loading: (tabId) => dispatch({ type: 'tab', tabId }),
      loaded: readSettled,
    });
    const onHash = () => {
      setFocusName(document.hasFocus());
      dispatch({ type: 'asked', entity: entityFromHash(location.hash) });
    };
    addEventListener('hashchange', onHash);
    return () => {
      stop();
      removeEventListener('hashchange', onHash);
      rereads.current.forEach(clearTimeout);
    };
  }, []);

  const shown = shownEntity(state);
  const loadDetails = useCallback(() => {
    if (shown === undefined) return;
    void askBackground('entity:details', { id: shown }).then((details) => {
      const first = isFirstShowing(current.current, shown);
      dispatch({ type: 'details', id: shown, details });
      // After the read: the details above still say what was new before this opening.
      if (first && details) void askBackground('entity:opened', { id: shown }).catch(() => undefined);
    }, () => dispatch({ type: 'details', id: shown, details: null }));
  }, [shown]);
  useEffect(loadDetails, [loadDetails]);

  const loadNames = useCallback(() => {
    void askBackground('store:overview', {}).then((overview) => setNames(new Map(overview.entities.map((e) => [e.id, e.names]))), () => undefined);
  }, []);
  useEffect(loadNames, [loadNames]);
  usePageEvent('store:changed', useCallback(() => {
    loadDetails();
    loadNames();
  }, [loadDetails, loadNames]));
  usePageEvent('tabs:remarking', useCallback((e) => {
    const tabId = current.current.tabId;
    if (tabId !== undefined && (e.tabId === tabId || e.left === 0)) read(tabId);
  }, []));
  usePageEvent('sidepanel:show', useCallback((e) => {
    const { tabId } = current.current;
    if ((e.windowId !== undefined && e.windowId === windowId.current) || (e.tabId !== undefined && e.tabId === tabId)) {
      location.hash = `#entity=${encodeURIComponent(e.entity)}`;
    }
  }, []));

  const nameOf = useMemo(() => (id: string, fallback: string) => names.get(id)?.[kbLanguage] ?? fallback, [names]);
  const marks = marksOnPage(state);
  const details = shownDetails(state);
  const next = (entity: string) => {
    if (state.tabId !== undefined) void askTab(state.tabId, 'marks:reveal', { entity, next: true }, 0).catch(() => false);
  };

  let background;
  if (shown === undefined) background = state.page ? <p class="hint">{t('panel_choose_name')}</p> : null;
  else if (details === undefined) background = <p>{t('options_loading')}</p>;
  else if (details === null) background = <p role="alert">{t('panel_missing', [shown])}</p>;
  else
    background = (
      <NameBackground
        details={details}
        fresh={state.fresh[shown] ?? null}
        language={kbLanguage}
        t={t}
        nameOf={nameOf}
        focus={focusName}
        optionsUrl={optionsUrl(shown)}
      />
    );

  const canAdd = state.tab && state.page && state.page.kind !== 'restricted';
  return (
    <main>
      <h1>{t('popup_title')}</h1>
      <OnThisPage state={state} marks={marks} shown={shown} t={t} onNext={next} />
      {canAdd && state.tabId !== undefined && <AddArticleButton key={state.tabId} tabId={state.tabId} url={state.tab?.url} />}
      {background}
    </main>
  );
}
