// The runs behind issue 12's targets 1, 2 and 4, for `npm run bench` and `--cpu-only` alike: the
// 5 MB page with the shipped extension, the naive painter and no extension, and the ad-frames page
// with and without its frames, runs interleaved, each read from outside (extension-cpu.ts) with
// its JS heap after GC; then what painting each one's ranges alone costs (paint-cost.ts).
// cpu-target-figures.ts does the arithmetic.
import { launchBrowser, type Browser } from './chromium.ts';
import { painterComparison, framesFigures, emptyCpuTargetSamples, type CpuSample, type CpuTargetSamples, type FramesFigures, type PainterComparison } from './cpu-target-figures.ts';
import { marksSettled, measureCpu } from './extension-cpu.ts';
import { frameProcesses, type FrameProcesses } from './frame-processes.ts';
import { heapAfterGc, type HeapUsage } from './heap.ts';
import { measurePaintCosts, recordRanges, type PaintCosts, type RecordedRanges } from './paint-cost.ts';
import { PAINTER_DIR, painterAvailable, painterSettled } from './painter.ts';
import { round } from './stats.ts';

export interface CpuTargetInputs {
  /** The shipped copy (no bench hook) with its bundled KB, loaded in `ext`. */
  ext: Browser;
  extensionDir: string;
  /** The naive painter (painter.ts) and no extension at all. */
  painter: Browser;
  without: Browser;
  big5Url: string;
  /** A page of the same origin, loaded first so that the measured page keeps its renderer. */
  blankUrl: string;
  /** Null: the 5 MB page only. */
  frames: { withFramesUrl: string; withoutFramesUrl: string; adFrames: number } | null;
  runs: number;
  /** Also measure what painting the ranges alone costs (after the runs). */
  paint: boolean;
  log: (line: string) => void;
}

export interface CpuTargetsResult {
  big5: PainterComparison;
  frames: FramesFigures | null;
  /** The ad-frames page's frames, and how many run out of the page's process (unseen by the profiler). */
  frameProcesses: FrameProcesses | null;
  paint: PaintCosts | null;
  failed: { paint?: string };
  samples: CpuTargetSamples;
}

type Settled = 'marks' | 'painter' | 'none';

async function run(browser: Browser, url: string, blank: string, settled: Settled, keep?: (ranges: RecordedRanges) => void): Promise<CpuSample> {
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

const fmt = (v: number) => (Number.isFinite(v) ? round(v, 1).toFixed(1) : '–');
const message = (error: unknown) => String(error instanceof Error ? error.message : error).split('\n')[0]!;

export async function runCpuTargets(i: CpuTargetInputs): Promise<CpuTargetsResult> {
  const s = emptyCpuTargetSamples();
  const seen = i.frames ? await frameProcesses(i.without, i.frames.withFramesUrl) : null;
  let extRanges: RecordedRanges | undefined;
  let painterRanges: RecordedRanges | undefined;
  i.log(`The 5 MB page: the shipped extension, the naive painter and none, ${i.runs} runs each, interleaved${i.frames ? `; the ad-frames page with and without its ${i.frames.adFrames} frames` : ''}…`);
  for (let n = 0; n < i.runs; n++) {
    s.ext.push(await run(i.ext, i.big5Url, i.blankUrl, 'marks', n ? undefined : (r) => (extRanges = r)));
    s.painter.push(await run(i.painter, i.big5Url, i.blankUrl, 'painter', n ? undefined : (r) => (painterRanges = r)));
    s.none.push(await run(i.without, i.big5Url, i.blankUrl, 'none'));
    i.log(`  5 MB run ${n + 1}: extension ${fmt(s.ext[n]!.cpuMs)} ms CPU (${s.ext[n]!.marks} marks), painter ${fmt(s.painter[n]!.cpuMs)} ms (${s.painter[n]!.marks}), task ${fmt(s.ext[n]!.taskMs)} / ${fmt(s.painter[n]!.taskMs)} / ${fmt(s.none[n]!.taskMs)} ms`);
    if (!i.frames) continue;
    s.framed.push(await run(i.ext, i.frames.withFramesUrl, i.blankUrl, 'marks'));
    s.plain.push(await run(i.ext, i.frames.withoutFramesUrl, i.blankUrl, 'marks'));
    s.framedNone.push(await run(i.without, i.frames.withFramesUrl, i.blankUrl, 'none'));
    s.plainNone.push(await run(i.without, i.frames.withoutFramesUrl, i.blankUrl, 'none'));
    i.log(`  frames run ${n + 1}: extension ${fmt(s.framed[n]!.cpuMs)} ms with ${i.frames.adFrames} frames, ${fmt(s.plain[n]!.cpuMs)} ms without`);
  }
  const failed: CpuTargetsResult['failed'] = {};
  let paint: PaintCosts | null = null;
  if (i.paint && extRanges && painterRanges) {
    try {
      i.log('  painting the recorded ranges alone, in a browser without extensions…');
      paint = await measurePaintCosts(i.without, i.big5Url, i.extensionDir, { extension: extRanges, painter: painterRanges }, i.runs);
    } catch (error) {
      failed.paint = message(error);
      i.log(`  paint cost failed: ${failed.paint}`);
    }
  }
  return { big5: painterComparison(s), frames: i.frames ? framesFigures(s, i.frames.adFrames) : null, frameProcesses: seen, paint, failed, samples: s };
}

/** The same runs in browsers of their own for the shipped copy and the painter, closed after
 * (the full bench, whose other browsers run the bench build); `blocked`: requests they aborted. */
export async function runCpuTargetsWithPainter(i: Omit<CpuTargetInputs, 'ext' | 'painter'>): Promise<{ result: CpuTargetsResult; blocked: number }> {
  if (!painterAvailable()) throw new Error(`the naive painter is missing: ${PAINTER_DIR}`);
  const ext = await launchBrowser(i.extensionDir);
  try {
    const painter = await launchBrowser(PAINTER_DIR, { serviceWorker: false });
    try {
      const result = await runCpuTargets({ ...i, ext, painter });
      return { result, blocked: ext.guard.blocked + painter.guard.blocked };
    } finally {
      await painter.close();
    }
  } finally {
    await ext.close();
  }
}
