// What a page loads, as shipped: the content script (the top frame, and a sub-frame once it holds
// text) and the frame watcher (every sub-frame), in bytes and gzipped bytes (zlib level 9).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface ScriptSize {
  /** Path inside the build. */
  file: string;
  bytes: number;
  gzipBytes: number;
}

export interface ScriptSizes {
  content: ScriptSize;
  /** Null in a build without a frame watcher. */
  watcher: ScriptSize | null;
}

export const CONTENT_SCRIPT = 'content-scripts/content.js';
export const FRAME_WATCHER = 'frame-watcher.js';

function sizeOf(buildDir: string, file: string): ScriptSize | null {
  const full = path.join(buildDir, file);
  if (!existsSync(full)) return null;
  const body = readFileSync(full);
  return { file, bytes: body.length, gzipBytes: gzipSync(body, { level: 9 }).length };
}

/** The sizes in `buildDir` (a chrome-mv3 folder, e.g. the bench's shipped copy). */
export function scriptSizes(buildDir: string): ScriptSizes {
  const content = sizeOf(buildDir, CONTENT_SCRIPT);
  if (!content) throw new Error(`No ${CONTENT_SCRIPT} in ${buildDir}`);
  return { content, watcher: sizeOf(buildDir, FRAME_WATCHER) };
}
