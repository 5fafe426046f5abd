// The counts a reader sees after a change: "Updated to version 3: 12 entities (3 new), 41 contexts".
import type { KnowledgeBase } from '../kb-schema.ts';
import type { KbChange } from './outcome.ts';

export function kbChange(before: KnowledgeBase | undefined, after: KnowledgeBase): KbChange {
  const known = new Set(before?.entities.map((e) => e.id));
  return {
    version: after.version,
    entities: after.entities.length,
    newEntities: before ? after.entities.filter((e) => !known.has(e.id)).length : 0,
    contexts: after.entities.reduce((n, e) => n + e.contexts.length, 0),
  };
}

export function sameKb(a: KnowledgeBase, b: KnowledgeBase): boolean {
  return a.version === b.version && JSON.stringify(a) === JSON.stringify(b);
}
