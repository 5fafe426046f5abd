// Issue 12's table (bench/issue12-table.ts) and the arithmetic behind targets 1, 2 and 4
// (bench/cpu-target-figures.ts): medians of interleaved runs, the heap each frame adds, the
// verdicts, and what a row says when its part was not measured.
import { describe, expect, it } from 'vitest';
import { emptyCpuTargetSamples, framesFigures, painterComparison, type CpuSample, type CpuTargetSamples } from '../../bench/cpu-target-figures.ts';
import type { CpuTargetsResult } from '../../bench/cpu-target-runs.ts';
import { issue12Rows, issue12Table, type Issue12Row } from '../../bench/issue12-table.ts';
import { bigKbCost } from '../../bench/kb-100k-figures.ts';
import { highlightCss } from '../../bench/paint-cost.ts';

const run = (cpuMs: number, taskMs: number, heapKb: number, marks = 790): CpuSample => ({
  cpuMs, cpuSamplesMs: cpuMs / 2, gcMs: 5, taskMs, marks, windowMs: 3_000, heap: { jsUsed: heapKb * 1024, embedderUsed: 0 },
});

function samples(extCpu: number[]): CpuTargetSamples {
  return {
    ...emptyCpuTargetSamples(),
    ext: extCpu.map((ms) => run(ms, 900, 11_000)),
    painter: [run(100, 500, 10_500, 620), run(300, 700, 10_500, 620), run(200, 600, 10_500, 620)],
    none: [run(0, 400, 10_000, 0), run(0, 400, 10_000, 0), run(0, 400, 10_000, 0)],
    framed: [run(60, 300, 9_000)], plain: [run(50, 200, 7_000)], framedNone: [run(0, 100, 8_000, 0)], plainNone: [run(0, 100, 6_500, 0)],
  };
}

function cpuResult(s: CpuTargetSamples, paint: CpuTargetsResult['paint'] = null): CpuTargetsResult {
  return { big5: painterComparison(s), frames: framesFigures(s, 20), frameProcesses: { frames: 21, outOfProcess: 0 }, paint, failed: paint ? {} : { paint: 'IndexSizeError' }, samples: s };
}

const scripts = { content: { file: 'content-scripts/content.js', bytes: 126_607, gzipBytes: 45_236 }, watcher: { file: 'frame-watcher.js', bytes: 2_854, gzipBytes: 1_471 } };
const row = (rows: Issue12Row[], prefix: string) => rows.find((r) => r.target.startsWith(prefix))!;

describe('the figures behind targets 1, 2 and 4', () => {
  it('compares the medians of the extension and the painter, and what each adds to the renderer and the heap', () => {
    const b = painterComparison(samples([150, 450, 250]));
    expect(b).toMatchObject({ runs: 3, extensionCpuMs: 250, painterCpuMs: 200, extensionNominalMs: 125, painterNominalMs: 100, extensionMarks: 790, painterMarks: 620 });
    expect(b.cpuRatio).toBeCloseTo(1.25);
    expect(b.extensionTaskAddedMs).toBe(500);
    expect(b.painterTaskAddedMs).toBe(200);
    expect(b.extensionHeapAddedKb).toBe(1_000);
    expect(b.painterHeapAddedKb).toBe(500);
  });

  it('gives the ad frames\' ratio and the heap per ad frame, and nothing without frame runs', () => {
    const f = framesFigures(samples([100, 100, 100]), 20)!;
    expect(f.cpuRatio).toBeCloseTo(1.2);
    expect(f.taskAddedWithFramesMs).toBe(200);
    expect(f.taskAddedWithoutFramesMs).toBe(100);
    // The page's own frame: 7,000 − 6,500; each of 20 ad frames: ((9,000 − 8,000) − 500) / 20.
    expect(f.heapAddedKb).toEqual({ withFrames: 1_000, withoutFrames: 500, perAdFrame: 25 });
    expect(framesFigures({ ...samples([100]), framed: [], plain: [] }, 20)).toBeNull();
  });
});

