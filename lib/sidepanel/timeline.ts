// A name's timeline: everything the knowledge holds about it, one entry per source (an article
// of the bundled KB, of a synced one, one the reader added), newest first, each with its
// sentences in the article's order, the same sentence only once, and whether it is new since
// the reader last opened the name. Sources without a date come last, in the order they came.
import type { Context } from '../kb-schema.ts';
import type { EntityDetails } from '../entity-details.ts';
import { timelineDay, type SourceWithOrigin } from '../reading/provenance.ts';

export interface TimelineEntry {
  source: SourceWithOrigin;
  /** YYYY-MM-DD the entry stands for (its date, or the day the reader added an undated article); '' when unknown. */
  day: string;
  contexts: Context[];
  /** Arrived since the reader last opened this name. */
  isNew: boolean;
}

export type TimelineInput = Pick<EntityDetails, 'contexts' | 'sources'> & { newSince?: { sources: readonly string[] } };

/** `fresh`: more source ids to count as new (those new when the reader first opened the name here). */
export function buildTimeline(details: TimelineInput, fresh: Iterable<string> = []): TimelineEntry[] {
  const isNew = new Set([...(details.newSince?.sources ?? []), ...fresh]);
  const byId = new Map(details.sources.map((s) => [s.id, s]));
  const entries = new Map<string, TimelineEntry>();
  const entryFor = (id: string): TimelineEntry => {
    let entry = entries.get(id);
    if (!entry) {
      // A context may name a source the KB does not list: keep its sentences, under its id.
      const source = byId.get(id) ?? { id, title: id, language: 'und' };
      entries.set(id, (entry = { source, day: timelineDay(source), contexts: [], isNew: isNew.has(id) }));
    }
    return entry;
  };
  for (const context of details.contexts) {
    const entry = entryFor(context.source);
    if (!entry.contexts.some((c) => c.text === context.text)) entry.contexts.push(context);
  }
  // A source with nothing quoted (where a description was taken from) still belongs on it.
  for (const source of details.sources) entryFor(source.id);
  const list = [...entries.values()];
  // Newest first; the undated after every dated one; a stable sort keeps arrival order among equals.
  return list.sort((a, b) => (a.day === b.day ? 0 : !a.day ? 1 : !b.day ? -1 : b.day.localeCompare(a.day)));
}

/** How many entries are new. */
export function newEntries(timeline: readonly TimelineEntry[]): number {
  return timeline.filter((e) => e.isNew).length;
}
