// Issue 12's big KB for the bench: 100,000 entities and 300,000 aliases (bench/synthetic-kb.ts),
// none of whose invented names occurs in the benchmark pages (so the marks stay those of the
// bundled KB), written as a publisher would serve it. The extension gets it the way a reader's
// would: synced from 127.0.0.1 (sync-big-kb.ts), never bundled.
import path from 'node:path';
import type { KnowledgeBase } from '../lib/kb-schema.ts';
import { readKb } from './aliases.ts';
import { paragraphsOf } from './page-text.ts';
import type { BenchPage } from './pages.ts';
import { KB_100K, kbJson, scaledKb } from './synthetic-kb.ts';

export const SCALE_TARGET = KB_100K;
/** Where the bench's servers serve it. */
export const BIG_KB_PATH = '/bench/kb-100k.json';

export interface BigKb {
  /** The file as served. */
  body: Buffer;
  entities: number;
  aliases: number;
  /** Entities a page may mark (marks !== false). */
  markedEntities: number;
  kbBytes: number;
  /** Made-up names drawn again because a page has them. */
  redrawn: number;
  /** Generating and serialising it in Node. */
  generateMs: number;
  version: number;
}

/** The big KB, one version above the bundled one so that a sync takes it. */
export function prepareBigKb(bundled: KnowledgeBase, pageTexts: readonly string[]): BigKb {
  const started = performance.now();
  const { kb, avoided: redrawn } = scaledKb(bundled, SCALE_TARGET, pageTexts);
  const aliases = kb.entities.reduce((n, e) => n + e.aliases.length, 0);
  if (kb.entities.length !== SCALE_TARGET.entities || aliases !== SCALE_TARGET.aliases) {
    throw new Error(`the generated KB has ${kb.entities.length} entities and ${aliases} aliases`);
  }
  const version = bundled.version + 1;
  const body = Buffer.from(kbJson({ ...kb, version }));
  return {
    body, entities: kb.entities.length, aliases, version,
    markedEntities: kb.entities.filter((e) => e.marks !== false).length,
    kbBytes: body.length, redrawn, generateMs: performance.now() - started,
  };
}

/** The big KB over the bundled one of an unpacked extension, avoiding the names in `pages`. */
export function prepareBigKbFor(extensionDir: string, pages: readonly BenchPage[]): BigKb {
  return prepareBigKb(readKb(path.join(extensionDir, 'kb.json')), pages.flatMap(paragraphsOf));
}
