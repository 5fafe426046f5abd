// One HTTP GET of a KB file with everything a sync must not trust the network with: a
// deadline for connection and download together, a size cap read as a stream, conditional
// headers for 304, no redirect off the site or down to http, and a JSON-ish content type.
import { DEFAULT_KB_MEGABYTES, MEGABYTE } from '../store/settings.ts';
import type { Refusal } from './outcome.ts';
import { readCapped } from './read-capped.ts';
import { isAllowedAddress } from './url-policy.ts';

/** The largest KB a sync reads when the reader has not set their own (settings.ts: maxKbMegabytes). */
export const MAX_KB_BYTES = DEFAULT_KB_MEGABYTES * MEGABYTE;

export interface FetchKbOptions {
  fetch: typeof fetch;
  timeoutMs: number;
  maxBytes?: number;
  /** Validators saved from the last sync of this same URL. */
  etag?: string;
  lastModified?: string;
}

export type FetchKbResult =
  | { kind: 'body'; bytes: Uint8Array; etag?: string; lastModified?: string }
  | { kind: 'not-modified' }
  | { kind: 'refused'; refusal: Refusal };

const refused = (refusal: Refusal): FetchKbResult => ({ kind: 'refused', refusal });

/** JSON, or text/plain as raw file hosts serve it; a missing type is let through to the parser. */
function isJsonish(contentType: string): boolean {
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  return type === '' || type === 'application/json' || type === 'text/json' || type.endsWith('+json') || type === 'text/plain';
}

function redirectRefusal(requested: URL, responseUrl: string): Refusal | undefined {
  if (!responseUrl) return undefined;
  const final = new URL(responseUrl);
  if (final.origin === requested.origin) return undefined;
  if (!isAllowedAddress(final)) return { kind: 'redirect-insecure', to: final.href };
  // http → https on the same host is an upgrade, not a move.
  if (final.hostname === requested.hostname && final.protocol === 'https:') return undefined;
  return { kind: 'redirect-other-origin', to: final.origin };
}

export async function fetchKbText(url: URL, options: FetchKbOptions): Promise<FetchKbResult> {
  const maxBytes = options.maxBytes ?? MAX_KB_BYTES;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs);
  const timedOut = (): FetchKbResult => refused({ kind: 'timeout', seconds: Math.round(options.timeoutMs / 100) / 10 });
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.etag) headers['if-none-match'] = options.etag;
  if (options.lastModified) headers['if-modified-since'] = options.lastModified;
  try {
    let response: Response;
    try {
      response = await options.fetch(url.href, {
        headers,
        signal: controller.signal,
        // The reader's cookies are none of the KB server's business; our own validators decide 304.
        credentials: 'omit',
        cache: 'no-store',
        redirect: 'follow',
      });
    } catch {
      return controller.signal.aborted ? timedOut() : refused({ kind: 'network', origin: url.origin });
    }
    const discard = () => void response.body?.cancel().catch(() => undefined);
    const moved = redirectRefusal(url, response.url);
    if (moved) return discard(), refused(moved);
    if (response.status === 304 && (options.etag || options.lastModified)) return discard(), { kind: 'not-modified' };
    if (!response.ok) return discard(), refused({ kind: 'http-status', status: response.status, statusText: response.statusText });
    const contentType = response.headers.get('content-type') ?? '';
    if (!isJsonish(contentType)) return discard(), refused({ kind: 'content-type', contentType: contentType.split(';')[0]!.trim() });
    if (Number(response.headers.get('content-length') ?? 0) > maxBytes) return discard(), refused({ kind: 'too-large', limitBytes: maxBytes });

    const read = await readCapped(response.body, maxBytes);
    if (read.kind === 'too-large') return refused({ kind: 'too-large', limitBytes: maxBytes });
    if (read.kind === 'failed') return controller.signal.aborted ? timedOut() : refused({ kind: 'dropped', receivedBytes: read.receivedBytes });
    return {
      kind: 'body',
      bytes: read.bytes,
      etag: response.headers.get('etag') ?? undefined,
      lastModified: response.headers.get('last-modified') ?? undefined,
    };
  } finally {
    clearTimeout(timer);
  }
}
