// The wire protocol: typed messages, one map per direction, each entry [request payload, response].
// The background answers BackgroundRequests (from content scripts, options and popup);
// content scripts answer ContentRequests (from the background and the popup via tabs.sendMessage).
// What travels in them is declared where it is made (page-config.ts, entity-details.ts, …).
import type { EntityDetails } from './entity-details.ts';
import type { AliasGroups } from './match-index/alias-tables.ts';
import type { MarkCount } from './page/mark-counts.ts';
import type { PageConfig } from './page-config.ts';
import type { ArticleAddOutcome } from './reading/article-outcome.ts';
import type { KnownName, NameInput } from './reading/name-input.ts';
import type { NameAddOutcome } from './reading/name-outcome.ts';
import type { PageSnapshot } from './reading/page-snapshot.ts';
import type { ArticleListing, ReaderArticle, ReaderName } from './reading/records.ts';
import type { SelectionDraft } from './reading/selection-draft.ts';
import type { BackupFile } from './store/backup-format.ts';
import type { StoreOverview, TabState } from './store/overview.ts';
import type { Settings, SettingsPatch } from './store/settings.ts';
import type { KbOutcome, SyncPhase } from './sync/outcome.ts';
import type { UiLanguage } from './localized.ts';

export interface BackgroundRequests {
  'page:config': [{ url: string }, PageConfig];
  /** The alias groups a page's text needs (lib/match-index/page-names.ts), for the index `id` of
   * its config; null when the names have changed since (the page is told to mark again). */
  'names:groups': [{ id: string; url: string; words: number[]; chars: number[] }, AliasGroups | null];
  'entity:details': [{ id: string }, EntityDetails | null];
  /** A tab's top frame has re-marked after the 'page:refresh' of `round`
   * (entrypoints/background/tab-remarking.ts). */
  'page:remarked': [{ round: number }, void];
  /** The card's link to an entity on the options page: a web page may not open extension
   * pages itself, so the background opens the tab (entrypoints/background/commands.ts). */
  'options:open': [{ entity: string }, void];
  // The store (options page and popup only; see entrypoints/background/sender-policy.ts).
  'store:overview': [Record<string, never>, StoreOverview];
  'sync:now': [{ url: string; confirmOlder?: boolean }, KbOutcome];
  /** `language`: the reader's, for a CSV glossary's descriptions (the options page knows it). */
  /** A file too big for one message comes in parts first; the import then names its `upload`. */
  'kb:import-part': [{ upload: string; index: number; text: string }, void];
  'kb:import': [{ text?: string; upload?: { id: string; parts: number }; fileName: string; confirmOlder?: boolean; language?: UiLanguage }, KbOutcome];
  'kb:export': [Record<string, never>, BackupFile];
  'kb:roll-back': [Record<string, never>, KbOutcome];
  'kb:reset': [Record<string, never>, KbOutcome];
  'note:set': [{ entity: string; text: string }, void];
  'entity:set-enabled': [{ entity: string; enabled: boolean }, void];
  'dismissal:set': [{ entity: string; site: string; dismissed: boolean }, void];
  'site:set-enabled': [{ site: string; enabled: boolean }, Settings];
  'settings:update': [SettingsPatch, Settings];
  /** The popup's view of one tab; `url` when the popup knows it (activeTab). */
  'tab:state': [{ tabId: number; url?: string }, TabState];
  // The reader's own knowledge (lib/reading/). A content script may add its own tab's article
  // and say that a name's background was opened; everything else is for extension pages.
  /** Reads the tab's article and adds it; `url` when the caller knows the tab's address. */
  'article:add': [{ tabId?: number; url?: string }, ArticleAddOutcome];
  'article:list': [Record<string, never>, ArticleListing[]];
  /** Returns the removed article, for Undo. */
  'article:remove': [{ url: string }, ReaderArticle | null];
  'article:restore': [{ article: ReaderArticle }, boolean];
  'name:list': [Record<string, never>, ReaderName[]];
  /** Every entity a new name must not duplicate (the KB's and the reader's), for the form. */
  'name:known': [Record<string, never>, KnownName[]];
  'name:add': [NameInput, NameAddOutcome];
  /** Returns the removed name, for Undo. */
  'name:remove': [{ id: string }, ReaderName | null];
  'name:restore': [{ name: ReaderName }, boolean];
  /** The reader opened this name's background: later details say what is new since. */
  'entity:opened': [{ id: string }, void];
  /** The card's "Open in side panel": opens the panel for the sender's tab on `entity` (Chrome
   * keeps the reader's click with the message); `opened: false` where the browser will not. */
  'sidepanel:open': [{ entity?: string }, { opened: boolean }];
}

export interface ContentRequests {
  /** The KB or the settings changed: fetch the config again and re-mark, then say
   * 'page:remarked' with the same round (the top frame). Answers true at once, before re-marking. */
  'page:refresh': [{ round: number }, boolean];
  /** The marks on this page, grouped by entity, for the popup. */
  'marks:summary': [Record<string, never>, { supported: boolean; marks: MarkCount[] }];
  /** Scroll to the first mark of an entity (with `next`, to its mention after the current one,
   * wrapping around) and open its card; false when the page has none. */
  'marks:reveal': [{ entity: string; next?: boolean }, boolean];
  /** Keyboard command: move to the next (1) or previous (-1) mark and open its card. */
  'marks:step': [{ direction: 1 | -1 }, void];
  /** Top frame: serialise the page for "Add this article" (lib/reading/page-snapshot.ts)… */
  'article:snapshot': [Record<string, never>, PageSnapshot];
  /** …and hand it over in chunks. */
  'article:chunk': [{ id: string; index: number }, string | null];
  /** The frame's selection, for "Add … as a name"; null when nothing is selected. */
  'selection:read': [Record<string, never>, SelectionDraft | null];
}

export type Message<M, K extends keyof M = keyof M> = K extends keyof M
  ? { type: K; payload: M[K] extends [infer P, unknown] ? P : never }
  : never;
export type Reply<M, K extends keyof M> = M[K] extends [unknown, infer R] ? R : never;

/** Broadcasts from the background to the extension's own pages (options, popup, side panel). */
export interface ExtensionPageEvents {
  /** A sync is under way: what it is doing now. */
  'sync:progress': { phase: SyncPhase };
  /** The KB, the reader's layer or the settings changed: read them again. */
  'store:changed': Record<string, never>;
  /** Open tabs re-marking after a change: `left` are still at it (0: all done); `tabId` has just
   * finished; `unanswered` tabs were given up on (they re-mark when next loaded). */
  'tabs:remarking': { round: number; left: number; tabId?: number; unanswered?: number };
  /** A card asked for the side panel on `entity`: a panel open in that window (or on that tab) shows it. */
  'sidepanel:show': { entity: string; tabId?: number; windowId?: number };
}
