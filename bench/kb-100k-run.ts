// Issue 12's target 3 in one call, for `npm run bench` and `--cpu-only` alike: serves the big KB
// from the bench's server, launches `extensionDir` again, syncs the KB into it with 5 corpus
// pages open (timed), then measures what it costs the 5 MB page and each frame next to
// `bundled` (the same build with its bundled KB). A failure in one part leaves the others.
import type { StaticServer } from '../tests/e2e/static-server.ts';
import { launchBrowser, type Browser } from './chromium.ts';
import { guardNetwork } from './network-guard.ts';
import { BIG_KB_PATH, type BigKb } from './kb-100k.ts';
import { measureBigKbCost, syncBigKb, type CostRunInputs } from './kb-100k-cost.ts';
import { bigKbLines, bigKbTargets, type BigKbCost, type BigKbFacts, type CostSamples } from './kb-100k-figures.ts';
import type { SyncTiming } from './sync-phases.ts';
import type { TargetResult } from './targets.ts';

/** The open tabs "Sync now" re-marks: news pages of the corpus, served from its folder. */
export const SYNC_TAB_PAGES = [
  'aeb--cnn-us-china-trade-war.html', 'gne--ednchina-ai-chip.html', 'gne--sina-huawei-5g-chip.html', 'heise.html', 'markitdown--wikipedia-microsoft.html',
] as const;

export interface BigKbResult extends BigKbFacts {
  sync: SyncTiming | null;
  cost: (BigKbCost & { samples: CostSamples }) | null;
  failed: { cost?: string; sync?: string };
  targets: TargetResult[];
  /** The report's lines. */
  lines: string[];
}

export interface BigKbRunInputs extends Omit<CostRunInputs, 'big'> {
  /** The build to load again and sync the big KB into (the one `bundled` runs). */
  extensionDir: string;
  /** Serves the corpus folder (for the tabs) and takes the KB's route. */
  server: StaticServer;
  kb: BigKb;
  /** With the big KB synced and before its browser closes, e.g. the bench's own hook runs. */
  alsoWithBig?: (big: Browser) => Promise<void>;
}

const message = (error: unknown) => String(error instanceof Error ? error.message : error).split('\n')[0]!;

/** Launches `extensionDir` and syncs the big KB into it with `tabUrls` open (timed); the browser
 * is guarded again afterwards. On a failed sync the browser is closed and the error thrown. */
export async function syncedBrowser(extensionDir: string, server: StaticServer, kb: BigKb, tabUrls: readonly string[], log: (line: string) => void): Promise<{ browser: Browser; sync: SyncTiming }> {
  server.routes[BIG_KB_PATH] = { body: kb.body, contentType: 'application/json' };
  const browser = await launchBrowser(extensionDir);
  try {
    // The sync runs as in tests/e2e/big-kb.spec.ts, without Playwright's request interception
    // of the 84 MB body (the host resolver rules still keep everything on 127.0.0.1); the
    // network guard is on again for the measured runs, as in the other browsers.
    await browser.context.unrouteAll({ behavior: 'wait' });
    const sync = await syncBigKb(browser, server.url(BIG_KB_PATH), tabUrls, log);
    browser.guard = await guardNetwork(browser.context, browser.extensionId ? [browser.extensionId] : []);
    return { browser, sync };
  } catch (error) {
    await browser.close();
    throw error;
  } finally {
    delete server.routes[BIG_KB_PATH];
  }
}

export async function runBigKb(i: BigKbRunInputs): Promise<BigKbResult> {
  const { body, ...rest } = i.kb;
  const facts: BigKbFacts = { entities: rest.entities, aliases: rest.aliases, markedEntities: rest.markedEntities, kbBytes: rest.kbBytes, redrawn: rest.redrawn, generateMs: rest.generateMs };
  const failed: BigKbResult['failed'] = {};
  let sync: SyncTiming | null = null;
  let cost: BigKbResult['cost'] = null;
  let big: Browser | undefined;
  i.log(`Syncing the 100,000-name KB (${(body.length / 2 ** 20).toFixed(1)} MB) with ${SYNC_TAB_PAGES.length} tabs open…`);
  try {
    ({ browser: big, sync } = await syncedBrowser(i.extensionDir, i.server, i.kb, SYNC_TAB_PAGES.map((p) => i.server.url(`/${encodeURIComponent(p)}`)), i.log));
  } catch (error) {
    failed.sync = message(error);
    failed.cost = 'the KB could not be synced';
    i.log(`  sync failed: ${failed.sync}`);
  }
  if (big) {
    try {
      i.log(`The 5 MB page with the bundled and the 100k KB, ${i.runs} runs each, interleaved (CPU from the profiler, heap after GC)…`);
      cost = await measureBigKbCost({ ...i, big });
    } catch (error) {
      failed.cost = message(error);
      i.log(`  the 100k KB's runs failed: ${failed.cost}`);
    }
    try {
      await i.alsoWithBig?.(big);
    } catch (error) {
      i.log(`  the other runs with the 100k KB failed: ${message(error)}`);
    } finally {
      await big.close();
    }
  }
  return {
    ...facts, sync, cost, failed,
    targets: bigKbTargets(cost ?? undefined, sync ?? undefined, failed),
    lines: bigKbLines(facts, cost ?? undefined, sync ?? undefined),
  };
}
