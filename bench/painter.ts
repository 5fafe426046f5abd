// The peer to beat: ../shared/perf/naive-painter, a minimal extension that paints seven terms with
// one regex per text node into one Highlight (`kb-x`), loaded as it is from ../shared (never copied)
// in a browser of its own.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { SHARED_DIR } from './pages.ts';

export const PAINTER_DIR = path.join(SHARED_DIR, 'perf', 'naive-painter');

export function painterAvailable(): boolean {
  return existsSync(path.join(PAINTER_DIR, 'manifest.json'));
}

/** The painter paints once, at document_idle, in one task: settled once its highlight is there. */
export function painterSettled(page: Page, timeoutMs = 90_000): () => Promise<void> {
  return async () => {
    await page.waitForFunction(() => CSS.highlights.has('kb-x'), undefined, { timeout: timeoutMs, polling: 50 });
  };
}
