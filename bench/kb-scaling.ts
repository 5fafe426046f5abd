// The KB scaling run's setup: a copy of the bench build whose kb.json is a generated KB of
// 10,000 entities, and how long compiling the matcher for a KB takes in Node.
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { compileMatcher } from '../lib/matcher.ts';
import type { KnowledgeBase } from '../lib/kb-schema.ts';
import { formatProblem, validateKb } from '../lib/kb-validate.ts';
import { median } from './stats.ts';
import { scaledKb, type ScaleTarget } from './synthetic-kb.ts';

export const SCALE_TARGET: ScaleTarget = { entities: 10_000, aliases: 30_000 };

export interface CompileTiming {
  /** The first compile in this process. */
  coldMs: number;
  /** Median of the following runs. */
  medianMs: number;
}

export interface ScaledExtension {
  extensionDir: string;
  kb: KnowledgeBase;
  entities: number;
  aliases: number;
  /** Entities the content script receives (marks !== false). */
  markedEntities: number;
  kbBytes: number;
  kbJson: string;
  /** Families drawn again because an invented name occurred in a page. */
  redrawn: number;
}

export function prepareScaledExtension(bundled: KnowledgeBase, bundledDir: string, tmpDir: string, pageTexts: readonly string[]): ScaledExtension {
  const { kb, avoided: redrawn } = scaledKb(bundled, SCALE_TARGET, pageTexts);
  const checked = validateKb(kb);
  if (!checked.ok) throw new Error(`the generated KB is invalid:\n${checked.problems.slice(0, 10).map(formatProblem).join('\n')}`);
  const aliases = kb.entities.reduce((n, e) => n + e.aliases.length, 0);
  if (kb.entities.length !== SCALE_TARGET.entities || aliases !== SCALE_TARGET.aliases) {
    throw new Error(`the generated KB has ${kb.entities.length} entities and ${aliases} aliases`);
  }
  const json = `${JSON.stringify(kb)}\n`;
  const extensionDir = copyWithKb(bundledDir, path.join(tmpDir, 'chrome-mv3-kb10k'), json);
  return {
    extensionDir, kb, entities: kb.entities.length, aliases,
    markedEntities: kb.entities.filter((e) => e.marks !== false).length,
    kbBytes: Buffer.byteLength(json), kbJson: json, redrawn,
  };
}

/** A copy of an unpacked extension whose bundled KB is `kbJson`; returns the copy's folder. */
export function copyWithKb(extensionDir: string, destination: string, kbJson: string): string {
  mkdirSync(destination, { recursive: true });
  cpSync(extensionDir, destination, { recursive: true });
  writeFileSync(path.join(destination, 'kb.json'), kbJson);
  return destination;
}

/** compileMatcher for the entities a page gets (as the content script does), in Node. */
export function timeCompile(kb: KnowledgeBase, runs = 7): CompileTiming {
  const entities = kb.entities.filter((e) => e.marks);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    compileMatcher(entities);
    times.push(performance.now() - start);
  }
  return { coldMs: times[0]!, medianMs: median(times.slice(1)) };
}
