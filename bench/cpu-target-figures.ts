// Issue 12's targets 1, 2 and 4 from the runs' samples (cpu-target-runs.ts): the 5 MB page with
// the shipped extension against the naive painter, and the ad-frames page with and without its
// frames; medians of interleaved runs, the renderer time and JS heap each adds. Pure arithmetic,
// unit-tested.
import type { CpuRun } from './extension-cpu.ts';
import type { HeapUsage } from './heap.ts';
import { median, ratio } from './stats.ts';

export interface CpuSample extends CpuRun {
  heap?: HeapUsage;
}

/** One list per kind of run; the frame lists stay empty when the frames page is left out. */
export interface CpuTargetSamples {
  /** The 5 MB page: the shipped extension, the naive painter, no extension. */
  ext: CpuSample[];
  painter: CpuSample[];
  none: CpuSample[];
  /** The ad-frames page with its frames and without, with the shipped extension and with none. */
  framed: CpuSample[];
  plain: CpuSample[];
  framedNone: CpuSample[];
  plainNone: CpuSample[];
}

export const emptyCpuTargetSamples = (): CpuTargetSamples => ({ ext: [], painter: [], none: [], framed: [], plain: [], framedNone: [], plainNone: [] });

/** Target 1: the 5 MB page, the extension against the naive painter (medians). */
export interface PainterComparison {
  runs: number;
  extensionCpuMs: number;
  painterCpuMs: number;
  /** extension ÷ painter, of the summed CPU (the headline figure). */
  cpuRatio: number;
  /** The same samples counted at the nominal 0.1 ms interval (steadier on a loaded machine). */
  extensionNominalMs: number;
  painterNominalMs: number;
  nominalRatio: number;
  extensionGcMs: number;
  painterGcMs: number;
  /** Renderer TaskDuration with each minus without any extension. */
  extensionTaskAddedMs: number;
  painterTaskAddedMs: number;
  extensionMarks: number;
  painterMarks: number;
  /** JS heap after GC with each minus without (target 4 for the extension). */
  extensionHeapAddedKb: number;
  painterHeapAddedKb: number;
}

/** Target 2 (and 4's heap per frame): the ad-frames page with and without its frames. */
export interface FramesFigures {
  frames: number;
  withFramesCpuMs: number;
  withoutFramesCpuMs: number;
  cpuRatio: number;
  withFramesNominalMs: number;
  withoutFramesNominalMs: number;
  nominalRatio: number;
  taskAddedWithFramesMs: number;
  taskAddedWithoutFramesMs: number;
  /** JS heap the extension adds: the page with its frames, without them (its own frame), and per ad frame. */
  heapAddedKb: { withFrames: number; withoutFrames: number; perAdFrame: number };
}

const med = (xs: readonly CpuSample[], key: (s: CpuSample) => number) => median(xs.map(key));
const heapKb = (xs: readonly CpuSample[]) => med(xs, (s) => (s.heap?.jsUsed ?? Number.NaN) / 1024);
const cpu = (s: CpuSample) => s.cpuMs;
const nominal = (s: CpuSample) => s.cpuSamplesMs;
const task = (s: CpuSample) => s.taskMs;

export function painterComparison(s: CpuTargetSamples): PainterComparison {
  const taskNone = med(s.none, task);
  const extensionCpuMs = med(s.ext, cpu);
  const painterCpuMs = med(s.painter, cpu);
  const extensionNominalMs = med(s.ext, nominal);
  const painterNominalMs = med(s.painter, nominal);
  return {
    runs: s.ext.length,
    extensionCpuMs, painterCpuMs, cpuRatio: ratio(extensionCpuMs, painterCpuMs),
    extensionNominalMs, painterNominalMs, nominalRatio: ratio(extensionNominalMs, painterNominalMs),
    extensionGcMs: med(s.ext, (x) => x.gcMs), painterGcMs: med(s.painter, (x) => x.gcMs),
    extensionTaskAddedMs: med(s.ext, task) - taskNone, painterTaskAddedMs: med(s.painter, task) - taskNone,
    extensionMarks: med(s.ext, (x) => x.marks), painterMarks: med(s.painter, (x) => x.marks),
    extensionHeapAddedKb: heapKb(s.ext) - heapKb(s.none), painterHeapAddedKb: heapKb(s.painter) - heapKb(s.none),
  };
}

/** Null when the frames page was not run. */
export function framesFigures(s: CpuTargetSamples, adFrames: number): FramesFigures | null {
  if (!s.framed.length || !s.plain.length) return null;
  const framedKb = heapKb(s.framed) - heapKb(s.framedNone);
  const plainKb = heapKb(s.plain) - heapKb(s.plainNone);
  const withFramesCpuMs = med(s.framed, cpu);
  const withoutFramesCpuMs = med(s.plain, cpu);
  const withFramesNominalMs = med(s.framed, nominal);
  const withoutFramesNominalMs = med(s.plain, nominal);
  return {
    frames: adFrames,
    withFramesCpuMs, withoutFramesCpuMs, cpuRatio: ratio(withFramesCpuMs, withoutFramesCpuMs),
    withFramesNominalMs, withoutFramesNominalMs, nominalRatio: ratio(withFramesNominalMs, withoutFramesNominalMs),
    taskAddedWithFramesMs: med(s.framed, task) - med(s.framedNone, task),
    taskAddedWithoutFramesMs: med(s.plain, task) - med(s.plainNone, task),
    heapAddedKb: { withFrames: framedKb, withoutFrames: plainKb, perAdFrame: (framedKb - plainKb) / adFrames },
  };
}
