// The content script's size as shipped: bytes and gzipped bytes (zlib level 9), from the normal
// build when there is one, else from the bench build.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleSize {
  file: string;
  build: 'normal' | 'bench';
  bytes: number;
  gzipBytes: number;
}

export function contentScriptSize(repoRoot: string): BundleSize | undefined {
  const candidates = [
    { build: 'normal' as const, file: path.join(repoRoot, '.output/chrome-mv3/content-scripts/content.js') },
    { build: 'bench' as const, file: path.join(repoRoot, '.output/bench/chrome-mv3/content-scripts/content.js') },
  ];
  const found = candidates.find((c) => existsSync(c.file));
  if (!found) return undefined;
  const body = readFileSync(found.file);
  return { file: path.relative(repoRoot, found.file), build: found.build, bytes: body.length, gzipBytes: gzipSync(body, { level: 9 }).length };
}
