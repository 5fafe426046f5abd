// What the marks themselves cost the renderer, without finding them: the ranges an extension
// registered (recorded by their text nodes' positions) are registered again in one Highlight in a
// browser without any extension, and the renderer's TaskDuration (thread CPU time) over the next
// second is compared with registering an empty Highlight. The difference is what the browser
// spends on the marks (their markers and painting), so "the extension's renderer time added
// minus the painter's" can be compared with "the painting of the extra marks".
import type { Page } from '@playwright/test';
import type { Browser } from './chromium.ts';
import { SETTLE_MS } from './extension-cpu.ts';

/** A range by the document-order indices of its text nodes (TreeWalker SHOW_TEXT) and offsets. */
export type RangeSpot = [startNode: number, startOffset: number, endNode: number, endOffset: number];

/** Every range in the page's `kb-` highlights, as RangeSpots (run after the measurement window). */
export function recordRanges(page: Page): Promise<RangeSpot[]> {
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
    return spots;
  });
}

/** The renderer's TaskDuration over SETTLE_MS after registering `spots` (none: an empty Highlight). */
async function registerAndWait(browser: Browser, url: string, css: string, spots: readonly RangeSpot[]): Promise<number> {
  const page = await browser.context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 90_000 });
    await page.addStyleTag({ content: css });
    await page.evaluate((spots) => {
      const nodes: Node[] = [];
      const walker = document.createTreeWalker(document, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n);
      (window as { __benchRanges?: Range[] }).__benchRanges = spots.map(([a, so, b, eo]) => {
        const r = new Range();
        r.setStart(nodes[a]!, so);
        r.setEnd(nodes[b]!, eo);
        return r;
      });
    }, spots as RangeSpot[]);
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
  /** TaskDuration with the ranges registered minus with an empty Highlight. */
  ms: number;
  ranges: number;
}

/** One paired measurement: the ranges, then the empty Highlight, on fresh pages. `css` styles
 * `::highlight(kb-bench)` as the extension styles its marks. */
export async function measurePaintCost(browser: Browser, url: string, css: string, spots: readonly RangeSpot[]): Promise<PaintCostRun> {
  const withRanges = await registerAndWait(browser, url, css, spots);
  const empty = await registerAndWait(browser, url, css, []);
  return { ms: withRanges - empty, ranges: spots.length };
}

/** The extension's or the painter's `::highlight(name)` rules, renamed to the bench's highlight. */
export function highlightCss(css: string): string {
  return css.replace(/::highlight\([^)]*\)/g, '::highlight(kb-bench)');
}
