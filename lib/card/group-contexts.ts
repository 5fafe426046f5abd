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
