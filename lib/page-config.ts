// The config a content script marks a page with: the KB's matchable entities less the ones
// the reader switched off, and whether marking is on for this page's site at all.
import type { Alias, Entity, KnowledgeBase } from './kb-schema.ts';

/** What the matcher needs of an entity: no contexts, no summaries (kept small for every page). */
export type MatchableEntity = Pick<Entity, 'id' | 'name' | 'kind' | 'parent' | 'marks' | 'cues' | 'models' | 'notNames'> & {
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

export const DEFAULT_OPEN_DELAY = 500;
export const DEFAULT_CLOSE_DELAY = 300;

export interface ReaderSwitches {
  paused: boolean;
  /** Hostnames where marking is off. */
  sitesOff: readonly string[];
  disabledEntities: readonly string[];
  openDelay?: number;
  closeDelay?: number;
}

export const NO_SWITCHES: ReaderSwitches = { paused: false, sitesOff: [], disabledEntities: [] };

export function siteOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

export function pageConfig(kb: KnowledgeBase, url: string, switches: ReaderSwitches = NO_SWITCHES): PageConfig {
  const disabled = new Set(switches.disabledEntities);
  const entities: MatchableEntity[] = kb.entities
    .filter((e) => e.marks && !disabled.has(e.id))
    .map(({ id, name, kind, parent, marks, cues, aliases, models, notNames }) => ({ id, name, kind, parent, marks, cues, aliases, models, notNames }));
  const siteOff = switches.sitesOff.includes(siteOf(url));
  return {
    kbVersion: kb.version,
    enabled: !switches.paused && !siteOff,
    reason: switches.paused ? 'paused' : siteOff ? 'site-off' : undefined,
    entities,
    openDelay: switches.openDelay ?? DEFAULT_OPEN_DELAY,
    closeDelay: switches.closeDelay ?? DEFAULT_CLOSE_DELAY,
  };
}
