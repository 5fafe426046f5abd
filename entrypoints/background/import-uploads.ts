// A file to import that is too big for one message (Chrome refuses messages over 64 MB, and
// a KB of 100,000 names is about 90 MB) comes in parts first ('kb:import-part'), kept here in
// memory until the import takes them. A background the browser stops loses them with everything
// else, so an import it cut off leaves nothing behind.
const uploads = new Map<string, { parts: string[]; at: number }>();
/** Parts not taken by then are dropped. */
const KEEP_MS = 5 * 60_000;

export function uploadPart(upload: string, index: number, text: string): void {
  const now = Date.now();
  for (const [id, entry] of uploads) if (now - entry.at > KEEP_MS) uploads.delete(id);
  const entry = uploads.get(upload) ?? { parts: [], at: now };
  entry.parts[index] = text;
  uploads.set(upload, entry);
}

/** The whole file of `upload`, if every part came (and is taken: it is not kept). */
export function takeUpload(upload: { id: string; parts: number } | undefined): string | undefined {
  if (!upload) return undefined;
  const entry = uploads.get(upload.id);
  uploads.delete(upload.id);
  if (!entry || entry.parts.length !== upload.parts || entry.parts.some((p) => p === undefined)) return undefined;
  return entry.parts.join('');
}
