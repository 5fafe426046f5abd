// The report's lines on the runs behind issue 12's targets 1, 2 and 4 (the table gives the
// verdicts): per-run figures, GC, the renderer time and heap each adds.
import type { CpuTargetsResult } from './cpu-target-runs.ts';
import { ratio, round } from './stats.ts';

const fmt = (v: number, digits = 1) => (Number.isFinite(v) ? round(v, digits).toFixed(digits) : '–');
const perRun = (xs: readonly { cpuMs: number }[]) => xs.map((x) => fmt(x.cpuMs)).join(' / ');
const perRunNominal = (xs: readonly { cpuSamplesMs: number }[]) => xs.map((x) => fmt(x.cpuSamplesMs)).join(' / ');

export function cpuTargetLines(r: CpuTargetsResult): string[] {
  const { big5: b, frames: f, frameProcesses: seen, paint, samples: s } = r;
  const out = [
    `The shipped extension against the naive painter (medians of ${b.runs} interleaved runs; CPU = profiler samples under chrome-extension:// frames; task = renderer TaskDuration, thread time, minus without any extension):`,
    `  5 MB page: extension ${fmt(b.extensionCpuMs)} ms CPU, painter ${fmt(b.painterCpuMs)} ms (${fmt(b.cpuRatio, 2)}×); per run ${perRun(s.ext)} vs ${perRun(s.painter)}`,
    `    at the nominal sample interval ${fmt(b.extensionNominalMs)} vs ${fmt(b.painterNominalMs)} ms (${fmt(b.nominalRatio, 2)}×); renderer task added +${fmt(b.extensionTaskAddedMs)} vs +${fmt(b.painterTaskAddedMs)} ms`,
    `    marks ${b.extensionMarks} vs ${b.painterMarks}; GC in the window ${fmt(b.extensionGcMs)} vs ${fmt(b.painterGcMs)} ms; JS heap added ${fmt(b.extensionHeapAddedKb, 0)} vs ${fmt(b.painterHeapAddedKb, 0)} KB`,
  ];
  if (paint) {
    out.push(`    painting the recorded ranges alone (without any extension, medians of ${paint.extension.perRunMs.length}): extension ${fmt(paint.extension.ms)} ms (${paint.extension.ranges} ranges; per run ${paint.extension.perRunMs.map((v) => fmt(v)).join(' / ')}), ` +
      `painter ${fmt(paint.painter.ms)} ms (${paint.painter.ranges}; per run ${paint.painter.perRunMs.map((v) => fmt(v)).join(' / ')})`);
  } else if (r.failed.paint) {
    out.push(`    painting the recorded ranges alone: failed (${r.failed.paint})`);
  }
  if (f) {
    out.push(
      `  Ad-frames page: ${seen ? `${seen.frames} frames, ${seen.outOfProcess} out of process${seen.outOfProcess ? ' (WARNING: the profiler does not see those)' : ''}; ` : ''}` +
        `extension ${fmt(f.withFramesCpuMs)} ms CPU with its ${f.frames} ad frames, ${fmt(f.withoutFramesCpuMs)} ms without (${fmt(f.cpuRatio, 2)}×); per run ${perRun(s.framed)} vs ${perRun(s.plain)}`,
      `    at the nominal sample interval ${fmt(f.withFramesNominalMs)} vs ${fmt(f.withoutFramesNominalMs)} ms (${fmt(ratio(f.withFramesNominalMs, f.withoutFramesNominalMs), 2)}×); per run ${perRunNominal(s.framed)} vs ${perRunNominal(s.plain)}`,
      `    renderer task added +${fmt(f.taskAddedWithFramesMs)} ms with the frames, +${fmt(f.taskAddedWithoutFramesMs)} ms without; JS heap added ${fmt(f.heapAddedKb.withFrames, 0)} KB with the frames, ` +
        `${fmt(f.heapAddedKb.withoutFrames, 0)} KB without: ${fmt(f.heapAddedKb.perAdFrame, 0)} KB per ad frame`,
    );
  }
  return out;
}
