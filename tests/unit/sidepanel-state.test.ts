// The side panel's state (lib/sidepanel/panel-state.ts): which tab and page, which name is shown
// (asked for, else the page's most mentioned), old answers ignored, and what was new when a name
// was first shown kept while the panel stays open.
import { describe, expect, it } from 'vitest';
import type { EntityDetails } from '../../lib/entity-details.ts';
import { INITIAL_PANEL, isFirstShowing, marksOnPage, panelReducer, shownDetails, shownEntity, type PanelEvent, type PanelState } from '../../lib/sidepanel/panel-state.ts';
import type { TabState } from '../../lib/store/overview.ts';

const tab: TabState = { url: 'https://news.example/a', site: 'news.example', paused: false, siteOff: false, dismissed: [] };
const marks = [
  { entity: 'cuda', name: 'CUDA', family: 'cuda', count: 1 },
  { entity: 'nvidia', name: 'NVIDIA', family: 'nvidia', count: 4 },
  { entity: 'huawei', name: 'Huawei', family: 'huawei', count: 4 },
];
const details = (id: string, fresh: string[] = []) =>
  ({ entity: { id, name: id }, contexts: [], sources: [], relations: [], note: '', ...(fresh.length && { newSince: { lastOpened: '2026-01-01T00:00:00Z', sources: fresh, contexts: 1 } }) }) as unknown as EntityDetails;
const run = (...events: PanelEvent[]): PanelState => events.reduce(panelReducer, INITIAL_PANEL);

describe('the side panel’s state', () => {
  it('lists the page’s marks, most mentioned first, and shows the first unless a name is asked for', () => {
    const state = run({ type: 'tab', tabId: 7 }, { type: 'page', tabId: 7, tab, page: { kind: 'marks', marks } });
    expect(marksOnPage(state).map((m) => m.entity)).toEqual(['huawei', 'nvidia', 'cuda']);
    expect(shownEntity(state)).toBe('huawei');
    expect(shownEntity(panelReducer(state, { type: 'asked', entity: 'cuda' }))).toBe('cuda');
    expect(shownEntity(panelReducer(state, { type: 'asked', entity: 'deepseek' }))).toBe('deepseek');
  });

  it('shows nothing on a page without marks until a name is asked for', () => {
    const state = run({ type: 'tab', tabId: 7 }, { type: 'page', tabId: 7, tab, page: { kind: 'no-answer' } });
    expect(marksOnPage(state)).toEqual([]);
    expect(shownEntity(state)).toBeUndefined();
  });

  it('forgets the page on a tab switch and ignores a late answer about the tab it left', () => {
    const state = run(
      { type: 'tab', tabId: 7 },
      { type: 'page', tabId: 7, tab, page: { kind: 'marks', marks } },
      { type: 'tab', tabId: 8 },
      { type: 'page', tabId: 7, tab, page: { kind: 'marks', marks } },
    );
    expect(state.tabId).toBe(8);
    expect(state.page).toBeUndefined();
    expect(shownEntity(state)).toBeUndefined();
  });

  it('takes details only for the name shown', () => {
    const state = run({ type: 'asked', entity: 'nvidia' }, { type: 'details', id: 'huawei', details: details('huawei') });
    expect(state.details).toBeUndefined();
    const shown = panelReducer(state, { type: 'details', id: 'nvidia', details: details('nvidia') });
    expect(shownDetails(shown)?.entity.id).toBe('nvidia');
    // Asked for another name: the old details are not shown as its.
    expect(shownDetails(panelReducer(shown, { type: 'asked', entity: 'cuda' }))).toBeUndefined();
  });

  it('keeps what was new when a name was first shown, through later reloads', () => {
    let state = run({ type: 'asked', entity: 'huawei' });
    expect(isFirstShowing(state, 'huawei')).toBe(true);
    state = panelReducer(state, { type: 'details', id: 'huawei', details: details('huawei', ['cnn']) });
    expect(isFirstShowing(state, 'huawei')).toBe(false);
    const firstNews = { lastOpened: '2026-01-01T00:00:00Z', sources: ['cnn'], contexts: 1 };
    expect(state.fresh).toEqual({ huawei: firstNews });
    // The background now knows it was opened: a reload says nothing is new; the panel still knows.
    state = panelReducer(state, { type: 'details', id: 'huawei', details: details('huawei') });
    expect(state.fresh).toEqual({ huawei: firstNews });
    expect(shownDetails(state)?.newSince).toBeUndefined();
  });

  it('a name that does not exist is shown as missing (null), not as loading', () => {
    const state = run({ type: 'asked', entity: 'nope' }, { type: 'details', id: 'nope', details: null });
    expect(shownDetails(state)).toBeNull();
  });
});
