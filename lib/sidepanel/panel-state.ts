// The side panel's state, as one record changed only by events: which tab it is attached to,
// what that tab's page holds (its marks, or why there are none), which name the address asks for
// (#entity=…), the details of the name shown, and for each name shown since the panel opened
// the sources that were new at that moment (so "new" stays marked after the panel has told the
// background the name was opened, and after a note or an added article reloads the details).
import type { EntityDetails } from '../entity-details.ts';
import type { NewSince } from '../reading/provenance.ts';
import type { MarkCount } from '../page/mark-counts.ts';
import type { TabState } from '../store/overview.ts';

/** The attached page as read: its marks, or why it has none. */
export type PageRead =
  | { kind: 'restricted' }
  | { kind: 'no-answer' }
  | { kind: 'unsupported' }
  | { kind: 'marks'; marks: MarkCount[] };

export interface PanelState {
  tabId?: number;
  tab?: TabState;
  /** undefined while the attached page is being read. */
  page?: PageRead;
  /** The name the address asks for. */
  asked?: string;
  details?: { id: string; value: EntityDetails | null };
  /** Per name shown since the panel opened: what was new when it was first shown (null: nothing, or never opened before). */
  fresh: Readonly<Record<string, NewSince | null>>;
}

export type PanelEvent =
  /** Attached to a tab (or the same tab loaded another page): its marks are not known yet. */
  | { type: 'tab'; tabId: number }
  | { type: 'page'; tabId: number; tab: TabState; page: PageRead }
  | { type: 'asked'; entity?: string }
  | { type: 'details'; id: string; details: EntityDetails | null };

export const INITIAL_PANEL: PanelState = { fresh: {} };

/** The marks on the page, most mentioned first. */
export function marksOnPage(state: PanelState): MarkCount[] {
  if (state.page?.kind !== 'marks') return [];
  return [...state.page.marks].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

/** The name the panel shows: the one asked for, else the page's most mentioned. */
export function shownEntity(state: PanelState): string | undefined {
  return state.asked ?? marksOnPage(state)[0]?.entity;
}

/** The details of the name shown, once they are here. */
export function shownDetails(state: PanelState): EntityDetails | null | undefined {
  const id = shownEntity(state);
  return id !== undefined && state.details?.id === id ? state.details.value : undefined;
}

/** Whether this name has not been shown since the panel opened (so its opening is news to the background). */
export function isFirstShowing(state: PanelState, id: string): boolean {
  return !(id in state.fresh);
}

export function panelReducer(state: PanelState, event: PanelEvent): PanelState {
  switch (event.type) {
    case 'tab':
      return { ...state, tabId: event.tabId, tab: undefined, page: undefined };
    case 'page':
      // An answer about a tab the panel has since left is old news.
      return event.tabId === state.tabId ? { ...state, tab: event.tab, page: event.page } : state;
    case 'asked':
      return state.asked === event.entity ? state : { ...state, asked: event.entity };
    case 'details': {
      if (event.id !== shownEntity(state)) return state;
      const fresh = isFirstShowing(state, event.id) ? { ...state.fresh, [event.id]: event.details?.newSince ?? null } : state.fresh;
      return { ...state, details: { id: event.id, value: event.details }, fresh };
    }
  }
}
