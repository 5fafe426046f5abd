// Typed messages, one map per direction: each entry is [request payload, response].
// The background answers BackgroundRequests (from content scripts, options and popup);
// content scripts answer ContentRequests (from the background and the popup via tabs.sendMessage).
import type { Alias, Entity, KnowledgeBase, RelationType, Source } from './kb-schema.ts';

/** What the matcher needs of an entity: no contexts, no summaries (kept small for every page). */
export type MatchableEntity = Pick<Entity, 'id' | 'name' | 'kind' | 'parent' | 'marks' | 'cues'> & {
  aliases: Alias[];
};

/** Everything a content script needs to mark a page. */
export interface PageConfig {
  kbVersion: number;
  /** false where the reader paused the extension or switched it off for this site. */
  enabled: boolean;
  reason?: 'paused' | 'site-off';
  /** Entities to mark: the KB's entities less those the reader switched off. */
  entities: MatchableEntity[];
  /** Hover-card timing in ms (settings with Page Previews' defaults). */
  openDelay: number;
  closeDelay: number;
}

export interface RelationInWords {
  type: RelationType;
  /** 'out': this entity is the subject ("Huawei makes …"); 'in': the object ("… makes the Ascend 910C"). */
  direction: 'out' | 'in';
  other: { id: string; name: string };
}

/** What the card shows for one entity. */
export interface EntityDetails {
  entity: Entity;
  /** Contexts of this entity and of its products (children), for the background view. */
  contexts: Entity['contexts'];
  family: { id: string; name: string };
  relations: RelationInWords[];
  sources: Source[];
  kb: Pick<KnowledgeBase, 'version' | 'released' | 'title'>;
  note: string;
}

export interface BackgroundRequests {
  'page:config': [{ url: string }, PageConfig];
  'entity:details': [{ id: string }, EntityDetails | null];
}

export interface MarkCount {
  entity: string;
  name: string;
  family: string;
  count: number;
}

export interface ContentRequests {
  /** The KB or the settings changed: fetch the config again and re-mark. */
  'page:refresh': [Record<string, never>, void];
  /** The marks on this page, grouped by entity, for the popup. */
  'marks:summary': [Record<string, never>, { supported: boolean; marks: MarkCount[] }];
  /** Scroll to the first mark of an entity and open its card. */
  'marks:reveal': [{ entity: string }, boolean];
  /** Keyboard command: move to the next (1) or previous (-1) mark and open its card. */
  'marks:step': [{ direction: 1 | -1 }, void];
}

export type Message<M, K extends keyof M = keyof M> = K extends keyof M
  ? { type: K; payload: M[K] extends [infer P, unknown] ? P : never }
  : never;
export type Reply<M, K extends keyof M> = M[K] extends [unknown, infer R] ? R : never;
