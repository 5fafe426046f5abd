// What the card shows for an entity, asked of the background once per entity and kept until
// the config changes (a new KB or a new note may change it). A failed request (the extension
// was reloaded, the worker is gone) is forgotten so the next hover asks again.
// Answers that have arrived are also kept as plain values, so a card whose details were
// fetched while the pointer rested opens synchronously, in the hover timer's own task.
import type { EntityDetails } from '../entity-details.ts';

export interface DetailsCache {
  get(entity: string): Promise<EntityDetails | null>;
  /** The details if they have arrived (null: the entity has none), undefined while unknown. */
  peek(entity: string): EntityDetails | null | undefined;
  clear(): void;
}

/** `ask`: the request to the background ('entity:details'). */
export function createDetailsCache(ask: (entity: string) => Promise<EntityDetails | null>): DetailsCache {
  const pending = new Map<string, Promise<EntityDetails | null>>();
  const resolved = new Map<string, EntityDetails | null>();
  return {
    get(entity) {
      let details = pending.get(entity);
      if (!details) {
        const request: Promise<EntityDetails | null> = ask(entity).then(
          (value) => {
            if (pending.get(entity) === request) resolved.set(entity, value);
            return value;
          },
          () => {
            if (pending.get(entity) === request) pending.delete(entity);
            return null;
          },
        );
        details = request;
        pending.set(entity, details);
      }
      return details;
    },
    peek: (entity) => resolved.get(entity),
    clear() {
      pending.clear();
      resolved.clear();
    },
  };
}
