// What the marks themselves cost the renderer, without finding them: the ranges an extension
// registered (recorded by their text nodes' positions) are registered again in one Highlight in a
// browser without any extension, and the renderer's TaskDuration (thread CPU time) over the next
// second is compared with registering an empty Highlight. The difference is what the browser
// spends on the marks (their markers and painting), so "the extension's renderer time added
// minus the painter's" can be compared with "the painting of the extra marks".
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { HIGHLIGHT_NAME } from '../lib/page/mark-store.ts';
import type { Browser } from './chromium.ts';
import { SETTLE_MS } from './extension-cpu.ts';
import { PAINTER_DIR } from './painter.ts';
import { median } from './stats.ts';

/** A range by the document-order indices of its text nodes (TreeWalker SHOW_TEXT) and offsets. */
export type RangeSpot = [startNode: number, startOffset: number, endNode: number, endOffset: number];

/** The ranges of one page, and how many text nodes it had (the fresh page must have as many). */
export interface RecordedRanges {
  textNodes: number;
  spots: RangeSpot[];
}

/** Every range in the page's `kb-` highlights, as RangeSpots (run after the measurement window). */
export function recordRanges(page: Page): Promise<RecordedRanges> {
  return page.evaluate(() => {
    const index = new Map<Node, number>();
    const walker = document.createTreeWalker(document, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(), i = 0; n; n = walker.nextNode(), i++) index.set(n, i);
    const spots: [number, number, number, number][] = [];
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('kb-')) continue;
      for (const r of highlight as Iterable<AbstractRange>) {
        const a = index.get(r.startContainer);
        const b = index.get(r.endContainer);
        if (a !== undefined && b !== undefined) spots.push([a, r.startOffset, b, r.endOffset]);
      }
    }
    return { textNodes: index.size, spots };
  });
}

/** The renderer's TaskDuration over SETTLE_MS after registering `spots` (none: an empty Highlight). */
async function registerAndWait(browser: Browser, url: string, css: string, recorded: RecordedRanges): Promise<number> {
  const page = await browser.context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 90_000 });
    // The ranges are made before the style is added: its <style> holds a text node of its own,
    // which would shift every index after it.
    const textNodes = await page.evaluate(({ spots, expected }) => {
      const nodes: Node[] = [];
      const walker = document.createTreeWalker(document, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n);
      if (nodes.length !== expected) return nodes.length;
      (window as { __benchRanges?: Range[] }).__benchRanges = spots.map(([a, so, b, eo]) => {
        const r = new Range();
        r.setStart(nodes[a]!, so);
        r.setEnd(nodes[b]!, eo);
        return r;
      });
      return nodes.length;
    }, { spots: recorded.spots, expected: recorded.textNodes });
    if (textNodes !== recorded.textNodes) {
      throw new Error(`the fresh page has ${textNodes} text nodes where the measured one had ${recorded.textNodes}: the recorded ranges do not fit it`);
    }
    await page.addStyleTag({ content: css });
    await page.waitForTimeout(SETTLE_MS);
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const taskMs = async () => ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? Number.NaN) * 1000;
    const before = await taskMs();
    await page.evaluate(() => {
      CSS.highlights.set('kb-bench', new Highlight(...((window as { __benchRanges?: Range[] }).__benchRanges ?? [])));
    });
    await page.waitForTimeout(SETTLE_MS);
    const took = (await taskMs()) - before;
    await cdp.detach();
    return took;
  } finally {
    await page.close();
  }
}

export interface PaintCostRun {
  /** Median of the runs' TaskDuration with the ranges registered minus with an empty Highlight. */
  ms: number;
  perRunMs: number[];
  ranges: number;
}

/** `runs` paired measurements: the ranges, then the empty Highlight, each on a fresh page. `css`
 * styles `::highlight(kb-bench)` as the extension styles its marks. */
export async function measurePaintCost(browser: Browser, url: string, css: string, recorded: RecordedRanges, runs = 1): Promise<PaintCostRun> {
  const perRunMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const withRanges = await registerAndWait(browser, url, css, recorded);
    const empty = await registerAndWait(browser, url, css, { textNodes: recorded.textNodes, spots: [] });
    perRunMs.push(withRanges - empty);
  }
  return { ms: median(perRunMs), perRunMs, ranges: recorded.spots.length };
}

/** The extension's or the painter's rules for its marks' highlight `name`, renamed to the bench's
 * highlight (other highlights' rules, such as the hovered mark's, then style nothing). */
export function highlightCss(css: string, name: string): string {
  return css.split(`::highlight(${name})`).join('::highlight(kb-bench)');
}

/** The painter's one highlight (the extension's hovered mark has a highlight of its own). */
const PAINTER_HIGHLIGHT = 'kb-x';

export interface PaintCosts {
  extension: PaintCostRun;
  painter: PaintCostRun;
}

/** Both extensions' ranges painted alone, each with its own highlight style, in `browser`
 * (without any extension), `runs` pairs each. `extensionDir`: the build whose marks.css styles the marks. */
export async function measurePaintCosts(browser: Browser, url: string, extensionDir: string, ranges: { extension: RecordedRanges; painter: RecordedRanges }, runs: number): Promise<PaintCosts> {
  const css = (file: string, name: string) => highlightCss(readFileSync(file, 'utf8'), name);
  return {
    extension: await measurePaintCost(browser, url, css(path.join(extensionDir, 'content-scripts', 'marks.css'), HIGHLIGHT_NAME), ranges.extension, runs),
    painter: await measurePaintCost(browser, url, css(path.join(PAINTER_DIR, 'c.css'), PAINTER_HIGHLIGHT), ranges.painter, runs),
  };
}
