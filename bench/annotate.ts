// `npm run bench`: how fast the extension marks real pages, against the floor (a TreeWalker that
// only reads the text) and mark.js, in headless Chromium with all non-loopback traffic blocked.
// Prints a table and a summary of the targets, writes bench/results/annotate.json and, from it,
// docs/bench-last-run.md (bench/last-run-doc.ts).
// Needs the bench build (WXT_BENCH=1): the content script then reports its own timings.
// `npm run bench -- --card-only` (or BENCH_CARD_ONLY=1) measures only the card opens, in about a
// minute, and writes bench/results/card.json (and docs/bench-last-run.md's card section).
// `--article-only` (BENCH_ARTICLE_ONLY=1) measures only "Add this article" on the corpus and big
// pages and writes bench/results/article.json.
// `--cpu-only` (BENCH_CPU_ONLY=1) measures only issue 12's targets: the 5 MB page against the naive
// painter, the ad-frames page, the heap per frame, the scripts' sizes and the 100,000-name KB
// (bench/cpu-targets.ts). The full run makes the same runs (cpu-target-runs.ts, kb-100k-run.ts)
// and prints the same "Issue 12 targets" table (issue12-table.ts).
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startStaticServer } from '../tests/e2e/static-server.ts';
import { markedAliases, readKb } from './aliases.ts';
import { runBaseline } from './baseline-run.ts';
import { measureArticleAdds, type ArticleAddResult, type ArticleAddSample } from './article-add.ts';
import { articleAddLines, articleAddTarget } from './article-summary.ts';
import { measureCardOpens, type CardLatency, type CardOpenSample } from './card-latency.ts';
import { launchBrowser, type Browser } from './chromium.ts';
import { runCpuTargetsWithPainter, type CpuTargetsResult } from './cpu-target-runs.ts';
import { cpuOnly } from './cpu-targets.ts';
import { profileExtension, type ProfileSummary } from './cpu-profile.ts';
import { runExtension, type ExtensionRun } from './extension-run.ts';
import { adFramesPages, AD_FRAMES } from './frames-page.ts';
import { issue12Rows } from './issue12-table.ts';
import { prepareBigKb } from './kb-100k.ts';
import { runBigKb, syncedBrowser } from './kb-100k-run.ts';
import { CARD_RESULTS, FULL_RESULTS, writeLastRunDoc } from './last-run-doc.ts';
import { busyMachineWarning, machineInfo } from './machine.ts';
import { measurePage } from './measure-page.ts';
import { pageResult, type PageResult } from './page-result.ts';
import { buildProfilingCopy, buildShippedCopy } from './profiling-build.ts';
import { paragraphsOf } from './page-text.ts';
import { bigPage, corpusPages, CORPUS_DIR, REPO_ROOT, seedArticlePage, type BenchPage } from './pages.ts';
import { runHeader, writeResults, type Issue12Results } from './results.ts';
import { scriptSizes, type ScriptSizes } from './script-sizes.ts';
import { sourceFingerprint } from './source-fingerprint.ts';
import { round } from './stats.ts';
import { cardOnlyText, summaryText, type CardOnlyResults } from './summary.ts';
import { targetsTable } from './table.ts';
import { cardTarget, evaluateTargets } from './targets.ts';

