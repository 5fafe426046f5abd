// The floor: the least any annotator must do, a TreeWalker that reads every text node of the
// page once (its .data length) and nothing else; the median of `runs` runs.
// It runs in the page's own (main) world, as the issue defines it, or in an isolated world like
// the one a content script runs in: there every node the walk returns needs a second JS wrapper
// of its own, which makes the same walk two to three times as slow.
// performance.now() ticks in 0.1 ms steps here, so on a small page one run repeats the walk
// until at least MIN_RUN_MS have passed and counts the average walk.
import type { Page } from '@playwright/test';
import { median } from './stats.ts';

const MIN_RUN_MS = 2;

export type FloorWorld = 'main' | 'isolated';

export interface Floor {
  ms: number;
  runsMs: number[];
  textNodes: number;
  textChars: number;
}

interface FloorRuns {
  runsMs: number[];
  textNodes: number;
  textChars: number;
}

function walkFloor([count, minMs]: readonly [number, number]): FloorRuns {
  const runsMs: number[] = [];
  let textNodes = 0;
  let textChars = 0;
  for (let r = 0; r < count; r++) {
    const start = performance.now();
    let walks = 0;
    let elapsed = 0;
    do {
      const walker = document.createTreeWalker(document, NodeFilter.SHOW_TEXT);
      let nodes = 0;
      let chars = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        nodes++;
        chars += (node as Text).data.length;
      }
      textNodes = nodes;
      textChars = chars;
      walks++;
      elapsed = performance.now() - start;
    } while (elapsed < minMs);
    runsMs.push(elapsed / walks);
  }
  return { runsMs, textNodes, textChars };
}

export async function measureFloor(page: Page, runs = 5, world: FloorWorld = 'main'): Promise<Floor> {
  const args = [runs, MIN_RUN_MS] as const;
  const result = world === 'main' ? await page.evaluate(walkFloor, args) : await inIsolatedWorld(page, walkFloor, args);
  return { ms: median(result.runsMs), ...result };
}

/** Runs fn(args) in a fresh isolated world of the page's main frame (CDP), as a content script would. */
async function inIsolatedWorld<A, R>(page: Page, fn: (args: A) => R, args: A): Promise<R> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'kb-bench-floor' });
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      expression: `(${fn.toString()})(${JSON.stringify(args)})`,
      contextId: executionContextId,
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(`floor in an isolated world: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value as R;
  } finally {
    await cdp.detach();
  }
}
