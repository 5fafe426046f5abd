/**
 * Smoke test: the built extension loads in headless Chromium and none of its
 * surfaces throw or log errors on the way up.
 */
import { test, expect, collectErrors } from './fixtures';
import { startStaticServer, type StaticServer } from './static-server';

test('the service worker starts and gives the extension id', async ({ extensionId }) => {
  // Chromium extension ids are 32 letters from a to p.
  expect(extensionId).toMatch(/^[a-p]{32}$/);
});

for (const name of ['options', 'popup'] as const) {
  test(`the ${name} page renders without errors`, async ({ page, extensionId }) => {
    const errors = collectErrors(page);
    await page.goto(`chrome-extension://${extensionId}/${name}.html`);
    await expect(page.locator('main')).toBeVisible();
    await expect(page.locator('h1')).toBeVisible();
    expect(errors).toEqual([]);
  });
}

test.describe('a page served from 127.0.0.1', () => {
  let server: StaticServer;

  test.beforeAll(async () => {
    server = await startStaticServer({
      routes: {
        '/article.html': {
          body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Article</title></head>
<body><article><h1>Chips</h1><p>DeepSeek trained on NVIDIA hardware using CUDA.</p></article></body></html>`,
        },
      },
    });
  });

  test.afterAll(async () => {
    await server?.stop();
  });

  test('loads with the extension running and without errors', async ({ page, extensionId }) => {
    // Requesting the id first makes sure the extension is up before the page loads,
    // so its content script (matches <all_urls>) is injected into it.
    expect(extensionId).toBeTruthy();
    const errors = collectErrors(page);
    await page.goto(server.url('/article.html')); // resolves after the load event
    await expect(page.locator('article h1')).toHaveText('Chips');
    expect(errors).toEqual([]);
    expect(server.requests.some((r) => r.url === '/article.html')).toBe(true);
  });
});