const BENCH_BUILD = path.join(REPO_ROOT, '.output/bench/chrome-mv3');
const RESULTS_FILE = path.join(REPO_ROOT, FULL_RESULTS);
/** Extension runs per big page (fresh page each; the median is reported). BENCH_RUNS=5 for steadier medians. */
const BIG_RUNS = Math.max(1, Number(process.env.BENCH_RUNS) || 3);
const BIG_SIZES_MB = [1, 5] as const;
/** Card opens: fresh loads of the seed-article page × opens per load (BENCH_CARD_LOADS, BENCH_CARD_OPENS). */
const CARD_LOADS = Math.max(1, Number(process.env.BENCH_CARD_LOADS) || 3);
const CARD_OPENS = Math.max(1, Number(process.env.BENCH_CARD_OPENS) || 10);
const CARD_ONLY = process.argv.includes('--card-only') || process.env.BENCH_CARD_ONLY === '1';
const CARD_RESULTS_FILE = path.join(REPO_ROOT, CARD_RESULTS);
const ARTICLE_ONLY = process.argv.includes('--article-only') || process.env.BENCH_ARTICLE_ONLY === '1';
/** Only the CPU, frame, heap and size targets (bench/cpu-targets.ts). */
const CPU_ONLY = process.argv.includes('--cpu-only') || process.env.BENCH_CPU_ONLY === '1';
const ARTICLE_RESULTS_FILE = path.join(REPO_ROOT, 'bench/results/article.json');
/** "Add this article" runs per page (BENCH_ARTICLE_RUNS): 1 in the full bench, 3 with --article-only. */
const ARTICLE_RUNS = Math.max(1, Number(process.env.BENCH_ARTICLE_RUNS) || (ARTICLE_ONLY ? 3 : 1));
/** A corpus page that has not loaded and been marked by then is reported as failed. */
const CORPUS_TIMEOUT_MS = 30_000;

const log = (line: string) => process.stderr.write(`${line}\n`);
const fmt = (v: number, digits = 1) => (Number.isFinite(v) ? round(v, digits).toFixed(digits) : '–');
const busyRuns = (r: PageResult) => r.perRun.map((p) => fmt(p.busyMs)).join(' / ');

const logCardSample = (s: CardOpenSample) =>
  log(`  card ${s.load + 1}.${s.open + 1} "${s.mark}": ${s.problem ?? `work ${fmt(s.workMs ?? Number.NaN, 2)} ms, frame ${s.frames ?? 'none'}${s.sameTask === false ? ', left the task' : ''}, end to end ${fmt(s.openLatencyMs ?? Number.NaN)} ms`}`);

function measureCards(browser: Parameters<typeof measureCardOpens>[0], url: string): Promise<CardLatency> {
  log(`Card opens on the seed-article page: ${CARD_LOADS} loads × ${CARD_OPENS} opens…`);
  return measureCardOpens(browser, url, { loads: CARD_LOADS, opensPerLoad: CARD_OPENS, onSample: logCardSample });
}

/** Only the card opens (quick, for work on the card): the seed-article page in the bench build. */
async function cardOnly(startedAt: number): Promise<void> {
  const fingerprintAtStart = sourceFingerprint(REPO_ROOT);
  const seed = seedArticlePage();
  const server = await startStaticServer({ routes: { [seed.urlPath]: { body: seed.body! } } });
  const withExt = await launchBrowser(BENCH_BUILD);
  try {
    const machine = await machineInfo(withExt.context);
    const card = await measureCards(withExt, server.url(seed.urlPath));
    const results: CardOnlyResults = {
      ...runHeader(startedAt, machine, fingerprintAtStart, sourceFingerprint(REPO_ROOT)),
      settings: { cardLoads: CARD_LOADS, cardOpensPerLoad: CARD_OPENS, extension: path.relative(REPO_ROOT, BENCH_BUILD) },
      card,
      targets: [cardTarget(card)],
    };
    console.log(cardOnlyText(results, path.relative(REPO_ROOT, CARD_RESULTS_FILE)));
    mkdirSync(path.dirname(CARD_RESULTS_FILE), { recursive: true });
    writeFileSync(CARD_RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);
    log(`Wrote ${path.relative(REPO_ROOT, writeLastRunDoc(REPO_ROOT))}`);
  } finally {
    await withExt.close();
    await server.stop();
  }
}

const logArticleSample = (s: ArticleAddSample, i: number) =>
  log(`  [${i + 1}] ${s.page}: ${s.problem ? `FAILED ${s.problem}` : `${s.outcome}, page ${fmt(s.pageMs ?? Number.NaN, 2)} ms (slice ≤ ${fmt(s.longestSliceMs ?? Number.NaN)}), long task ${fmt(s.longTaskMs)}, parse ${fmt(s.parseMs ?? Number.NaN)}, compile ${fmt(s.compileMs ?? Number.NaN, 2)} ms`}`);

