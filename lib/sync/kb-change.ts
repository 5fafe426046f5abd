// The counts a reader sees after a change: "Updated to version 3: 12 entities (3 new), 41 contexts".
import type { KnowledgeBase } from '../kb-schema.ts';
import type { KbChange } from './outcome.ts';

/** `before`: the ids of the KB that was active (none: a first KB, where nothing counts as new). */
export function kbChange(before: ReadonlySet<string> | undefined, after: KnowledgeBase): KbChange {
  return {
    version: after.version,
    entities: after.entities.length,
    newEntities: before ? after.entities.filter((e) => !before.has(e.id)).length : 0,
    contexts: after.entities.reduce((n, e) => n + e.contexts.length, 0),
  };
}

export function sameKb(a: KnowledgeBase, b: KnowledgeBase): boolean {
  return a.version === b.version && JSON.stringify(a) === JSON.stringify(b);
}
