// Copies of the extension built for measuring, from the same sources as the bench build:
// - the shipped code (no bench hook), for the CPU figures, which are read from outside;
// - the same unminified and with a source map, for the CPU profile, so that it can name the
//   functions and source files the content script's time goes to.
import path from 'node:path';
import { build } from 'wxt';

interface CopyOptions {
  /** Unminified, with a source map. */
  readable: boolean;
}

async function buildCopy(outDir: string, { readable }: CopyOptions): Promise<string> {
  const quiet = (...args: unknown[]) => process.stderr.write(`${args.map(String).join(' ')}\n`);
  const noop = () => {};
  // WXT's progress spinner writes to stdout; keep stdout for the results.
  const stdoutWrite = process.stdout.write;
  process.stdout.write = process.stderr.write.bind(process.stderr) as typeof process.stdout.write;
  try {
    await build({
      outDir,
      logger: { debug: noop, log: noop, info: noop, success: noop, warn: quiet, error: quiet, fatal: quiet, level: 1 },
      // The inline config wins over wxt.config.ts: no bench hook, whatever WXT_BENCH says.
      vite: () => ({ define: { __KB_BENCH__: 'false' }, ...(readable ? { build: { minify: false, sourcemap: true } } : {}) }),
    });
  } finally {
    process.stdout.write = stdoutWrite;
  }
  return path.join(outDir, 'chrome-mv3');
}

/** The extension as shipped (minified, no hook). */
export function buildShippedCopy(outDir: string): Promise<string> {
  return buildCopy(outDir, { readable: false });
}

/** The shipped code, unminified and with a source map, for the profile. */
export function buildProfilingCopy(outDir: string): Promise<string> {
  return buildCopy(outDir, { readable: true });
}
