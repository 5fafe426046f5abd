// The store's overview, read from the background and read again whenever it says the store
// changed (a sync, an import, a note, a switch, from this page or any other).
import { useCallback, useEffect, useState } from 'preact/hooks';
import { askBackground } from '../../lib/messaging.ts';
import type { StoreOverview } from '../../lib/store/overview.ts';
import { usePageEvent } from './page-events.ts';

export function useOverview(): { overview?: StoreOverview; error?: string } {
  const [overview, setOverview] = useState<StoreOverview | undefined>();
  const [error, setError] = useState<string | undefined>();
  const load = useCallback(() => {
    askBackground('store:overview', {}).then(
      (next) => {
        setOverview(next);
        setError(undefined);
      },
      (e: unknown) => setError(String(e)),
    );
  }, []);
  useEffect(load, [load]);
  usePageEvent('store:changed', load);
  return { overview, error };
}
