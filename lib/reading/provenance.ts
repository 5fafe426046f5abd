// Where a source of the effective knowledge came from, so a UI can tell the bundled KB, a
// synced or imported one, and the reader's own articles apart, and say when each arrived.
import type { Source } from '../kb-schema.ts';
import type { KbOrigin } from '../store/schema.ts';
import { hashOf } from './short-hash.ts';

export type SourceOrigin = 'bundled' | 'synced' | 'imported' | 'yours';

export interface SourceProvenance {
  origin: SourceOrigin;
  /** When it arrived: the KB's activation, or when the reader added (or last re-added) the article. */
  added?: string;
  byline?: string;
  /** Where the reader read it, when that differs from the canonical `url`. */
  pageUrl?: string;
}

export type SourceWithOrigin = Source & Partial<SourceProvenance>;

export function kbSourceOrigin(origin: KbOrigin): SourceOrigin {
  return origin.kind === 'bundled' ? 'bundled' : origin.kind === 'url' ? 'synced' : 'imported';
}

/** The source id of the reader's article (or page) at `url`: stable, short, never a KB source's. */
export function readerSourceId(url: string): string {
  return `yours-${hashOf(url)}${hashOf(`${url.length}:${url}`)}`;
}

/** The day a source stands for on a timeline: its date, or for the reader's undated pages the day they added it. */
export function timelineDay(source: SourceWithOrigin | undefined): string {
  return source?.date ?? (source?.origin === 'yours' ? (source.added?.slice(0, 10) ?? '') : '');
}

/** What arrived since the reader last opened a name's background. */
export interface NewSince {
  /** When the reader last opened this name's background. */
  lastOpened: string;
  /** Sources that arrived after that. */
  sources: string[];
  /** How many of the contexts come from them. */
  contexts: number;
}
