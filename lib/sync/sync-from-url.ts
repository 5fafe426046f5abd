// One sync from a URL, start to end: check the address, fetch (streamed, capped), read and check
// the KB, build its compact index, and save both in one transaction. A KB of 100,000 entities
// is read, checked and indexed in slices with `pause()` between them, so the background keeps
// answering pages meanwhile. Pure apart from the database and the injected fetch, so every
// path runs in unit tests. The background adds the permission check, status record and tab refresh.
import { decodeUtf8InSlices } from '../decode-text.ts';
import { buildMatchIndexInSlices } from '../match-index/build-index.ts';
import type { KnowledgeBase } from '../kb-schema.ts';
import type { MatchIndex } from '../match-index/match-index.ts';
import { fileDigest } from '../store/kb-parts.ts';
import { storedKbIds } from '../store/kb-ids.ts';
import { getActiveHead, readKb, replaceActiveKb, updateActiveOrigin } from '../store/kb-slots.ts';
import type { KbDb } from '../store/open-db.ts';
import type { KbOrigin } from '../store/schema.ts';
import { checkKbTextInSlices } from './check-kb.ts';
import { fetchKbText } from './fetch-kb.ts';
import { kbChange, sameKb } from './kb-change.ts';
import type { KbOutcome, Refusal, SyncPhase } from './outcome.ts';
import { storageRefusal } from './storage-refusal.ts';
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
  /** Gives the thread back between slices of reading, checking and indexing (default: not at all). */
  pause?: () => Promise<void>;
  now?: () => Date;
  /** The KB stored and made active, with its index (the background keeps both in memory). */
  onActivated?: (activated: ActivatedKb) => void;
}

export interface ActivatedKb {
  key: string;
  kb: KnowledgeBase;
  index: MatchIndex;
}

const noPause = () => Promise.resolve();

export async function syncFromUrl(request: SyncRequest, deps: SyncDeps): Promise<KbOutcome> {
  const active = await getActiveHead(deps.db);
  const pause = deps.pause ?? noPause;
  const refuse = (refusal: Refusal): KbOutcome => ({ ok: false, action: 'sync', refusal, keptVersion: active?.version ?? null });

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
  if (fetched.kind === 'not-modified') return { ok: true, kind: 'not-modified', version: active!.version };

  deps.onPhase?.('checking');
  const origin: KbOrigin = { kind: 'url', url: url.href, etag: fetched.etag, lastModified: fetched.lastModified };
  const digest = await fileDigest(fetched.bytes);
  const same = async () => {
    // Nothing new, but remember the validators so the next sync can be a cheap 304.
    await updateActiveOrigin(deps.db, origin, digest);
    return { ok: true, kind: 'same', version: active!.version } as const;
  };
  if (active?.digest === digest) return same().catch((error: unknown) => refuse(storageRefusal(error)));
  const text = await decodeUtf8InSlices(fetched.bytes, pause);
  const checked = await checkKbTextInSlices(text, { activeVersion: active?.version, confirmOlder: request.confirmOlder }, pause);
  if (!checked.ok) return refuse(checked.refusal);

  deps.onPhase?.('saving');
  try {
    // A KB stored before digests were kept is compared whole, once.
    if (active && active.digest === undefined && active.version === checked.kb.version) {
      const before = await readKb(deps.db, active);
      if (before && sameKb(before, checked.kb)) return await same();
    }
    const index = await buildMatchIndexInSlices(checked.kb.entities, pause, { includeUnmarked: true });
    const before = active && (await storedKbIds(deps.db, active));
    const stored = await replaceActiveKb(deps.db, checked.kb, origin, deps.now?.(), { index, digest });
    deps.onActivated?.({ key: stored.key, kb: stored.kb, index });
    return { ok: true, kind: 'changed', action: 'sync', ...kbChange(before, checked.kb) };
  } catch (error) {
    return refuse(storageRefusal(error));
  }
}
