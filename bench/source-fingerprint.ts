// A hash of the extension's sources, so a run can tell when someone changed them while it ran:
// the timed build, the profiled copy and the Node-side matcher must all be the same code.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const SOURCES = ['lib', 'entrypoints', 'components', 'public/kb.json', 'wxt.config.ts'];

function files(root: string, rel: string): string[] {
  const full = path.join(root, rel);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [rel];
  return readdirSync(full).sort().flatMap((name) => files(root, path.join(rel, name)));
}

export function sourceFingerprint(repoRoot: string): string {
  const hash = createHash('sha1');
  for (const rel of SOURCES.flatMap((s) => files(repoRoot, s))) {
    hash.update(rel).update('\0').update(readFileSync(path.join(repoRoot, rel))).update('\0');
  }
  return hash.digest('hex').slice(0, 12);
}