function measureArticles(browser: Parameters<typeof measureArticleAdds>[0], pages: BenchPage[], url: (p: BenchPage) => string): Promise<ArticleAddResult> {
  log(`"Add this article" on ${pages.length} pages…`);
  return measureArticleAdds(browser, pages.map((p) => ({ name: p.name, bytes: p.bytes, url: url(p) })), ARTICLE_RUNS, logArticleSample);
}

/** Only "Add this article" (for work on it): the corpus, the seed article and the big pages, in the bench build. */
async function articleOnly(startedAt: number): Promise<void> {
  const fingerprintAtStart = sourceFingerprint(REPO_ROOT);
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'kb-bench-'));
  const generated = [seedArticlePage(), ...BIG_SIZES_MB.map((mb) => bigPage(mb, tmp))];
  const server = await startStaticServer({ root: CORPUS_DIR, routes: Object.fromEntries(generated.map((p) => [p.urlPath, { body: p.body! }])) });
  const withExt = await launchBrowser(BENCH_BUILD);
  try {
    const machine = await machineInfo(withExt.context);
    const articles = await measureArticles(withExt, [...corpusPages(), ...generated], (p) => server.url(p.urlPath));
    const results = {
      ...runHeader(startedAt, machine, fingerprintAtStart, sourceFingerprint(REPO_ROOT)),
      settings: { articleRuns: ARTICLE_RUNS, extension: path.relative(REPO_ROOT, BENCH_BUILD) },
      network: { blockedRequests: withExt.guard.blocked },
      articleAdd: articles,
      targets: [articleAddTarget(articles)],
    };
    const machineLine = `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB, ${machine.os}; Node ${machine.node}; ${machine.chromium}; load average ${machine.loadAverage.map((l) => l.toFixed(1)).join(' / ')}`;
    const warning = [machine.loadAverage, results.loadAverageAtEnd].map((load) => busyMachineWarning(load, machine.cores)).find(Boolean);
    console.log([machineLine, ...(warning ? [warning] : []), '', ...articleAddLines(articles), '', targetsTable(results.targets), '', `Article only: took ${fmt(results.elapsedS, 0)} s. Results: ${path.relative(REPO_ROOT, ARTICLE_RESULTS_FILE)}`].join('\n'));
    mkdirSync(path.dirname(ARTICLE_RESULTS_FILE), { recursive: true });
    writeFileSync(ARTICLE_RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);
  } finally {
    await withExt.close();
    await server.stop();
    rmSync(tmp, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const startedAt = Date.now();
  if (!existsSync(path.join(BENCH_BUILD, 'manifest.json'))) {
    throw new Error(`No bench build in ${path.relative(REPO_ROOT, BENCH_BUILD)}: run \`npm run bench\` (it builds with WXT_BENCH=1 first).`);
  }
  if (CARD_ONLY) return cardOnly(startedAt);
  if (ARTICLE_ONLY) return articleOnly(startedAt);
  if (CPU_ONLY) return cpuOnly(startedAt);
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'kb-bench-'));
  const fingerprintAtStart = sourceFingerprint(REPO_ROOT);
  // Built now, from the same sources as the bench build just made, for the profile at the end.
  log('Building the shipped copy (issue 12\'s CPU targets) and an unminified one for the CPU profile…');
  const shippedDir = await buildShippedCopy(path.join(tmp, 'shipped'));
  const profilingDir = await buildProfilingCopy(path.join(tmp, 'profiling'));
  const bundledKb = readKb(path.join(BENCH_BUILD, 'kb.json'));
  const aliases = markedAliases(bundledKb);

  log('Making pages…');
  const corpus = corpusPages();
  const seed = seedArticlePage();
  const bigs = BIG_SIZES_MB.map((mb) => bigPage(mb, tmp));
  const big5Page = bigs[bigs.length - 1]!;
  const generated = [seed, ...bigs];
  const other = await startStaticServer();
  const frames = adFramesPages(other.origin);
  Object.assign(other.routes, frames.otherRoutes);
  const server = await startStaticServer({
    root: CORPUS_DIR,
    routes: {
      ...Object.fromEntries(generated.map((p) => [p.urlPath, { body: p.body! }])),
      ...frames.routes,
      '/bench/blank.html': { body: '<!doctype html><meta charset="utf-8"><title>blank</title>' },
    },
  });
  const url = (p: BenchPage) => server.url(p.urlPath);
  const framesUrls = { withFramesUrl: server.url(frames.withFrames.urlPath), withoutFramesUrl: server.url(frames.without.urlPath), adFrames: AD_FRAMES };

  log('Generating the 100,000-name KB…');
  const bigKb = prepareBigKb(bundledKb, [...corpus, ...generated].flatMap(paragraphsOf));

  const withExt = await launchBrowser(BENCH_BUILD);
  const without = await launchBrowser();
  const machine = await machineInfo(without.context);
  const results: PageResult[] = [];
  const failures: { page: string; error: string }[] = [];
  let card: CardLatency | undefined;
  let articles: ArticleAddResult | undefined;
  let blockedKb100k = 0;
  let blockedCpuTargets = 0;

  try {
    const small = [...corpus, seed];
    for (const [i, page] of small.entries()) {
      try {
        const m = await measurePage(withExt, without, page, url(page), aliases, 1, { timeoutMs: CORPUS_TIMEOUT_MS });
        results.push(m.result);
        log(`[${i + 1}/${small.length}] ${page.name}: ${m.result.marks} marks, busy ${fmt(m.result.busyMs)} ms, floor ${fmt(m.result.floorMs, 2)} ms, mark.js ${fmt(m.result.markJsMs)} ms`);
      } catch (error) {
        failures.push({ page: page.name, error: String(error instanceof Error ? error.message : error) });
        log(`[${i + 1}/${small.length}] ${page.name}: FAILED ${failures.at(-1)!.error.split('\n')[0]}`);
      }
    }

    try {
      card = await measureCards(withExt, url(seed));
    } catch (error) {
      log(`  card opens failed: ${String(error instanceof Error ? error.message : error)}`);
    }

    try {
      articles = await measureArticles(withExt, [...small, ...bigs], url);
    } catch (error) {
      log(`  "Add this article" failed: ${String(error instanceof Error ? error.message : error)}`);
    }

    for (const page of bigs.slice(0, -1)) {
      const m = await measurePage(withExt, without, page, url(page), aliases, BIG_RUNS);
      results.push(m.result);
      log(`${page.name}: busy ${busyRuns(m.result)} ms`);
    }

    // Issue 12 targets 1, 2 and 4: the runs `--cpu-only` makes, with the shipped copy (no hook).
    let cpuTargets: CpuTargetsResult | null = null;
    let scripts: ScriptSizes | null = null;
    const issue12Failed: Issue12Results['failed'] = {};
    try {
      const measured = await runCpuTargetsWithPainter({ extensionDir: shippedDir, without, big5Url: url(big5Page), blankUrl: server.url('/bench/blank.html'), frames: framesUrls, runs: BIG_RUNS, paint: true, log });
      cpuTargets = measured.result;
      blockedCpuTargets = measured.blocked;
    } catch (error) {
      issue12Failed.cpu = String(error instanceof Error ? error.message : error).split('\n')[0]!;
      log(`  issue 12's CPU targets failed: ${issue12Failed.cpu}`);
    }
    try {
      scripts = scriptSizes(shippedDir);
    } catch (error) {
      issue12Failed.scripts = String(error instanceof Error ? error.message : error);
    }

    // Issue 12 target 3: the 100,000-name KB synced into a second copy of the bench build (timed,
    // 5 tabs open), then the 5 MB page with each KB: CPU and heap from outside (kb-100k-run.ts)
    // and the hook's own figures (busy, slices), runs interleaved.
    const bundledRuns: ExtensionRun[] = [];
    const kb100kRuns: ExtensionRun[] = [];
    const bigKbResult = await runBigKb({
      extensionDir: BENCH_BUILD, bundled: withExt, without, server, kb: bigKb, big5Url: url(big5Page), blankUrl: server.url('/bench/blank.html'), runs: BIG_RUNS, log,
      frames: framesUrls,
      alsoWithBig: async (big) => {
        log(`${big5Page.name}: ${BIG_RUNS} hook runs with the bundled KB and ${BIG_RUNS} with the 100k KB…`);
        for (let i = 0; i < BIG_RUNS; i++) {
          bundledRuns.push(await runExtension(withExt, url(big5Page)));
          kb100kRuns.push(await runExtension(big, url(big5Page)));
        }
        blockedKb100k = big.guard.blocked;
      },
    });
    // Without the 100k KB (its sync failed), the bundled KB's row still gets its runs.
    for (let i = bundledRuns.length; i < BIG_RUNS; i++) bundledRuns.push(await runExtension(withExt, url(big5Page)));
    const base5 = await runBaseline(without, url(big5Page), aliases);
    const big5 = pageResult(big5Page, bundledRuns, base5);
    const noMarkJs = { ...base5, markJs: { ms: Number.NaN, marks: Number.NaN } };
    const big5Kb100k = kb100kRuns.length ? pageResult({ ...big5Page, name: 'big-5MB with the 100k-name KB' }, kb100kRuns, noMarkJs) : null;
    results.push(big5, ...(big5Kb100k ? [big5Kb100k] : []));
    log(`  busy: bundled KB ${busyRuns(big5)} ms${big5Kb100k ? `; 100k KB ${busyRuns(big5Kb100k)} ms` : ''}`);

    log('Profiling the content script on the 5 MB page, bundled and 100k KB (an unminified copy of the bench build; separate, untimed runs)…');
    const profileWith = async (open: () => Promise<Browser>): Promise<ProfileSummary | null> => {
      try {
        const profiling = await open();
        try {
          return await profileExtension(profiling, url(big5Page), server.url('/bench/blank.html'));
        } finally {
          await profiling.close();
        }
      } catch (error) {
        log(`  profile failed: ${String(error)}`);
        return null;
      }
    };
    const profiles = {
      bundled: await profileWith(() => launchBrowser(profilingDir)),
      kb100k: bigKbResult.sync ? await profileWith(async () => (await syncedBrowser(profilingDir, server, bigKb, [], log)).browser) : null,
    };
    const { lines: _bigKbLines, ...bigKbFigures } = bigKbResult;
    const issue12: Issue12Results = {
      cpu: cpuTargets, scripts, failed: issue12Failed,
      rows: issue12Rows({ cpu: cpuTargets, scripts, kb100k: bigKbResult, notRun: { cpu: issue12Failed.cpu, scripts: issue12Failed.scripts } }),
    };

    const bench = {
      ...runHeader(startedAt, machine, fingerprintAtStart, sourceFingerprint(REPO_ROOT)),
      settings: { bigRuns: BIG_RUNS, floorRuns: 5, bigSizesMb: BIG_SIZES_MB, aliases, extension: path.relative(REPO_ROOT, BENCH_BUILD) },
      network: { blockedRequests: withExt.guard.blocked + without.guard.blocked + blockedKb100k + blockedCpuTargets },
      pages: results,
      failures,
      kbScaling: { ...bigKbFigures, big5: { bundled: big5, kb100k: big5Kb100k } },
      profiles,
      card: card ?? null,
      articleAdd: articles ?? null,
      issue12,
      targets: [...evaluateTargets({ big5, card }), articleAddTarget(articles)],
    };
    console.log(summaryText(bench, path.relative(REPO_ROOT, RESULTS_FILE)));
    writeResults(RESULTS_FILE, bench);
    log(`Wrote ${path.relative(REPO_ROOT, writeLastRunDoc(REPO_ROOT))}`);
  } finally {
    await withExt.close();
    await without.close();
    await server.stop();
    await other.stop();
    rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack ?? error.message : error);
  process.exit(1);
});
