// The reference: mark.js 8.11.1 marking the same aliases on the same page, timed in the page
// from the call to its `done` callback.
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';

const MARK_JS = createRequire(import.meta.url).resolve('mark.js/dist/mark.min.js');

export interface MarkJsRun {
  ms: number;
  marks: number;
  error?: string;
}

/**
 * In-page code as a string: tsx (esbuild keepNames) would wrap a named callback such as
 * `done` in a `__name(...)` helper that does not exist in the page.
 */
const RUN_IN_PAGE = `(keywords) => new Promise((resolve) => {
  const start = performance.now();
  new window.Mark(document.body).mark(keywords, {
    accuracy: 'exactly',
    separateWordSearch: false,
    diacritics: false,
    acrossElements: false,
    done: (marks) => resolve({ ms: performance.now() - start, marks }),
  });
})`;

export async function runMarkJs(page: Page, aliases: readonly string[]): Promise<MarkJsRun> {
  try {
    await page.addScriptTag({ path: MARK_JS });
    const run = await page.evaluateHandle(RUN_IN_PAGE);
    try {
      return (await run.evaluate((fn, keywords) => (fn as unknown as (k: string[]) => Promise<MarkJsRun>)(keywords), [...aliases])) as MarkJsRun;
    } finally {
      await run.dispose();
    }
  } catch (error) {
    return { ms: Number.NaN, marks: Number.NaN, error: String(error instanceof Error ? error.message : error).split('\n')[0] };
  }
}
