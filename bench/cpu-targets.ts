// `npm run bench -- --cpu-only` (BENCH_CPU_ONLY=1): only the CPU, frame and heap targets of
// issue 12, in a few minutes: the 5 MB page with the shipped extension, the naive painter and no
// extension (runs interleaved), the ad-frames page with and without its 20 frames, the JS heap
// each adds, and the content script's gzipped size. All CPU figures are read from outside
// (extension-cpu.ts), from a copy of the shipped code (no bench hook). Writes bench/results/cpu.json.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { startStaticServer } from '../tests/e2e/static-server.ts';
import { launchBrowser, type Browser } from './chromium.ts';
import { profileExtension } from './cpu-profile.ts';
import { marksSettled, measureCpu, type CpuRun } from './extension-cpu.ts';
import { adFramesPages, AD_FRAMES } from './frames-page.ts';
import { frameProcesses } from './frame-processes.ts';
import { heapAfterGc, type HeapUsage } from './heap.ts';
import { prepareBigKbFor } from './kb-100k.ts';
import { runBigKb } from './kb-100k-run.ts';
import { busyMachineWarning, machineInfo } from './machine.ts';
import { highlightCss, measurePaintCost, recordRanges, type RangeSpot } from './paint-cost.ts';
import { bigPage, corpusPages, CORPUS_DIR, REPO_ROOT } from './pages.ts';
import { PAINTER_DIR, painterAvailable, painterSettled } from './painter.ts';
import { buildProfilingCopy, buildShippedCopy } from './profiling-build.ts';
import { median, ratio, round } from './stats.ts';
import { targetsTable } from './table.ts';

const RUNS = Math.max(1, Number(process.env.BENCH_RUNS) || 3);
/** BENCH_CPU_BIG_ONLY=1: the 5 MB page and its profile only (no frames page, no paint cost), to
 * try a change to the walk in a couple of minutes. */
const BIG_ONLY = process.env.BENCH_CPU_BIG_ONLY === '1';
const RESULTS_FILE = path.join(REPO_ROOT, 'bench/results/cpu.json');
const log = (line: string) => process.stderr.write(`${line}\n`);
const fmt = (v: number, digits = 1) => (Number.isFinite(v) ? round(v, digits).toFixed(digits) : '–');

interface Sample extends CpuRun {
  heap?: HeapUsage;
}

async function run(browser: Browser, url: string, blank: string, settled: 'marks' | 'painter' | 'none', keep?: (spots: RangeSpot[]) => void): Promise<Sample> {
  let heap: HeapUsage | undefined;
  const r = await measureCpu(browser, url, blank, {
    watch: (page) => (settled === 'painter' ? painterSettled(page) : marksSettled(page, settled === 'marks')),
    withPage: async (page) => {
      if (keep) keep(await recordRanges(page));
      heap = await heapAfterGc(page);
    },
  });
  return { ...r, heap };
}

const med = (xs: Sample[], key: (s: Sample) => number) => median(xs.map(key));
const heapKb = (xs: Sample[]) => med(xs, (s) => (s.heap?.jsUsed ?? Number.NaN) / 1024);

