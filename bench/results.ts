// Everything one `npm run bench` measured, as written to bench/results/annotate.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ArticleAddResult } from './article-add.ts';
import type { CardLatency } from './card-latency.ts';
import type { CpuTargetsResult } from './cpu-target-runs.ts';
import type { ProfileSummary } from './cpu-profile.ts';
import type { Issue12Row } from './issue12-table.ts';
import type { BigKbResult } from './kb-100k-run.ts';
import type { MachineInfo } from './machine.ts';
import type { PageResult } from './page-result.ts';
import type { ScriptSizes } from './script-sizes.ts';
import type { TargetResult } from './targets.ts';

/** Issue 12 target 3: the 100,000-name KB (kb-100k-run.ts), and the 5 MB page's rows with each KB
 * as the bench build's hook reports them (null when the big KB could not be synced). */
export interface KbScalingResult extends Omit<BigKbResult, 'lines'> {
  big5: { bundled: PageResult; kb100k: PageResult | null };
}

/** Issue 12's targets: what the full run measures with the shipped copy (the same runs as
 * `--cpu-only`: cpu-target-runs.ts), the scripts' sizes, and the table's rows (target 3's figures
 * are in kbScaling). */
export interface Issue12Results {
  /** Null when that step failed (`failed.cpu` says why). */
  cpu: CpuTargetsResult | null;
  scripts: ScriptSizes | null;
  failed: { cpu?: string; scripts?: string };
  rows: Issue12Row[];
}

/** When and where a bench run ran, at the top of every results file. */
export interface RunHeader {
  generatedAt: string;
  elapsedS: number;
  machine: MachineInfo;
  loadAverageAtEnd: number[];
  /** Fingerprints of lib/, entrypoints/, components/, public/kb.json, wxt.config.ts at start and end. */
  sources: { atStart: string; atEnd: string };
}

export function runHeader(startedAt: number, machine: MachineInfo, fingerprintAtStart: string, fingerprintNow: string): RunHeader {
  return {
    generatedAt: new Date().toISOString(),
    elapsedS: (Date.now() - startedAt) / 1000,
    machine,
    loadAverageAtEnd: os.loadavg(),
    sources: { atStart: fingerprintAtStart, atEnd: fingerprintNow },
  };
}

export interface BenchResults extends RunHeader {
  settings: { bigRuns: number; floorRuns: number; bigSizesMb: readonly number[]; aliases: string[]; extension: string };
  network: { blockedRequests: number };
  pages: PageResult[];
  failures: { page: string; error: string }[];
  kbScaling: KbScalingResult;
  /** Where the content script's time goes on the 5 MB page, with each KB. */
  profiles: { bundled: ProfileSummary | null; kb100k: ProfileSummary | null };
  card: CardLatency | null;
  /** "Add this article" on every page (bench/article-add.ts). */
  articleAdd: ArticleAddResult | null;
  /** Issue 12's table and the figures behind targets 1, 2 and 4. */
  issue12: Issue12Results | null;
  /** The earlier issues' targets (targets.ts, article-summary.ts). */
  targets: TargetResult[];
}

export function writeResults(file: string, results: BenchResults): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
}
