// Reading the extension's marks in Firefox, as any outside tool would: every Range of every
// Highlight in CSS.highlights whose name starts with "kb-", per frame. (The Chromium tier's
// tests/e2e/page-marks.ts does the same through Playwright's types.)
import type { Frame, Page } from 'puppeteer-core';

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

/** Waits until the frame has `count` marks (the first pass runs after document_idle); returns
 * the texts it has then, so that a wrong count fails the assertion with the texts in view. */
export async function waitForMarks(target: Page | Frame, count: number, timeout = 10_000): Promise<string[]> {
  const deadline = Date.now() + timeout;
  let texts = await markedTexts(target);
  while (texts.length !== count && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    texts = await markedTexts(target);
  }
  return texts;
}

/** The page's srcdoc iframe. */
export function srcdocFrame(page: Page): Frame {
  const frame = page.frames().find((f) => f.url() === 'about:srcdoc');
  if (!frame) throw new Error(`no srcdoc frame among ${page.frames().map((f) => f.url()).join(', ')}`);
  return frame;
}
