// Lookups over one KB for the card's details, made once per KB object: by 100,000 entities a
// map of them, and a scan of every entity's parent chain for products, cost tens of ms at every
// card that opens.
import type { Entity, KnowledgeBase, Relation } from './kb-schema.ts';

export interface KbLookup {
  byId: ReadonlyMap<string, Entity>;
  /** Every entity below this one (its products, theirs, …), in the KB's order. */
  descendantsOf(entity: Entity): Entity[];
  /** The relations from or to this id, in the KB's order. */
  relationsOf(id: string): readonly Relation[];
}

const lookups = new WeakMap<KnowledgeBase, KbLookup>();

export function kbLookup(kb: KnowledgeBase): KbLookup {
  let lookup = lookups.get(kb);
  if (!lookup) lookups.set(kb, (lookup = makeLookup(kb)));
  return lookup;
}

function makeLookup(kb: KnowledgeBase): KbLookup {
  const byId = new Map(kb.entities.map((e) => [e.id, e]));
  const position = new Map(kb.entities.map((e, i) => [e, i]));
  const children = new Map<string, Entity[]>();
  for (const e of kb.entities) if (e.parent !== undefined) push(children, e.parent, e);
  const relations = new Map<string, Relation[]>();
  for (const r of kb.relations) {
    push(relations, r.from, r);
    if (r.to !== r.from) push(relations, r.to, r);
  }
  return {
    byId,
    descendantsOf(entity) {
      const found = new Set<Entity>();
      const queue = [entity];
      for (let at = queue.pop(); at; at = queue.pop()) {
        for (const child of children.get(at.id) ?? []) {
          if (child === entity || found.has(child)) continue; // a cycle (the KB check refuses them)
          found.add(child);
          queue.push(child);
        }
      }
      return [...found].sort((a, b) => position.get(a)! - position.get(b)!);
    },
    relationsOf: (id) => relations.get(id) ?? [],
  };
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
