// One sync from a URL, start to end: check the address, fetch, check the KB, save it in one
// transaction. Pure apart from the database and the injected fetch, so every path runs in
// unit tests. The background adds the permission check, status record and tab refresh.
import { getActiveKb, replaceActiveKb, updateActiveOrigin } from '../store/kb-slots.ts';
import type { KbDb } from '../store/open-db.ts';
import type { KbOrigin } from '../store/schema.ts';
import { checkKbText } from './check-kb.ts';
import { fetchKbText } from './fetch-kb.ts';
import { kbChange, sameKb } from './kb-change.ts';
import type { KbOutcome, Refusal, SyncPhase } from './outcome.ts';
import { checkSyncUrl } from './url-policy.ts';

export interface SyncRequest {
  url: string;
  /** The reader has agreed to replace their KB with an older version. */
  confirmOlder?: boolean;
}

export interface SyncDeps {
  db: KbDb;
  fetch: typeof fetch;
  timeoutMs: number;
  maxBytes?: number;
  /** Whether the extension may read from this match pattern; omitted means yes. */
  hasPermission?: (pattern: string) => Promise<boolean>;
  onPhase?: (phase: SyncPhase) => void;
  now?: () => Date;
}

export async function syncFromUrl(request: SyncRequest, deps: SyncDeps): Promise<KbOutcome> {
  const active = await getActiveKb(deps.db);
  const refuse = (refusal: Refusal): KbOutcome => ({ ok: false, action: 'sync', refusal, keptVersion: active?.kb.version ?? null });

  const address = checkSyncUrl(request.url);
  if (!address.ok) return refuse(address.refusal);
  const { url } = address;
  if (deps.hasPermission && !(await deps.hasPermission(address.permission))) {
    return refuse({ kind: 'no-permission', origin: url.origin });
  }

  deps.onPhase?.('fetching');
  const sameSource = active?.origin.kind === 'url' && active.origin.url === url.href ? active.origin : undefined;
  const fetched = await fetchKbText(url, {
    fetch: deps.fetch,
    timeoutMs: deps.timeoutMs,
    maxBytes: deps.maxBytes,
    etag: sameSource?.etag,
    lastModified: sameSource?.lastModified,
  });
  if (fetched.kind === 'refused') return refuse(fetched.refusal);
  if (fetched.kind === 'not-modified') return { ok: true, kind: 'not-modified', version: active!.kb.version };

  deps.onPhase?.('checking');
  const checked = checkKbText(fetched.text, { activeVersion: active?.kb.version, confirmOlder: request.confirmOlder });
  if (!checked.ok) return refuse(checked.refusal);

  deps.onPhase?.('saving');
  const origin: KbOrigin = { kind: 'url', url: url.href, etag: fetched.etag, lastModified: fetched.lastModified };
  try {
    if (active && sameKb(active.kb, checked.kb)) {
      // Nothing new, but remember the validators so the next sync can be a cheap 304.
      await updateActiveOrigin(deps.db, origin);
      return { ok: true, kind: 'same', version: active.kb.version };
    }
    await replaceActiveKb(deps.db, checked.kb, origin, deps.now?.());
  } catch (error) {
    return refuse({ kind: 'storage', detail: error instanceof Error ? error.message : String(error) });
  }
  return { ok: true, kind: 'changed', action: 'sync', ...kbChange(active?.kb, checked.kb) };
}
