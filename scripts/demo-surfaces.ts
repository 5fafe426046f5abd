// `npm run demo`'s screenshots of the extension's own pages beside the article: the side panel
// (on NVIDIA: what it is, its relation map, its timeline), the popup and the options page, each
// opened as a tab with its test hook (`?tab=ID`) attached to the article's tab.
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';

export interface SurfaceShots {
  context: BrowserContext;
  extensionId: string;
  /** The article's tab, as the extension numbers it. */
  tabId: number;
  dir: string;
}

async function shoot(page: Page, file: string, size: { width: number; height: number }, ready: (page: Page) => Promise<unknown>): Promise<void> {
  await page.setViewportSize(size);
  await ready(page);
  await page.waitForTimeout(200);
  await page.screenshot({ path: file });
}

/** Writes sidepanel.png, popup.png and options.png into `dir`; returns their paths. */
export async function screenshotSurfaces({ context, extensionId, tabId, dir }: SurfaceShots): Promise<string[]> {
  const page = await context.newPage();
  const base = `chrome-extension://${extensionId}`;
  const files = ['sidepanel.png', 'popup.png', 'options.png'].map((name) => path.join(dir, name));
  try {
    await page.goto(`${base}/sidepanel.html?tab=${tabId}#entity=nvidia`);
    await shoot(page, files[0]!, { width: 400, height: 1000 }, (p) => p.getByTestId('relation-map').waitFor());
    await page.goto(`${base}/popup.html?tab=${tabId}`);
    await shoot(page, files[1]!, { width: 360, height: 480 }, (p) => p.getByTestId('marks').waitFor());
    await page.goto(`${base}/options.html`);
    await shoot(page, files[2]!, { width: 1100, height: 900 }, (p) => p.getByTestId('section-kb').waitFor());
  } finally {
    await page.close();
  }
  return files;
}
