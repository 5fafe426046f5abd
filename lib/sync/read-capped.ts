// Reads a response body as a stream and stops at a byte limit, so an oversized file is cut
// off after `maxBytes` instead of being buffered whole.
export type CappedRead =
  | { kind: 'done'; bytes: Uint8Array }
  | { kind: 'too-large' }
  | { kind: 'failed'; receivedBytes: number; error: unknown };

export async function readCapped(body: ReadableStream<Uint8Array> | null, maxBytes: number): Promise<CappedRead> {
  if (!body) return { kind: 'done', bytes: new Uint8Array() };
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      received += value.byteLength;
      if (received > maxBytes) {
        void reader.cancel().catch(() => undefined);
        return { kind: 'too-large' };
      }
      chunks.push(value);
    }
  } catch (error) {
    return { kind: 'failed', receivedBytes: received, error };
  }
  const bytes = new Uint8Array(received);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return { kind: 'done', bytes };
}
