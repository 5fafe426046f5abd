// An entity's parent chain ("ascend-910c" → "ascend"): the one walk up it, for the matcher's
// family of a mention and the card's family and products. A parent the KB does not have ends
// the chain; a cycle (which the KB check refuses, but a matcher may be given anything) ends it
// after as many steps as there are entities.

export interface Linked {
  id: string;
  parent?: string;
}

/** The entities above `entity`, nearest first. */
export function ancestorsOf<E extends Linked>(entity: E, byId: ReadonlyMap<string, E>): E[] {
  const chain: E[] = [];
  let at = entity;
  while (at.parent !== undefined && chain.length < byId.size) {
    const up = byId.get(at.parent);
    if (!up) break;
    chain.push(up);
    at = up;
  }
  return chain;
}

/** The top of `entity`'s parent chain: the entity itself where it has no (known) parent. */
export function familyOf<E extends Linked>(entity: E, byId: ReadonlyMap<string, E>): E {
  return ancestorsOf(entity, byId).at(-1) ?? entity;
}
