// Where the content script's time goes on a page: a CDP CPU profile of the page's renderer
// (content scripts run in an isolated world of the same isolate, so the profile includes them),
// summarised as self time per function and per source file under the content script's frames.
// With a source map next to content.js (see profiling-build.ts) functions are named by source.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { BenchMessages } from './bench-messages.ts';
import type { Browser } from './chromium.ts';
import { REPORT_TIMEOUT_MS } from './extension-run.ts';
import { REPO_ROOT } from './pages.ts';
import { readSourceMap, type SourceMap } from './source-map.ts';

const SAMPLING_INTERVAL_US = 200;
const TOP = 15;

/** The parts of CDP's Profiler.Profile read here. */
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
  /** Samples per 1-based line of the bundle, inside this node's function. */
  positionTicks?: { line: number; ticks: number }[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

export interface ProfileEntry {
  name: string;
  /** Source file and line (with a source map), "content.js:L:C" without, or "native". */
  where: string;
  selfMs: number;
  /** Without a source map: the minified code at that position, to tell what it is. */
  snippet?: string;
}

export interface ProfileSummary {
  url: string;
  /** The build profiled (the unminified copy, or the bench build itself). */
  build: string;
  reportedBusyMs: number;
  /** Sampled time with a content-script frame on the stack. */
  contentScriptMs: number;
  garbageCollectorMs: number;
  top: ProfileEntry[];
  /** Time under the content script by the source file of the innermost content-script frame (natives count for their caller). */
  byFile: { file: string; ms: number }[];
  /** The source lines the content script's own code spent most samples on (needs the source map). */
  hotLines: { where: string; code: string; ms: number }[];
}

/**
 * Profiles the extension's first pass on `url`. The profiler is started on a blank page of the
 * same origin, so the navigation to `url` stays in the profiled renderer.
 */
export async function profileExtension(browser: Browser, url: string, blankUrl: string): Promise<ProfileSummary> {
  const page = await browser.context.newPage();
  try {
    await page.goto(blankUrl);
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_INTERVAL_US });
    await cdp.send('Profiler.start');
    const messages = new BenchMessages(page);
    await page.goto(url, { waitUntil: 'load', timeout: REPORT_TIMEOUT_MS });
    const { report } = await messages.forFrame(url, REPORT_TIMEOUT_MS);
    const { profile } = await cdp.send('Profiler.stop');
    await cdp.detach();
    const dir = browser.extensionDir!;
    return { url, build: path.relative(REPO_ROOT, dir) || dir, reportedBusyMs: report.busyMs, ...summarise(profile, dir) };
  } finally {
    await page.close();
  }
}

function summarise(profile: CpuProfile, extensionDir: string): Omit<ProfileSummary, 'url' | 'build' | 'reportedBusyMs'> {
  const bundle = path.join(extensionDir, 'content-scripts', 'content.js');
  const map: SourceMap | undefined = existsSync(`${bundle}.map`) ? readSourceMap(`${bundle}.map`, REPO_ROOT) : undefined;
  const lines = map ? [] : readFileSync(bundle, 'utf8').split('\n');
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const isContent = (n: ProfileNode) => /\/content-scripts\/content\.js$/.test(n.callFrame.url);

  /** The innermost content-script frame at or above a node. */
  const contentFrame = new Map<number, ProfileNode | null>();
  const innermostContent = (id: number): ProfileNode | null => {
    const known = contentFrame.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id)!;
    const up = parent.get(id);
    const found = isContent(node) ? node : up === undefined ? null : innermostContent(up);
    contentFrame.set(id, found);
    return found;
  };
  const sourceOf = (n: ProfileNode) => {
    const pos = map?.lookup(n.callFrame.lineNumber, n.callFrame.columnNumber);
    return pos ? { file: pos.source.replace(/^.*node_modules\//, 'node_modules/'), line: pos.line } : undefined;
  };

  const selfUs = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  // timeDeltas[i] is the time before samples[i]; a sample's weight is the gap to the next one.
  for (let i = 0; i < samples.length; i++) selfUs.set(samples[i]!, (selfUs.get(samples[i]!) ?? 0) + (deltas[i + 1] ?? SAMPLING_INTERVAL_US));

  const entries = new Map<string, ProfileEntry>();
  const files = new Map<string, number>();
  let contentUs = 0;
  let gcUs = 0;
  for (const [id, us] of selfUs) {
    const node = byId.get(id)!;
    const frame = node.callFrame;
    if (frame.functionName === '(garbage collector)') gcUs += us;
    const owner = innermostContent(id);
    if (!owner) continue;
    contentUs += us;
    const ownerSource = sourceOf(owner);
    const file = ownerSource?.file ?? 'content.js';
    files.set(file, (files.get(file) ?? 0) + us);
    let where: string;
    if (!isContent(node)) where = frame.url ? path.basename(frame.url) : 'native';
    else where = ownerSource ? `${ownerSource.file}:${ownerSource.line}` : `content.js:${frame.lineNumber + 1}:${frame.columnNumber + 1}`;
    const key = `${frame.functionName}@${where}`;
    const entry: ProfileEntry = entries.get(key) ?? { name: frame.functionName || '(anonymous)', where, selfMs: 0 };
    entry.selfMs += us / 1000;
    if (!map && isContent(node)) entry.snippet ??= lines[frame.lineNumber]?.slice(frame.columnNumber, frame.columnNumber + 90);
    entries.set(key, entry);
  }
  return {
    hotLines: map ? hotLines(profile, isContent, map) : [],
    contentScriptMs: contentUs / 1000,
    garbageCollectorMs: gcUs / 1000,
    top: [...entries.values()].sort((a, b) => b.selfMs - a.selfMs).slice(0, TOP),
    byFile: [...files].map(([file, us]) => ({ file, ms: us / 1000 })).sort((a, b) => b.ms - a.ms),
  };
}

/** Self samples per original source line, from the positionTicks of content-script frames. */
function hotLines(profile: CpuProfile, isContent: (n: ProfileNode) => boolean, map: SourceMap): ProfileSummary['hotLines'] {
  const samples = profile.samples?.length ?? 0;
  const totalUs = (profile.timeDeltas ?? []).reduce((a, b) => a + b, 0);
  const usPerTick = samples ? totalUs / samples : SAMPLING_INTERVAL_US;
  const ticks = new Map<string, number>();
  for (const node of profile.nodes) {
    if (!isContent(node)) continue;
    for (const { line, ticks: n } of node.positionTicks ?? []) {
      const pos = map.lookup(line - 1, Number.MAX_SAFE_INTEGER);
      if (!pos) continue;
      const key = `${pos.source}:${pos.line}`;
      ticks.set(key, (ticks.get(key) ?? 0) + n);
    }
  }
  const sources = new Map<string, string[]>();
  const codeAt = (file: string, line: number) => {
    if (!sources.has(file)) sources.set(file, existsSync(path.join(REPO_ROOT, file)) ? readFileSync(path.join(REPO_ROOT, file), 'utf8').split('\n') : []);
    return (sources.get(file)![line - 1] ?? '').trim();
  };
  return [...ticks]
    .sort((a, b) => b[1] - a[1])
    .slice(0, TOP)
    .map(([where, n]) => {
      const [file, line] = [where.slice(0, where.lastIndexOf(':')), Number(where.slice(where.lastIndexOf(':') + 1))];
      return { where, code: codeAt(file, line), ms: (n * usPerTick) / 1000 };
    });
}
