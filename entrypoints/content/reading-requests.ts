// What the content script does for the reader's own knowledge: a snapshot of the page's HTML
// for "Add this article" (top frame; serialised in slices, handed over in chunks, kept for a
// minute at most), and the current selection for "Add … as a name". Readability is not here:
// the page is parsed in the background (see docs/your-knowledge.md for why).
import type { ContentRequests } from '../../lib/messages.ts';
import type { Handlers } from '../../lib/messaging.ts';
import { serializePage } from '../../lib/page/serialize-page.ts';
import { MAX_PAGE_HTML_CHARS, SNAPSHOT_CHUNK_CHARS, type PageSnapshot } from '../../lib/reading/page-snapshot.ts';
import { readSelectionDraft } from '../../lib/reading/selection-draft.ts';

const SNAPSHOT_WITHIN_MS = 10_000;
const KEEP_MS = 60_000;
const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

export function readingRequests(): Handlers<ContentRequests> {
  let kept: { id: string; chunks: string[]; timer: ReturnType<typeof setTimeout> } | undefined;
  let counter = 0;
  const forget = () => {
    if (kept) clearTimeout(kept.timer);
    kept = undefined;
  };

  const snapshot = async (): Promise<PageSnapshot> => {
    if (!HTML_TYPES.has(document.contentType)) return { ok: false, refusal: { kind: 'not-html', contentType: document.contentType } };
    const signal = AbortSignal.timeout(SNAPSHOT_WITHIN_MS);
    const page = await serializePage(document, { maxChars: MAX_PAGE_HTML_CHARS, chunkChars: SNAPSHOT_CHUNK_CHARS, signal });
    if (page.tooLarge) return { ok: false, refusal: { kind: 'too-large', limitChars: MAX_PAGE_HTML_CHARS } };
    if (signal.aborted) return { ok: false, refusal: { kind: 'timeout', seconds: SNAPSHOT_WITHIN_MS / 1000 } };
    forget();
    const id = `${Date.now().toString(36)}-${++counter}-${Math.random().toString(36).slice(2)}`;
    kept = { id, chunks: page.chunks, timer: setTimeout(forget, KEEP_MS) };
    return {
      ok: true,
      id,
      url: location.href,
      title: document.title,
      chars: page.chars,
      chunks: page.chunks.length,
      busyMs: page.stats.busyMs,
      longestSliceMs: page.stats.longestMs,
    };
  };

  return {
    'article:snapshot': () => snapshot(),
    'article:chunk': ({ id, index }) => {
      if (kept?.id !== id) return null;
      const chunk = kept.chunks[index] ?? null;
      if (index >= kept.chunks.length - 1) forget();
      return chunk;
    },
    'selection:read': () => readSelectionDraft(window),
  };
}
