// The floor: the least any annotator must do, a TreeWalker that reads every text node of the
// page once (its .data length) and nothing else. Run in the page; the median of `runs` runs.
// performance.now() ticks in 0.1 ms steps here, so on a small page one run repeats the walk
// until at least MIN_RUN_MS have passed and counts the average walk.
import type { Page } from '@playwright/test';
import { median } from './stats.ts';

const MIN_RUN_MS = 2;

export interface Floor {
  ms: number;
  runsMs: number[];
  textNodes: number;
  textChars: number;
}

export async function measureFloor(page: Page, runs = 5): Promise<Floor> {
  const result = await page.evaluate(([count, minMs]) => {
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
  }, [runs, MIN_RUN_MS] as const);
  return { ms: median(result.runsMs), ...result };
}
