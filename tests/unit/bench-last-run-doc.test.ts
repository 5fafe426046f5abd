// docs/bench-last-run.md is written from the bench's results files, never by hand: what it says
// with no results, with a card-only run, and with a full run.
import { describe, expect, it } from 'vitest';
import { summarizeCardOpens, type CardOpenSample } from '../../bench/card-latency.ts';
import { bigKbTargets } from '../../bench/kb-100k-figures.ts';
import { issue12Rows } from '../../bench/issue12-table.ts';
import { lastRunMarkdown } from '../../bench/last-run-doc.ts';
import type { PageResult } from '../../bench/page-result.ts';
import type { BenchResults, RunHeader } from '../../bench/results.ts';
import { summaryText, type CardOnlyResults } from '../../bench/summary.ts';
import { emptyCpuTargetSamples, framesFigures, painterComparison, type CpuSample } from '../../bench/cpu-target-figures.ts';
import { cardTarget, evaluateTargets } from '../../bench/targets.ts';

const header = (generatedAt: string): RunHeader => ({
  generatedAt,
  elapsedS: 40,
  machine: { cpu: 'Test CPU', cores: 2, memoryGb: 8, os: 'Linux', node: 'v20', chromium: 'Chrome/156', loadAverage: [0.3, 0.3, 0.3] },
  loadAverageAtEnd: [0.4, 0.3, 0.3],
  sources: { atStart: 'a', atEnd: 'a' },
});

const opens = (workMs: number): CardOpenSample[] =>
  [0, 1, 2].map((open) => ({ load: 0, open, mark: 'NVIDIA', workMs: workMs + open, sameTask: true, frames: 1, openLatencyMs: 12 }));

function cardOnly(generatedAt: string, workMs: number): CardOnlyResults {
  const card = summarizeCardOpens(opens(workMs), 1, 'test opens');
  return { ...header(generatedAt), settings: { cardLoads: 1, cardOpensPerLoad: 3, extension: '.output/bench' }, card, targets: [cardTarget(card)] };
}

function page(name: string, busyMs: number, kind: PageResult['kind']): PageResult {
  return {
    page: name, kind, bytes: 5 * 2 ** 20, textNodes: 100_000, textChars: 1, runs: 3, marks: 700, highlighted: 700, iframeMarks: 0,
    wallMs: busyMs * 2, busyMs, slices: 30, longestSliceMs: 9, longTaskMs: 0, longestTaskMs: 9, compileMs: 2, floorMs: 40, floorColdMs: 50,
    busyPerFloor: busyMs / 40, isolatedFloorMs: 80, busyPerIsolatedFloor: busyMs / 80, pairedFloorMs: 40, busyPerPairedFloor: busyMs / 40,
    markJsMs: 14_000, markJsMarks: 800, markJsPerBusy: 14_000 / busyMs, heapAddedKb: 1000, domHeapAddedKb: 10, blocked: 0, lateWrites: 0, loadMs: 100, perRun: [],
  };
}

const scripts = { content: { file: 'content-scripts/content.js', bytes: 85_000, gzipBytes: 31_000 }, watcher: { file: 'frame-watcher.js', bytes: 2_800, gzipBytes: 1_400 } };

function fullRun(generatedAt: string): BenchResults {
  const big5 = page('big-5MB', 240, 'big');
  const card = summarizeCardOpens(opens(4), 1, 'full-run opens');
  return {
    ...header(generatedAt),
    settings: { bigRuns: 3, floorRuns: 5, bigSizesMb: [5], aliases: [], extension: '.output/bench' },
    network: { blockedRequests: 12 },
    pages: [big5, page('corpus-a', 9, 'corpus')],
    failures: [],
    kbScaling: {
      entities: 100_000, aliases: 300_000, markedEntities: 99_998, kbBytes: 88e6, redrawn: 37, generateMs: 7000,
      sync: null, cost: null, failed: { sync: 'refused', cost: 'the KB could not be synced' }, targets: bigKbTargets(undefined, undefined, { sync: 'refused' }),
      big5: { bundled: big5, kb100k: null },
    },
    profiles: { bundled: { url: '', build: '', marks: 790, cpuMs: 210, contentScriptMs: 200, garbageCollectorMs: 30, top: [{ name: 'probe', where: 'lib/matcher.ts:1', selfMs: 70 }], byFile: [{ file: 'lib/matcher.ts', ms: 120 }], hotLines: [] }, kb100k: null },
    card,
    articleAdd: null,
    issue12: {
      cpu: null, scripts, failed: { cpu: 'the painter crashed' },
      rows: issue12Rows({ cpu: null, scripts, kb100k: { cost: null, sync: null, failed: { sync: 'refused' } }, notRun: { cpu: 'the painter crashed' } }),
    },
    targets: evaluateTargets({ big5, card }),
  };
}

