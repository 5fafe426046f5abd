/**
 * A KB with HTML and script in every text field (a synced KB could be anyone's): the card shows
 * it all as text and runs nothing. The built extension is copied with that KB as its bundled one.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { test, expect, EXTENSION_DIR } from './fixtures';
import { startStaticServer, type StaticServer } from './static-server';
import { articleHtml, SEED_ARTICLE } from '../../scripts/demo';
import type { KnowledgeBase } from '../../lib/kb-schema';
import { hostileKb, PAYLOAD } from '../fixtures/card/hostile-kb';
import { launchWithExtension } from '../fixtures/card/launch';
import { CARD, pointAtMark, waitForMarks } from '../fixtures/card/e2e-helpers';

let server: StaticServer;
let extensionDir: string;
let context: BrowserContext;

test.beforeAll(async () => {
  extensionDir = mkdtempSync(path.join(tmpdir(), 'kb-hostile-'));
  cpSync(EXTENSION_DIR, extensionDir, { recursive: true });
  const kb = JSON.parse(readFileSync(path.join(EXTENSION_DIR, 'kb.json'), 'utf8')) as KnowledgeBase;
  writeFileSync(path.join(extensionDir, 'kb.json'), JSON.stringify(hostileKb(kb)));
  server = await startStaticServer({ routes: { '/article.html': { body: articleHtml(readFileSync(SEED_ARTICLE, 'utf8')) } } });
  context = await launchWithExtension(extensionDir);
});
test.afterAll(async () => {
  await context?.close();
  await server?.stop();
  rmSync(extensionDir, { recursive: true, force: true });
});

test('every field renders as text and nothing runs, in the card and the background view', async () => {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.setViewportSize({ width: 1100, height: 800 });
  await page.goto(server.url('/article.html'));
  await waitForMarks(page, 10);
  const { x, y } = await pointAtMark(page, 'NVIDIA', 1);
  await expect(page.locator(CARD)).toBeVisible({ timeout: 3_000 });
  await expect(page.locator(`${CARD} h2`)).toHaveText(`NVIDIA ${PAYLOAD}`);
  await page.mouse.click(x, y);
  await expect(page.locator(CARD)).toHaveAttribute('data-expanded', 'true');
  await page.waitForTimeout(300); // time for an onerror to fire, were there an <img>

  const inside = await page.evaluate(() => {
    const root = document.querySelector('kb-annotations-card')!.shadowRoot!;
    return {
      injected: root.querySelectorAll('img, script, b, iframe, object, embed').length,
      links: [...root.querySelectorAll('a')].map((a) => a.getAttribute('href')),
      text: root.textContent ?? '',
    };
  });
  expect(inside.injected).toBe(0);
  expect(inside.links).toHaveLength(1); // only the options link: the javascript: source URL is text
  expect(inside.links[0]).toMatch(/^chrome-extension:\/\/[a-p]{32}\/options\.html#entity=nvidia$/);
  expect(inside.text.split(PAYLOAD).length).toBeGreaterThan(5);
  expect(await page.evaluate(() => (window as { __kbPwned?: unknown }).__kbPwned)).toBeUndefined();
  expect(errors).toEqual([]);
  await page.close();
});
