// One of the reader's lists (articles or names), read from the background and read again
// whenever the store changes (an article added from a popup, a name removed here).
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { BackgroundRequests } from '../../lib/messages.ts';
import { askBackground } from '../../lib/messaging.ts';
import type { Reply } from '../../lib/messages.ts';
import { usePageEvent } from './page-events.ts';

type ListRequest = 'article:list' | 'name:list';

export function useReaderList<K extends ListRequest>(type: K): Reply<BackgroundRequests, K> | undefined {
  const [list, setList] = useState<Reply<BackgroundRequests, K> | undefined>();
  const load = useCallback(() => {
    askBackground(type, {}).then(setList, () => undefined);
  }, [type]);
  useEffect(load, [load]);
  usePageEvent('store:changed', load);
  return list;
}

/** Folded for a search: case and accents do not matter. */
export function searchable(...texts: (string | undefined)[]): string {
  return texts.filter(Boolean).join(' ').normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLocaleLowerCase();
}
