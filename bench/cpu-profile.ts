// Where the content script's time goes on a page: a CDP CPU profile of the page's renderer
// (content scripts run in an isolated world of the same isolate, so the profile includes them),
// summarised as self time per function and per source file under the content script's frames.
// With a source map next to content.js (see profiling-build.ts) functions are named by source.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from './chromium.ts';
import { marksSettled, measureCpu, type CpuProfile, type ProfileNode } from './extension-cpu.ts';
import { REPO_ROOT } from './pages.ts';
import { readSourceMap, type SourceMap } from './source-map.ts';

const SAMPLING_INTERVAL_US = 100;
const TOP = 15;

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
  marks: number;
  /** The profile's attribution to any extension script (as the CPU figure counts). */
  cpuMs: number;
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
 * Profiles the extension on `url` over the same window as the CPU figure (extension-cpu.ts):
 * from the navigation until its marks have settled and a second more, so idle-time work counts.
 */
export async function profileExtension(browser: Browser, url: string, blankUrl: string): Promise<ProfileSummary> {
  let profile: CpuProfile | undefined;
  const run = await measureCpu(browser, url, blankUrl, { watch: (page) => marksSettled(page), onProfile: (p) => (profile = p) });
  const dir = browser.extensionDir!;
  return { url, build: path.relative(REPO_ROOT, dir) || dir, marks: run.marks, cpuMs: run.cpuMs, ...summarise(profile!, dir) };
}

function summarise(profile: CpuProfile, extensionDir: string): Omit<ProfileSummary, 'url' | 'build' | 'marks' | 'cpuMs'> {
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
