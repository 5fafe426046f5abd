// Reading the extension's marks from a page, as any outside tool would: every Range of every
// Highlight in CSS.highlights whose name starts with "kb-".
import type { Frame, Page } from '@playwright/test';

export async function markedTexts(target: Page | Frame): Promise<string[]> {
  return target.evaluate(() => {
    const out: string[] = [];
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('kb-')) continue;
      for (const range of highlight) out.push((range as Range).toString());
    }
    return out.sort();
  });
}

/** Waits until the page has `count` marks (the first pass runs after document_idle). */
export async function waitForMarks(target: Page | Frame, count: number, timeout = 10_000): Promise<string[]> {
  const deadline = Date.now() + timeout;
  let texts = await markedTexts(target);
  while (texts.length !== count && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 50));
    texts = await markedTexts(target);
  }
  return texts;
}
