// A KB as it is stored: a head that says what it is (kept in its slot) and parts that hold it,
// the KB less its entities and then its entities a chunk at a time. Each part is cloned into
// and out of IndexedDB on its own, so a KB of 100,000 entities never holds the background in
// one long structured clone, and moving a KB to the previous slot rewrites only its head.
import type { KnowledgeBase } from '../kb-schema.ts';
import type { KbHead, KbOrigin, KbPart, KbSlot } from './schema.ts';

/** Entities per part: about 1 MB of a generated KB. */
export const ENTITIES_PER_PART = 1000;

export function newKbKey(): string {
  return crypto.randomUUID();
}

export function kbParts(kb: KnowledgeBase, key: string): KbPart[] {
  const { entities } = kb;
  // Part 0 keeps `entities` (empty) in its place, so the KB reads back with its keys in order.
  const parts: KbPart[] = [{ key, n: 0, kb: { ...kb, entities: [] } }];
  for (let i = 0; i < entities.length; i += ENTITIES_PER_PART) parts.push({ key, n: parts.length, entities: entities.slice(i, i + ENTITIES_PER_PART) });
  return parts;
}

export function kbHead(slot: KbSlot, key: string, kb: KnowledgeBase, origin: KbOrigin, savedAt: string, digest?: string): KbHead {
  return {
    slot,
    key,
    parts: 1 + Math.ceil(kb.entities.length / ENTITIES_PER_PART),
    origin,
    savedAt,
    version: kb.version,
    released: kb.released,
    ...(kb.title !== undefined && { title: kb.title }),
    entities: kb.entities.length,
    contexts: kb.entities.reduce((n, e) => n + e.contexts.length, 0),
    ...(digest !== undefined && { digest }),
  };
}

/** The KB from its parts, in order; undefined when one is missing. */
export function assembleKb(parts: readonly (KbPart | undefined)[]): KnowledgeBase | undefined {
  const first = parts[0]?.kb;
  if (!first) return undefined;
  const entities: KnowledgeBase['entities'] = [];
  for (const part of parts.slice(1)) {
    if (!part?.entities) return undefined;
    for (const e of part.entities) entities.push(e);
  }
  return { ...first, entities };
}

/** SHA-256 of a file's bytes, hex (off the main thread where the browser can). */
export async function fileDigest(bytes: Uint8Array): Promise<string> {
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
  return [...hash].map((b) => b.toString(16).padStart(2, '0')).join('');
}