describe('docs/bench-last-run.md', () => {
  it('says what has not been measured yet and how to measure it', () => {
    const text = lastRunMarkdown(undefined, undefined);
    expect(text).toContain('do not edit by hand');
    expect(text).toContain('No full run recorded here yet: `npm run bench`');
    expect(text).toContain('Not measured yet: `npm run bench -- --card-only`');
  });

  it('gives the card opens of a card-only run, with its machine and date', () => {
    const text = lastRunMarkdown(undefined, cardOnly('2026-12-01T10:00:00.000Z', 5));
    expect(text).toContain('## Card opens (`npm run bench -- --card-only`, 2026-12-01T10:00:00.000Z)');
    expect(text).toContain('Test CPU, 2 cores');
    expect(text).toContain('Visible in the first frame after the hover delay: 3 of 3.');
    expect(text).toContain('median 6.00 ms, p90 7.00 ms, max 7.00 ms (n=3)');
  });

  it('gives a full run’s tables, and the newer of the two card measurements', () => {
    const full = fullRun('2026-12-01T09:00:00.000Z');
    const text = lastRunMarkdown(full, cardOnly('2026-12-01T10:00:00.000Z', 5));
    expect(text).toContain('## Marking pages (`npm run bench`, 2026-12-01T09:00:00.000Z)');
    expect(text).toMatch(/\| big-5MB \| 5\.0 MB \| 100,000 \| 700 \| 480\.0 \| 240\.0 \|/);
    expect(text).toContain('Corpus (1 pages): median busy 9.0 ms');
    expect(text).toContain('### Issue 12 targets');
    expect(text).toContain('| target | threshold | measured | met |');
    expect(text).toContain('| 1. 5 MB page: extension CPU vs the naive painter | ≤ the painter\'s (1×) | not measured: the painter crashed | – |');
    expect(text).toContain('| 4. content script, gzipped | as small as it can be (reported) | 31,000 B gzipped (85,000 B raw, shipped build) | – |');
    expect(text).toContain('| 5. faults at 100,000 names');
    expect(text.indexOf('### Issue 12 targets')).toBeLessThan(text.indexOf('| big-5MB |'));
    expect(text).toContain('| 120.0 | lib/matcher.ts |');
    expect(text).toContain('### 100,000 names');
    expect(text).toContain('- 100,000-name KB: 100,000 entities, 300,000 aliases (99,998 marked)');
    expect(text).toContain('| 3. 100,000 names: "Sync now" → 5 open tabs re-marked | < 2 s | not measured: refused | – |');
    expect(text).toContain("### Earlier issues' targets");
    expect(text).toContain('card-only');
    const older = lastRunMarkdown(full, cardOnly('2026-12-01T08:00:00.000Z', 5));
    expect(older).toContain('## Card opens (the full run, 2026-12-01T09:00:00.000Z)');
  });
});

describe('the printed report of a full run', () => {
  const sample = (cpuMs: number, heapKb: number): CpuSample => ({ cpuMs, cpuSamplesMs: cpuMs / 2, gcMs: 3, taskMs: cpuMs * 2, marks: 700, windowMs: 2_000, heap: { jsUsed: heapKb * 1024, embedderUsed: 0 } });

  it('ends with issue 12\'s table, on the machine and load it ran with, after the runs behind it', () => {
    const samples = { ...emptyCpuTargetSamples(), ext: [sample(300, 11_000)], painter: [sample(150, 10_500)], none: [sample(0, 10_000)], framed: [sample(60, 9_000)], plain: [sample(50, 7_000)], framedNone: [sample(0, 8_000)], plainNone: [sample(0, 6_500)] };
    const cpu = { big5: painterComparison(samples), frames: framesFigures(samples, 20), frameProcesses: { frames: 21, outOfProcess: 0 }, paint: null, failed: {}, samples };
    const full = fullRun('2026-12-01T09:00:00.000Z');
    full.issue12 = { cpu, scripts, failed: {}, rows: issue12Rows({ cpu, scripts, kb100k: null }) };
    const lines = summaryText(full, 'bench/results/annotate.json').split('\n');
    const at = lines.indexOf('Issue 12 targets');
    expect(at).toBeGreaterThan(lines.findIndex((l) => l.includes('5 MB page: extension 300.0 ms CPU, painter 150.0 ms (2.00×)')));
    expect(lines[at + 1]).toContain('Machine: Test CPU, 2 cores, 8 GB, Linux; Node v20; Chrome/156; load average 0.3 / 0.3 / 0.3 at the start, 0.4 / 0.3 / 0.3 at the end');
    expect(lines[at + 2]).toMatch(/^target\s+threshold\s+measured\s+met$/);
    expect(lines.slice(at).join('\n')).toMatch(/1\. 5 MB page: extension CPU vs the naive painter\s+≤ the painter's \(1×\)\s+300\.0 vs 150\.0 ms = 2\.00×.*\sno$/m);
    expect(lastRunMarkdown(full, undefined)).toContain('- 5 MB page: extension 300.0 ms CPU, painter 150.0 ms (2.00×)');
  });
});
