// Hostile pages: whatever a page does, the extension marks what it should, changes nothing in
// the page's DOM and causes no error in the page's console.
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect, collectErrors } from './fixtures.ts';
import { HOSTILE_PAGES } from './hostile-pages.ts';
import { extensionMarkCount } from './extension-marks.ts';
import { startStaticServer, type StaticServer } from './static-server.ts';

let server: StaticServer;
let other: StaticServer;
test.beforeAll(async () => {
  server = await startStaticServer({ routes: HOSTILE_PAGES });
  other = await startStaticServer({ routes: HOSTILE_PAGES });
});
test.afterAll(async () => {
  await server.stop();
  await other.stop();
});

/** Waits until the extension counts `expected` marks in the top frame. */
async function expectMarks(context: BrowserContext, page: Page, extensionId: string, expected: number) {
  await expect.poll(() => extensionMarkCount(context, page, extensionId), { timeout: 20_000 }).toBe(expected);
}

for (const [path, { marks }] of Object.entries(HOSTILE_PAGES)) {
  if (path === '/frame-child.html' || path === '/frames.html') continue;
  test(`${path}: ${marks} marks, DOM untouched, no errors`, async ({ page, context, extensionId }) => {
    const errors = collectErrors(page);
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        setTimeout(() => ((window as unknown as { before: string }).before = document.documentElement.outerHTML), 0);
      });
    });
    await page.goto(server.url(path));
    await expectMarks(context, page, extensionId, marks);
    if (!path.endsWith('.svg')) {
      // Two plain strings: this page's own Array.prototype is broken on purpose.
      const before = await page.evaluate(() => (window as unknown as { before: string }).before);
      const after = await page.evaluate(() => document.documentElement.outerHTML);
      expect(after).toBe(before);
    }
    expect(errors).toEqual([]);
  });
}

test('iframes of the same origin, another origin, sandboxed and srcdoc are each marked', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto(server.url('/frames.html'));
  await page.evaluate((src) => { (document.getElementById('cross') as HTMLIFrameElement).src = src; }, other.url('/frame-child.html'));
  const count = (frame: import('@playwright/test').Frame) => frame.evaluate(() => {
    let n = 0;
    for (const [name, h] of CSS.highlights) if (name.startsWith('kb-')) n += h.size;
    return n;
  });
  await expect.poll(() => count(page.mainFrame())).toBe(1);
  for (const selector of ['#srcdoc', '#same', '#sandboxed', '#cross']) {
    const frame = await (await page.$(selector))!.contentFrame();
    await expect.poll(() => count(frame!), { message: selector }).toBe(1);
  }
  // Chromium logs this for any sandboxed frame, with or without an extension (checked by hand
  // with a plain browser): it is not ours.
  expect(errors.filter((e) => !e.includes("the document's frame is sandboxed"))).toEqual([]);
});

test('infinite scroll appending 500 articles marks every one', async ({ page, context, extensionId }) => {
  await page.goto(server.url('/csp.html'));
  await expectMarks(context, page, extensionId, 1);
  await page.evaluate(async () => {
    for (let batch = 0; batch < 50; batch++) {
      for (let i = 0; i < 10; i++) {
        const article = document.createElement('article');
        article.innerHTML = `<h2>Story ${batch * 10 + i}</h2><p>Huawei and filler text for story ${batch * 10 + i}.</p>`;
        document.body.append(article);
      }
      await new Promise((r) => setTimeout(r, 20));
    }
  });
  await expectMarks(context, page, extensionId, 501);
});
