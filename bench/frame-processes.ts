// Whether the CPU figure can see every frame of a page: V8's profiler, started on the page's
// target, samples that renderer only, so a frame in another process (an out-of-process iframe,
// as site isolation makes of other sites' frames) would go uncounted.
import type { Browser } from './chromium.ts';

export interface FrameProcesses {
  /** Every frame of the page, the top one included. */
  frames: number;
  /** Frames the browser runs in a process of their own (CDP targets of type "iframe"). */
  outOfProcess: number;
}

export async function frameProcesses(browser: Browser, url: string): Promise<FrameProcesses> {
  const page = await browser.context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    const cdp = await browser.context.newCDPSession(page);
    const { targetInfos } = await cdp.send('Target.getTargets');
    await cdp.detach();
    return { frames: page.frames().length, outOfProcess: targetInfos.filter((t) => t.type === 'iframe').length };
  } finally {
    await page.close();
  }
}
