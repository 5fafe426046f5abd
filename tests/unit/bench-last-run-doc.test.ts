// docs/bench-last-run.md is written from the bench's results files, never by hand: what it says
// with no results, with a card-only run, and with a full run.
import { describe, expect, it } from 'vitest';
import { summarizeCardOpens, type CardOpenSample } from '../../bench/card-latency.ts';
import { bigKbTargets } from '../../bench/kb-100k-figures.ts';
import { lastRunMarkdown } from '../../bench/last-run-doc.ts';
import type { PageResult } from '../../bench/page-result.ts';
import type { BenchResults, RunHeader } from '../../bench/results.ts';
import type { CardOnlyResults } from '../../bench/summary.ts';
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
    bundle: { file: 'content.js', build: 'normal', bytes: 85_000, gzipBytes: 31_000 },
    targets: [...evaluateTargets({ big5, bundle: undefined, card }), ...bigKbTargets(undefined, undefined, { sync: 'refused' })],
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
    expect(text).toContain('Content script: 31,000 bytes gzipped');
    expect(text).toContain('| 120.0 | lib/matcher.ts |');
    expect(text).toContain('### 100,000 names');
    expect(text).toContain('- 100,000-name KB: 100,000 entities, 300,000 aliases (99,998 marked)');
    expect(text).toContain('| 100,000-name KB: "Sync now" → 5 open tabs re-marked < 2 s | not measured: refused | n/a |');
    expect(text).toContain('card-only');
    const older = lastRunMarkdown(full, cardOnly('2026-12-01T08:00:00.000Z', 5));
    expect(older).toContain('## Card opens (the full run, 2026-12-01T09:00:00.000Z)');
  });
});
