// The extension's marks read from a puppeteer page or frame in Firefox (the same reading as the
// Chromium tier's: tests/fixtures/marked-texts.ts), and the fixture page's srcdoc frame.
import type { Frame, Page } from 'puppeteer-core';
export { markedTexts, waitForMarks } from '../fixtures/marked-texts.ts';

/** The page's srcdoc iframe. */
export function srcdocFrame(page: Page): Frame {
  const frame = page.frames().find((f) => f.url() === 'about:srcdoc');
  if (!frame) throw new Error(`no srcdoc frame among ${page.frames().map((f) => f.url()).join(', ')}`);
  return frame;
}
