// The config a content script marks a page with: the names to mark (from the compact index:
// match-index/page-names.ts), with the entities the reader switched off there left out, and
// whether marking is on for this page's site at all.
import type { PageNames } from './match-index/page-names.ts';

/** Everything a content script needs to mark a page. */
export interface PageConfig {
  kbVersion: number;
  /** false where the reader paused the extension or switched it off for this site. */
  enabled: boolean;
  reason?: 'paused' | 'site-off';
  /** The names to mark: the KB's and the reader's (less those switched off, as the groups come). */
  names: PageNames;
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

/** `names` was cut for `switches.disabledEntities` already (IndexView's `off`). */
export function pageConfig(kbVersion: number, names: PageNames, url: string, switches: ReaderSwitches = NO_SWITCHES): PageConfig {
  const siteOff = switches.sitesOff.includes(siteOf(url));
  return {
    kbVersion,
    enabled: !switches.paused && !siteOff,
    reason: switches.paused ? 'paused' : siteOff ? 'site-off' : undefined,
    names,
    openDelay: switches.openDelay ?? DEFAULT_OPEN_DELAY,
    closeDelay: switches.closeDelay ?? DEFAULT_CLOSE_DELAY,
  };
}