export async function cpuOnly(startedAt: number): Promise<void> {
  if (!painterAvailable()) throw new Error(`The naive painter is missing: ${PAINTER_DIR}`);
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'kb-bench-cpu-'));
  log('Building the shipped copy and an unminified one for the profile…');
  const shipped = await buildShippedCopy(path.join(tmp, 'shipped'));
  const profiling = await buildProfilingCopy(path.join(tmp, 'profiling'));
  const sizeOf = (file: string) => {
    const body = readFileSync(path.join(shipped, file));
    return { bytes: body.length, gzipBytes: gzipSync(body, { level: 9 }).length };
  };
  const bundle = sizeOf('content-scripts/content.js');
  // What every sub-frame loads; the full script only follows once the frame holds text.
  const watcher = sizeOf('frame-watcher.js');

  const big5 = bigPage(5, tmp);
  const other = await startStaticServer();
  const frames = adFramesPages(other.origin);
  Object.assign(other.routes, frames.otherRoutes);
  const server = await startStaticServer({
    root: CORPUS_DIR, // the open tabs of the 100,000-name KB's sync
    routes: { [big5.urlPath]: { body: big5.body! }, ...frames.routes, '/bench/blank.html': { body: '<!doctype html><title>blank</title>' } },
  });
  const blank = server.url('/bench/blank.html');
  const ext = await launchBrowser(shipped);
  const painter = await launchBrowser(PAINTER_DIR, { serviceWorker: false });
  const without = await launchBrowser();
  try {
    const machine = await machineInfo(without.context);
    const framesSeen = await frameProcesses(without, server.url(frames.withFrames.urlPath));
    const s = { ext: [] as Sample[], painter: [] as Sample[], none: [] as Sample[], framed: [] as Sample[], plain: [] as Sample[], framedNone: [] as Sample[], plainNone: [] as Sample[] };
    let extSpots: RangeSpot[] = [];
    let painterSpots: RangeSpot[] = [];
    for (let i = 0; i < RUNS; i++) {
      s.ext.push(await run(ext, server.url(big5.urlPath), blank, 'marks', i ? undefined : (x) => (extSpots = x)));
      s.painter.push(await run(painter, server.url(big5.urlPath), blank, 'painter', i ? undefined : (x) => (painterSpots = x)));
      s.none.push(await run(without, server.url(big5.urlPath), blank, 'none'));
      log(`5 MB run ${i + 1}: extension ${fmt(s.ext[i]!.cpuMs)} ms CPU (${s.ext[i]!.marks} marks), painter ${fmt(s.painter[i]!.cpuMs)} ms (${s.painter[i]!.marks}), task ${fmt(s.ext[i]!.taskMs)} / ${fmt(s.painter[i]!.taskMs)} / ${fmt(s.none[i]!.taskMs)} ms`);
      if (BIG_ONLY) continue;
      s.framed.push(await run(ext, server.url(frames.withFrames.urlPath), blank, 'marks'));
      s.plain.push(await run(ext, server.url(frames.without.urlPath), blank, 'marks'));
      s.framedNone.push(await run(without, server.url(frames.withFrames.urlPath), blank, 'none'));
      s.plainNone.push(await run(without, server.url(frames.without.urlPath), blank, 'none'));
      log(`frames run ${i + 1}: extension ${fmt(s.framed[i]!.cpuMs)} ms with ${AD_FRAMES} frames, ${fmt(s.plain[i]!.cpuMs)} ms without`);
    }
    const taskNone = med(s.none, (x) => x.taskMs);
    const big = {
      extensionCpuMs: med(s.ext, (x) => x.cpuMs), painterCpuMs: med(s.painter, (x) => x.cpuMs),
      extensionGcMs: med(s.ext, (x) => x.gcMs), painterGcMs: med(s.painter, (x) => x.gcMs),
      extensionTaskAddedMs: med(s.ext, (x) => x.taskMs) - taskNone, painterTaskAddedMs: med(s.painter, (x) => x.taskMs) - taskNone,
      extensionMarks: med(s.ext, (x) => x.marks), painterMarks: med(s.painter, (x) => x.marks),
      extensionHeapAddedKb: heapKb(s.ext) - heapKb(s.none), painterHeapAddedKb: heapKb(s.painter) - heapKb(s.none),
    };
    const framedKb = heapKb(s.framed) - heapKb(s.framedNone);
    const plainKb = heapKb(s.plain) - heapKb(s.plainNone);
    const framesResult = {
      frames: AD_FRAMES,
      withFramesCpuMs: med(s.framed, (x) => x.cpuMs), withoutFramesCpuMs: med(s.plain, (x) => x.cpuMs),
      cpuRatio: ratio(med(s.framed, (x) => x.cpuMs), med(s.plain, (x) => x.cpuMs)),
      // At the nominal interval: steadier on a loaded machine (see CpuRun.cpuSamplesMs).
      withFramesNominalMs: med(s.framed, (x) => x.cpuSamplesMs), withoutFramesNominalMs: med(s.plain, (x) => x.cpuSamplesMs),
      taskAddedWithFramesMs: med(s.framed, (x) => x.taskMs) - med(s.framedNone, (x) => x.taskMs),
      taskAddedWithoutFramesMs: med(s.plain, (x) => x.taskMs) - med(s.plainNone, (x) => x.taskMs),
      heapAddedKb: { withFrames: framedKb, withoutFrames: plainKb, perAdFrame: (framedKb - plainKb) / AD_FRAMES },
    };
    const loadAtEnd = os.loadavg();
    const lines = [
      `Machine: ${machine.cpu}, ${machine.cores} cores; ${machine.chromium}; load average ${machine.loadAverage.map((l) => l.toFixed(1)).join(' / ')} at start, ${loadAtEnd.map((l) => l.toFixed(1)).join(' / ')} at end`,
      ...[busyMachineWarning(machine.loadAverage, machine.cores) ?? busyMachineWarning(loadAtEnd, machine.cores)].filter(Boolean),
      `Medians of ${RUNS} runs each, interleaved; CPU = profiler samples under chrome-extension:// frames; task = renderer TaskDuration (thread time) minus without any extension.`,
      `5 MB page: extension ${fmt(big.extensionCpuMs)} ms CPU vs naive painter ${fmt(big.painterCpuMs)} ms (${fmt(ratio(big.extensionCpuMs, big.painterCpuMs), 2)}×) ` +
        `[target 1: ≤ 1×: ${big.extensionCpuMs <= big.painterCpuMs ? 'pass' : 'FAIL'}]; per run ${s.ext.map((x) => fmt(x.cpuMs)).join(' / ')} vs ${s.painter.map((x) => fmt(x.cpuMs)).join(' / ')}`,
      `  renderer task added: extension +${fmt(big.extensionTaskAddedMs)} ms, painter +${fmt(big.painterTaskAddedMs)} ms; CPU at the nominal sample interval ${fmt(med(s.ext, (x) => x.cpuSamplesMs))} vs ${fmt(med(s.painter, (x) => x.cpuSamplesMs))} ms`,
      `  marks ${big.extensionMarks} vs ${big.painterMarks}; GC in the window ${fmt(big.extensionGcMs)} vs ${fmt(big.painterGcMs)} ms; JS heap added ${fmt(big.extensionHeapAddedKb, 0)} KB vs ${fmt(big.painterHeapAddedKb, 0)} KB`,
      ...(BIG_ONLY ? [] : [
        `Ad frames page: ${framesSeen.frames} frames, ${framesSeen.outOfProcess} of them out of process` +
          (framesSeen.outOfProcess ? ' (WARNING: the profiler does not see those: the CPU figures below leave them out)' : ' (the profiler sees them all)'),
        `Ad frames (${frames.without.name}): extension ${fmt(framesResult.withFramesCpuMs)} ms CPU with ${AD_FRAMES} frames, ${fmt(framesResult.withoutFramesCpuMs)} ms without: ${fmt(framesResult.cpuRatio, 2)}× [target 2: ≤ 1.1×: ${framesResult.cpuRatio <= 1.1 ? 'pass' : 'FAIL'}]`,
        `  CPU at the nominal sample interval: ${fmt(framesResult.withFramesNominalMs)} vs ${fmt(framesResult.withoutFramesNominalMs)} ms ` +
          `(${fmt(ratio(framesResult.withFramesNominalMs, framesResult.withoutFramesNominalMs), 2)}×); per run ${s.framed.map((x) => fmt(x.cpuSamplesMs)).join(' / ')} vs ${s.plain.map((x) => fmt(x.cpuSamplesMs)).join(' / ')}`,
        `  renderer task added: +${fmt(framesResult.taskAddedWithFramesMs)} ms with the frames, +${fmt(framesResult.taskAddedWithoutFramesMs)} ms without`,
        `  JS heap added (bundled KB): ${fmt(framedKb, 0)} KB with the frames, ${fmt(plainKb, 0)} KB without: ${fmt(framesResult.heapAddedKb.perAdFrame, 0)} KB per ad frame [target 4: ≤ 1024 KB: ${framesResult.heapAddedKb.perAdFrame <= 1024 ? 'pass' : 'FAIL'}]`]),
      `Content script: ${bundle.bytes.toLocaleString('en')} bytes, ${bundle.gzipBytes.toLocaleString('en')} gzipped (level 9, shipped build); ` +
        `sub-frames' watcher: ${watcher.bytes.toLocaleString('en')} bytes, ${watcher.gzipBytes.toLocaleString('en')} gzipped`,
    ];
    console.log(lines.join('\n'));
    const results: Record<string, unknown> = { startedAt: new Date(startedAt).toISOString(), machine, loadAtEnd, runs: RUNS, big5: big, frames: { ...framesResult, ...framesSeen }, bundle, watcher, samples: s };
    const write = () => {
      mkdirSync(path.dirname(RESULTS_FILE), { recursive: true });
      writeFileSync(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);
    };
    write();
    // Issue 12 target 3: the 100,000-name KB against the bundled one (kb-100k-run.ts).
    if (!BIG_ONLY) try {
      log('Generating the 100,000-name KB…');
      const kb = prepareBigKbFor(shipped, [big5, ...corpusPages()]);
      const bigKb = await runBigKb({
        extensionDir: shipped, bundled: ext, without, server, kb, big5Url: server.url(big5.urlPath), blankUrl: blank, runs: RUNS, log,
        frames: { withFramesUrl: server.url(frames.withFrames.urlPath), withoutFramesUrl: server.url(frames.without.urlPath), adFrames: AD_FRAMES },
      });
      const { lines: bigKbText, ...kb100k } = bigKb;
      results.kb100k = kb100k;
      console.log([...bigKbText, targetsTable(bigKb.targets)].join('\n'));
      write();
    } catch (error) {
      log(`  the 100,000-name KB failed: ${String(error).split('\n')[0]}`);
    }
    // Extras, each on its own: a failure leaves the figures above written.
    if (!BIG_ONLY) try {
      log('Paint cost of the registered ranges…');
      const extCss = highlightCss(readFileSync(path.join(shipped, 'content-scripts', 'marks.css'), 'utf8'));
      const painterCss = highlightCss(readFileSync(path.join(PAINTER_DIR, 'c.css'), 'utf8'));
      const paint = {
        extension: await measurePaintCost(without, server.url(big5.urlPath), extCss, extSpots),
        painter: await measurePaintCost(without, server.url(big5.urlPath), painterCss, painterSpots),
      };
      results.paintMs = paint;
      console.log(`  painting the registered ranges alone: extension ${fmt(paint.extension.ms)} ms (${paint.extension.ranges} ranges), painter ${fmt(paint.painter.ms)} ms (${paint.painter.ranges})`);
    } catch (error) {
      log(`  paint cost failed: ${String(error).split('\n')[0]}`);
    }
    const profiler = await launchBrowser(profiling);
    try {
      const profiled = [['5 MB page', server.url(big5.urlPath)], ['ad-frames page', server.url(frames.withFrames.urlPath)]] as const;
      for (const [name, url] of BIG_ONLY ? profiled.slice(0, 1) : profiled) {
        try {
          const profile = await profileExtension(profiler, url, blank);
          (results.profiles ??= {} as Record<string, unknown>) as Record<string, unknown>;
          (results.profiles as Record<string, unknown>)[name] = profile;
          console.log(`Profile of the ${name} (unminified copy): ${fmt(profile.cpuMs)} ms; top self time: ${profile.top.slice(0, 10).map((e) => `${e.name} (${e.where}) ${fmt(e.selfMs)}`).join(', ')}`);
          console.log(`  by file: ${profile.byFile.slice(0, 8).map((f) => `${f.file} ${fmt(f.ms)}`).join(', ')}`);
        } catch (error) {
          log(`  profile of the ${name} failed: ${String(error).split('\n')[0]}`);
        }
      }
    } finally {
      await profiler.close();
    }
    write();
    log(`Wrote ${path.relative(REPO_ROOT, RESULTS_FILE)}`);
  } finally {
    await ext.close();
    await painter.close();
    await without.close();
    await server.stop();
    await other.stop();
    rmSync(tmp, { recursive: true, force: true });
  }
}
