// How the background gets a page's HTML for "Add this article": it asks the tab's top frame for
// a snapshot (the content script serialises the page in slices and keeps the result), then
// fetches it in chunks, so no single message makes the page's main thread serialise megabytes.

/** Pages with more HTML than this (scripts and styles left out) are refused, not cut. */
export const MAX_PAGE_HTML_CHARS = 5_000_000;
/** One chunk of the HTML per message: a few ms of the page's main thread to send. */
export const SNAPSHOT_CHUNK_CHARS = 256 * 1024;

export type PageSnapshot =
  | {
      ok: true;
      /** Names this snapshot for the chunk requests. */
      id: string;
      /** location.href and document.title as the live page has them. */
      url: string;
      title: string;
      chars: number;
      chunks: number;
      /** Main-thread time the serialisation took, in slices, and its longest slice. */
      busyMs: number;
      longestSliceMs: number;
    }
  | { ok: false; refusal: { kind: 'not-html'; contentType: string } | { kind: 'too-large'; limitChars: number } | { kind: 'timeout'; seconds: number } };
