// What the card shows for an entity, asked of the background once per entity and kept until
// the config changes (a new KB or a new note may change it). A failed request (the extension
// was reloaded, the worker is gone) is forgotten so the next hover asks again.
import { askBackground } from '../../lib/messaging.ts';
import type { EntityDetails } from '../../lib/messages.ts';

export interface DetailsCache {
  get(entity: string): Promise<EntityDetails | null>;
  clear(): void;
}

export function createDetailsCache(
  ask: (entity: string) => Promise<EntityDetails | null> = (id) => askBackground('entity:details', { id }),
): DetailsCache {
  const cache = new Map<string, Promise<EntityDetails | null>>();
  return {
    get(entity) {
      let details = cache.get(entity);
      if (!details) {
        details = ask(entity).catch(() => {
          cache.delete(entity);
          return null;
        });
        cache.set(entity, details);
      }
      return details;
    },
    clear: () => cache.clear(),
  };
}
