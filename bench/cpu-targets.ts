// `npm run bench -- --cpu-only` (BENCH_CPU_ONLY=1): only issue 12's measured targets, in about a
// quarter of an hour: the 5 MB page with the shipped extension, the naive painter and no extension,
// the ad-frames page with and without its 20 frames, the heap each adds and the paint cost
// (cpu-target-runs.ts, the same runs the full bench makes), the scripts' gzipped sizes, and the
// 100,000-name KB (kb-100k-run.ts); then CPU profiles of both pages. Prints issue 12's table and
// writes bench/results/cpu.json.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startStaticServer } from '../tests/e2e/static-server.ts';
import { launchBrowser } from './chromium.ts';
import { profileExtension } from './cpu-profile.ts';
import { cpuTargetLines } from './cpu-target-lines.ts';
import { runCpuTargets } from './cpu-target-runs.ts';
import { adFramesPages, AD_FRAMES } from './frames-page.ts';
import { issue12Rows, issue12Table } from './issue12-table.ts';
import { prepareBigKbFor } from './kb-100k.ts';
import { runBigKb } from './kb-100k-run.ts';
import { machineInfo, machineLoadLines } from './machine.ts';
import { bigPage, corpusPages, CORPUS_DIR, REPO_ROOT } from './pages.ts';
import { PAINTER_DIR, painterAvailable } from './painter.ts';
import { buildProfilingCopy, buildShippedCopy } from './profiling-build.ts';
import { scriptSizes } from './script-sizes.ts';
import { round } from './stats.ts';

const RUNS = Math.max(1, Number(process.env.BENCH_RUNS) || 3);
/** BENCH_CPU_BIG_ONLY=1: the 5 MB page and its profile only (no frames page, no paint cost, no
 * 100,000-name KB), to try a change to the walk in a couple of minutes. */
const BIG_ONLY = process.env.BENCH_CPU_BIG_ONLY === '1';
const RESULTS_FILE = path.join(REPO_ROOT, 'bench/results/cpu.json');
const log = (line: string) => process.stderr.write(`${line}\n`);
const fmt = (v: number, digits = 1) => (Number.isFinite(v) ? round(v, digits).toFixed(digits) : '–');
const message = (error: unknown) => String(error instanceof Error ? error.message : error).split('\n')[0]!;

export async function cpuOnly(startedAt: number): Promise<void> {
  if (!painterAvailable()) throw new Error(`The naive painter is missing: ${PAINTER_DIR}`);
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'kb-bench-cpu-'));
  log('Building the shipped copy and an unminified one for the profile…');
  const shipped = await buildShippedCopy(path.join(tmp, 'shipped'));
  const profiling = await buildProfilingCopy(path.join(tmp, 'profiling'));
  const scripts = scriptSizes(shipped);

  const big5 = bigPage(5, tmp);
  const other = await startStaticServer();
  const frames = adFramesPages(other.origin);
  Object.assign(other.routes, frames.otherRoutes);
  const server = await startStaticServer({
    root: CORPUS_DIR, // the open tabs of the 100,000-name KB's sync
    routes: { [big5.urlPath]: { body: big5.body! }, ...frames.routes, '/bench/blank.html': { body: '<!doctype html><title>blank</title>' } },
  });
  const blank = server.url('/bench/blank.html');
  const framesUrls = { withFramesUrl: server.url(frames.withFrames.urlPath), withoutFramesUrl: server.url(frames.without.urlPath), adFrames: AD_FRAMES };
  const ext = await launchBrowser(shipped);
  const painter = await launchBrowser(PAINTER_DIR, { serviceWorker: false });
  const without = await launchBrowser();
  try {
    const machine = await machineInfo(without.context);
    const cpu = await runCpuTargets({
      ext, extensionDir: shipped, painter, without, big5Url: server.url(big5.urlPath), blankUrl: blank,
      frames: BIG_ONLY ? null : framesUrls, runs: RUNS, paint: !BIG_ONLY, log,
    });
    const { samples, ...cpuFigures } = cpu;
    const results: Record<string, unknown> = { startedAt: new Date(startedAt).toISOString(), machine, runs: RUNS, ...cpuFigures, scripts, samples };
    const write = () => {
      mkdirSync(path.dirname(RESULTS_FILE), { recursive: true });
      writeFileSync(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);
    };
    write();
    // Issue 12 target 3: the 100,000-name KB against the bundled one (kb-100k-run.ts).
    let kb100k: Awaited<ReturnType<typeof runBigKb>> | null = null;
    let kb100kFailed: string | undefined;
    if (!BIG_ONLY) try {
      log('Generating the 100,000-name KB…');
      const kb = prepareBigKbFor(shipped, [big5, ...corpusPages()]);
      kb100k = await runBigKb({ extensionDir: shipped, bundled: ext, without, server, kb, big5Url: server.url(big5.urlPath), blankUrl: blank, runs: RUNS, log, frames: framesUrls });
      const { lines: _lines, ...figures } = kb100k;
      results.kb100k = figures;
      write();
    } catch (error) {
      kb100kFailed = message(error);
      log(`  the 100,000-name KB failed: ${kb100kFailed}`);
    }
    const profiler = await launchBrowser(profiling);
    const profileLines: string[] = [];
    try {
      const profiled = [['5 MB page', server.url(big5.urlPath)], ['ad-frames page', framesUrls.withFramesUrl]] as const;
      const profiles: Record<string, unknown> = (results.profiles = {});
      for (const [name, url] of BIG_ONLY ? profiled.slice(0, 1) : profiled) {
        try {
          const profile = await profileExtension(profiler, url, blank);
          profiles[name] = profile;
          profileLines.push(`Profile of the ${name} (unminified copy): ${fmt(profile.cpuMs)} ms; top self time: ${profile.top.slice(0, 10).map((e) => `${e.name} (${e.where}) ${fmt(e.selfMs)}`).join(', ')}`);
          profileLines.push(`  by file: ${profile.byFile.slice(0, 8).map((f) => `${f.file} ${fmt(f.ms)}`).join(', ')}`);
        } catch (error) {
          log(`  profile of the ${name} failed: ${message(error)}`);
        }
      }
    } finally {
      await profiler.close();
    }
    const loadAtEnd = os.loadavg();
    const rows = issue12Rows({
      cpu, scripts,
      kb100k: kb100k ? { cost: kb100k.cost, sync: kb100k.sync, failed: kb100k.failed } : null,
      notRun: { kb100k: kb100kFailed ?? 'left out (BENCH_CPU_BIG_ONLY=1)' },
    });
    Object.assign(results, { loadAtEnd, elapsedS: (Date.now() - startedAt) / 1000, issue12: rows });
    console.log([
      ...machineLoadLines(machine, loadAtEnd),
      '',
      ...cpuTargetLines(cpu),
      ...(kb100k?.lines ?? []),
      ...profileLines,
      '',
      'Issue 12 targets (--cpu-only: the rows it measures; the full `npm run bench` gives the same table with the other figures around it)',
      issue12Table(rows),
      '',
      `CPU only: took ${fmt((Date.now() - startedAt) / 1000, 0)} s. Results: ${path.relative(REPO_ROOT, RESULTS_FILE)}`,
    ].join('\n'));
    write();
  } finally {
    await ext.close();
    await painter.close();
    await without.close();
    await server.stop();
    await other.stop();
    rmSync(tmp, { recursive: true, force: true });
  }
}
