// A copy of the bench build for the CPU profile only: the same code, built by WXT with the
// project's config but not minified and with a source map, so that the profile can name the
// functions and source files the content script's time goes to.
import path from 'node:path';
import { build } from 'wxt';

export async function buildProfilingCopy(outDir: string): Promise<string> {
  process.env.WXT_BENCH = '1';
  const quiet = (...args: unknown[]) => process.stderr.write(`${args.map(String).join(' ')}\n`);
  const noop = () => {};
  // WXT's progress spinner writes to stdout; keep stdout for the results.
  const stdoutWrite = process.stdout.write;
  process.stdout.write = process.stderr.write.bind(process.stderr) as typeof process.stdout.write;
  try {
    await build({
      outDir,
      logger: { debug: noop, log: noop, info: noop, success: noop, warn: quiet, error: quiet, fatal: quiet, level: 1 },
      vite: () => ({ build: { minify: false, sourcemap: true } }),
    });
  } finally {
    process.stdout.write = stdoutWrite;
  }
  return path.join(outDir, 'chrome-mv3');
}
