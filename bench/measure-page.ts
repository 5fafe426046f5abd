// Measures one page: the extension `runs` times on fresh pages, then the same page without it
// (heap, floor, mark.js).
import type { BaselineRun } from './baseline-run.ts';
import { runBaseline } from './baseline-run.ts';
import type { Browser } from './chromium.ts';
import { runExtension, type ExtensionRun, type RunOptions } from './extension-run.ts';
import type { BenchPage } from './pages.ts';
import { pageResult, type PageResult } from './page-result.ts';

export interface PageMeasurement {
  result: PageResult;
  ext: ExtensionRun[];
  base: BaselineRun;
}

export async function measurePage(
  withExt: Browser,
  without: Browser,
  page: BenchPage,
  url: string,
  aliases: readonly string[],
  runs = 1,
  options: RunOptions = {},
): Promise<PageMeasurement> {
  const ext: ExtensionRun[] = [];
  for (let i = 0; i < runs; i++) ext.push(await runExtension(withExt, url, i === 0 ? options : { timeoutMs: options.timeoutMs }));
  const base = await runBaseline(without, url, aliases, options.timeoutMs);
  return { result: pageResult(page, ext, base), ext, base };
}