describe('issue 12\'s table', () => {
  it('has one row per figure of targets 1 to 5, each with a threshold, a measurement and a verdict', () => {
    const rows = issue12Rows({ cpu: cpuResult(samples([150, 450, 250])), kb100k: null, scripts, notRun: { kb100k: 'left out' } });
    expect(rows.map((r) => r.target.slice(0, 2))).toEqual(['1.', '1.', '2.', '2.', '3.', '3.', '3.', '4.', '4.', '4.', '5.']);
    expect(row(rows, '1. 5 MB page: extension CPU')).toMatchObject({ met: 'no', measured: expect.stringContaining('250.0 vs 200.0 ms = 1.25×') });
    expect(row(rows, '2. ad-frames page')).toMatchObject({ threshold: '≤ 1.1×', met: 'no', measured: expect.stringContaining('0 of 21 frames out of process') });
    expect(row(rows, '3. 100,000 names: extension CPU')).toMatchObject({ measured: 'not measured: left out', met: '–' });
    expect(row(rows, '4. content script')).toMatchObject({ measured: '45,236 B gzipped (126,607 B raw, shipped build)', met: '–' });
    expect(row(rows, '4. frame watcher').measured).toContain('1,471 B gzipped');
    expect(row(rows, '5.').measured).toContain('tests/e2e/big-kb.spec.ts');
    const text = issue12Table(rows);
    expect(text.split('\n')[0]).toMatch(/^target\s+threshold\s+measured\s+met$/);
    expect(text).toContain('1. 5 MB page: renderer task added, both');
  });

  it('meets target 1 when the extension takes no more CPU than the painter', () => {
    const rows = issue12Rows({ cpu: cpuResult(samples([150, 180, 200])), kb100k: null, scripts });
    expect(row(rows, '1. 5 MB page: extension CPU').met).toBe('yes');
  });

  it('judges the renderer time added against painting the extra marks, and only once that was measured', () => {
    const s = samples([150, 450, 250]); // extension +500 ms, painter +200 ms: +300 ms
    const paint = (extensionMs: number) => ({ extension: { ms: extensionMs, perRunMs: [extensionMs], ranges: 790 }, painter: { ms: 20, perRunMs: [20], ranges: 620 } });
    const task = (p: CpuTargetsResult['paint']) => row(issue12Rows({ cpu: cpuResult(s, p), kb100k: null, scripts }), '1. 5 MB page: renderer task');
    expect(task(paint(40))).toMatchObject({ met: 'no', measured: expect.stringContaining('+300.0 ms; painting the ranges alone: extension 40.0 ms (790), painter 20.0 ms (620): the extra marks +20.0 ms') });
    expect(task(paint(330)).met).toBe('yes');
    expect(task(null)).toMatchObject({ met: '–', measured: expect.stringContaining('not measured: IndexSizeError') });
  });

  it('judges the bundled KB\'s heap on the worst frame, the 5 MB page\'s included', () => {
    const light = samples([100, 100, 100]); // 5 MB page +1,000 KB, own frame +500 KB, ad frame +25 KB
    expect(row(issue12Rows({ cpu: cpuResult(light), kb100k: null, scripts }), '4. bundled KB').met).toBe('yes');
    const heavy = { ...light, ext: light.ext.map((x) => ({ ...x, heap: { jsUsed: 11_500 * 1024, embedderUsed: 0 } })) };
    const heap = row(issue12Rows({ cpu: cpuResult(heavy), kb100k: null, scripts }), '4. bundled KB');
    expect(heap).toMatchObject({ met: 'no', measured: expect.stringContaining("5 MB page's frame +1,500 KB") });
  });

  it('takes target 3\'s verdicts from the 100,000-name runs', () => {
    const run100k = (cpuMs: number, heapKb: number) => ({ cpuMs, cpuSamplesMs: cpuMs, marks: 790, heapKb });
    const cost = bigKbCost({ big5: { bundled: [run100k(200, 11_000)], big: [run100k(210, 12_000)], none: [run100k(0, 10_000)] } });
    const rows = issue12Rows({ cpu: null, kb100k: { cost, sync: null, failed: { sync: 'timed out' } }, scripts: null, notRun: { cpu: 'crashed', scripts: 'no build' } });
    expect(row(rows, '3. 100,000 names: extension CPU').met).toBe('yes');
    expect(row(rows, '3. 100,000 names: JS heap').met).toBe('yes');
    expect(row(rows, '3. 100,000 names: "Sync now"')).toMatchObject({ measured: 'not measured: timed out', met: '–' });
    expect(row(rows, '1. 5 MB page: extension CPU').measured).toBe('not measured: crashed');
    expect(row(rows, '4. content script').measured).toBe('not measured: no build');
  });
});

describe('the paint cost\'s style', () => {
  it('styles the bench\'s highlight as the marks\' highlight, not as the hovered mark\'s', () => {
    const css = '::highlight(kb-mark){background:yellow}::highlight(kb-current){background:red}';
    expect(highlightCss(css, 'kb-mark')).toBe('::highlight(kb-bench){background:yellow}::highlight(kb-current){background:red}');
  });
});
