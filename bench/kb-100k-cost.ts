// The runs behind issue 12's target 3 (kb-100k-figures.ts does the arithmetic): a browser whose
// extension has synced the 100,000-name KB from 127.0.0.1 (sync-big-kb.ts, timed: "Sync now" →
// the open tabs re-marked), then the 5 MB page with the bundled KB, the big KB and no extension,
// runs interleaved, each read from outside (extension-cpu.ts: profiler attribution) with its JS
// heap after GC; and the ad-frames page with and without its frames, for the heap per frame.
import type { Browser } from './chromium.ts';
import { marksSettled, measureCpu } from './extension-cpu.ts';
import { heapAfterGc } from './heap.ts';
import { bigKbCost, type BigKbCost, type CostSample, type CostSamples } from './kb-100k-figures.ts';
import { syncAndRemark } from './sync-big-kb.ts';
import type { SyncTiming } from './sync-phases.ts';
import { round } from './stats.ts';

export interface CostRunInputs {
  /** The extension with its bundled KB, with the big KB (synced), and no extension. */
  bundled: Browser;
  big: Browser;
  without: Browser;
  big5Url: string;
  /** A page of the same origin, loaded first so that the measured page keeps its renderer. */
  blankUrl: string;
  frames?: { withFramesUrl: string; withoutFramesUrl: string; adFrames: number };
  runs: number;
  log: (line: string) => void;
}

async function sample(browser: Browser, url: string, blankUrl: string, expectMarks: boolean): Promise<CostSample> {
  let heapKb = Number.NaN;
  const r = await measureCpu(browser, url, blankUrl, {
    watch: (page) => marksSettled(page, expectMarks),
    withPage: async (page) => {
      heapKb = (await heapAfterGc(page)).jsUsed / 1024;
    },
  });
  return { cpuMs: r.cpuMs, cpuSamplesMs: r.cpuSamplesMs, marks: r.marks, heapKb };
}

const fmt = (v: number) => (Number.isFinite(v) ? round(v, 1).toFixed(1) : '–');

export async function measureBigKbCost(i: CostRunInputs): Promise<BigKbCost & { samples: CostSamples }> {
  const s: CostSamples = { big5: { bundled: [], big: [], none: [] } };
  if (i.frames) s.frames = { adFrames: i.frames.adFrames, framedBig: [], plainBig: [], framedNone: [], plainNone: [] };
  for (let run = 0; run < i.runs; run++) {
    const b = await sample(i.bundled, i.big5Url, i.blankUrl, true);
    const k = await sample(i.big, i.big5Url, i.blankUrl, true);
    s.big5.bundled.push(b);
    s.big5.big.push(k);
    s.big5.none.push(await sample(i.without, i.big5Url, i.blankUrl, false));
    i.log(`  5 MB page run ${run + 1}: bundled KB ${fmt(b.cpuMs)} ms CPU (${b.marks} marks), 100k KB ${fmt(k.cpuMs)} ms (${k.marks}); heap ${fmt(b.heapKb)} / ${fmt(k.heapKb)} KB`);
    if (i.frames && s.frames) {
      s.frames.framedBig.push(await sample(i.big, i.frames.withFramesUrl, i.blankUrl, true));
      s.frames.plainBig.push(await sample(i.big, i.frames.withoutFramesUrl, i.blankUrl, true));
      s.frames.framedNone.push(await sample(i.without, i.frames.withFramesUrl, i.blankUrl, false));
      s.frames.plainNone.push(await sample(i.without, i.frames.withoutFramesUrl, i.blankUrl, false));
    }
  }
  return { ...bigKbCost(s), samples: s };
}

/** Syncs the big KB into `browser` with `tabUrls` open, times it, and closes the tabs again. */
export async function syncBigKb(browser: Browser, kbUrl: string, tabUrls: readonly string[], log: (line: string) => void): Promise<SyncTiming> {
  const { timing, tabs } = await syncAndRemark(browser, kbUrl, tabUrls);
  for (const tab of tabs) await tab.close();
  log(`  "Sync now" → ${timing.tabs} tabs re-marked: ${Math.round(timing.totalMs)} ms (${timing.phases.map((p) => `${p.phase} ${Math.round(p.ms)}`).join(', ')})`);
  return timing;
}
