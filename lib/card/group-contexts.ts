// The background view lists an entity's contexts under the article sections they come from,
// in the order the sections first appear.
import type { Context } from '../kb-schema.ts';

export interface SectionGroup {
  source: string;
  section: string;
  contexts: Context[];
}

export function groupBySection(contexts: readonly Context[]): SectionGroup[] {
  const groups = new Map<string, SectionGroup>();
  for (const context of contexts) {
    const key = JSON.stringify([context.source, context.section]);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { source: context.source, section: context.section, contexts: [] }));
    // The same sentence may be quoted for an entity and for its product: show it once.
    if (!group.contexts.some((c) => c.text === context.text)) group.contexts.push(context);
  }
  return [...groups.values()];
}

export interface SourceGroup<S> {
  source: S | undefined;
  sourceId: string;
  contexts: Context[];
}

/**
 * The background in place lists the sentences under their sources, in the order the contexts
 * come (newest source first). A sentence is listed once, however many sources or entities quote
 * it, and not at all where it is its source's title (the source line shows that already).
 */
export function groupBySource<S extends { id: string; title: string }>(contexts: readonly Context[], sources: readonly S[], perSource = Infinity): SourceGroup<S>[] {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const groups = new Map<string, SourceGroup<S>>();
  const seen = new Set<string>();
  const fold = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();
  for (const context of contexts) {
    const source = byId.get(context.source);
    const text = fold(context.text);
    if (seen.has(text) || (source && text === fold(source.title))) continue;
    seen.add(text);
    let group = groups.get(context.source);
    if (!group) groups.set(context.source, (group = { source, sourceId: context.source, contexts: [] }));
    if (group.contexts.length < perSource) group.contexts.push(context);
  }
  return [...groups.values()];
}
