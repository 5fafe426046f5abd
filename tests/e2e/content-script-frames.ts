// Which frames of a page have the full content script (content-scripts/content.js), seen from
// outside: the DevTools protocol reports every script V8 parses, with the frame it runs in.
// Start it before the page loads. Frames are named by their iframe's `name` attribute.
import type { Page } from '@playwright/test';

const FULL_SCRIPT = /\/content-scripts\/content\.js$/;

interface FrameTree {
  frame: { id: string; name?: string };
  childFrames?: FrameTree[];
}

export interface ContentScriptFrames {
  /** Whether the frame whose iframe is named `name` (or the top frame, for 'top') has parsed the full script. */
  has(name: string): Promise<boolean>;
}

export async function watchContentScriptFrames(page: Page): Promise<ContentScriptFrames> {
  const cdp = await page.context().newCDPSession(page);
  const loadedIn = new Set<string>();
  cdp.on('Debugger.scriptParsed', (script) => {
    const frameId = (script.executionContextAuxData as { frameId?: string } | undefined)?.frameId;
    if (FULL_SCRIPT.test(script.url) && frameId) loadedIn.add(frameId);
  });
  await cdp.send('Debugger.enable');
  const frameIdOf = async (name: string): Promise<string> => {
    const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: FrameTree };
    if (name === 'top') return frameTree.frame.id;
    const find = (t: FrameTree): string | undefined => (t.frame.name === name ? t.frame.id : t.childFrames?.map(find).find(Boolean));
    const id = find(frameTree);
    if (!id) throw new Error(`no frame named ${name}`);
    return id;
  };
  return { has: async (name) => loadedIn.has(await frameIdOf(name)) };
}
