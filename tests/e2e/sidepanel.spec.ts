/**
 * The side panel, end to end in the built extension. The panel page is opened as an ordinary
 * tab with the test hook `sidepanel.html?tab=ID`, attached to a page's tab: it lists the names
 * on that page with their counts, "Next" jumps to a name's next mention, the relation map has
 * one node per related name and a click (or Enter) on a node shows that name, the timeline lists
 * every source of a name (two corpus articles added, one through the panel's "Add this article")
 * and marks what arrived since the name was last opened, and the note edits in place. The real
 * side panel opens from the popup's "Open in side panel". One browser for the file.
 */
import { readFileSync } from 'node:fs';
import { test, expect, type Page } from '@playwright/test';
import type { EntityDetails } from '../../lib/entity-details.ts';
import type { MarkCount } from '../../lib/page/mark-counts.ts';
import { articleHtml, SEED_ARTICLE } from '../../scripts/demo.ts';
import { askBackgroundFrom, grantHostPermission, launchExtension, tabIdOf, type Extension } from './sync-support.ts';
import { startStaticServer, type StaticServer } from './static-server.ts';
import { CORPUS_DIR, keepPagesLocal, readStore } from './your-knowledge-support.ts';

test.describe.configure({ mode: 'serial' });

const CNN = '/aeb--cnn-us-china-trade-war.html';
const SINA = '/gne--sina-huawei-5g-chip.html';
const CNN_TITLE = 'Investors don\'t seem to know what to make of the US-China trade war';
const SINA_TITLE = '最强“中国芯”本月商用 华为抢跑5G芯片大战';
const SEED_TITLE = 'Verzögerung bei DeepSeeks R2-KI-Modell: Chinesische Behörden empfehlen Huawei-KI-Chips, während Peking nach NVIDIA-Alternativen sucht';
/** NVIDIA three times, each a screen apart. */
const FAR = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Far apart</title></head><body>
<p>Chips, as told three times.</p><div style="height:2500px"></div><p id="one">NVIDIA sells chips.</p>
<div style="height:2500px"></div><p id="two">NVIDIA leads.</p><div style="height:2500px"></div><p id="three">NVIDIA again.</p></body></html>`;

let ext: Extension;
let server: StaticServer;
let options: Page;
let seed: Page;

const ask = <T>(type: string, payload: unknown = {}) => askBackgroundFrom<T>(options, type, payload);
const panelUrl = (tabId: number, hash = '') => `chrome-extension://${ext.extensionId}/sidepanel.html?tab=${tabId}${hash}`;

async function openTab(path: string): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(server.url(path), { waitUntil: 'domcontentloaded' });
  return page;
}

async function panelFor(path: string, hash = ''): Promise<Page> {
  const panel = await ext.context.newPage();
  await panel.setViewportSize({ width: 400, height: 900 });
  await panel.goto(panelUrl(await tabIdOf(options, server.url(path)), hash));
  return panel;
}

/** The marks the content script of a tab reports, most first (as the panel sorts them). */
async function marksOf(path: string): Promise<MarkCount[]> {
  const tabId = await tabIdOf(options, server.url(path));
  const summary = await options.evaluate(
    (tabId) => (globalThis as unknown as { chrome: { tabs: { sendMessage(id: number, m: unknown, o: object): Promise<{ marks: MarkCount[] }> } } }).chrome.tabs.sendMessage(tabId, { type: 'marks:summary', payload: {} }, { frameId: 0 }),
    tabId,
  );
  return summary.marks.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

test.beforeAll(async () => {
  server = await startStaticServer({ root: CORPUS_DIR, routes: { '/seed.html': { body: articleHtml(readFileSync(SEED_ARTICLE, 'utf8')) }, '/far.html': { body: FAR } } });
  ext = await launchExtension();
  await keepPagesLocal(ext.context);
  for (const blank of ext.context.pages()) await blank.close();
  // Only so the test can find tabs by their URL; the panel needs no host permission.
  await grantHostPermission(ext, 'http://127.0.0.1/*');
  options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  seed = await openTab('/seed.html');
  await expect.poll(async () => (await marksOf('/seed.html')).length).toBeGreaterThan(3);
});

test.afterAll(async () => {
  await ext?.close();
  await server?.stop();
});

test('lists the names on the page it is attached to, with their counts, and shows the most mentioned', async () => {
  const expected = await marksOf('/seed.html');
  const panel = await panelFor('/seed.html');
  const rows = panel.getByTestId('page-names').locator('li');
  await expect(rows).toHaveText(expected.map((m) => new RegExp(`^${m.name}\\s*${m.count}\\b`)));
  await expect(panel.getByRole('link', { name: `${expected[0]!.name} ${expected[0]!.count} on this page` })).toHaveAttribute('aria-current', 'true');
  await expect(panel.getByRole('heading', { level: 2, name: expected[0]!.name })).toBeVisible();
  await panel.close();
});

test('“Next” scrolls the page to the name’s next mention', async () => {
  const far = await openTab('/far.html');
  await expect.poll(async () => (await marksOf('/far.html'))[0]?.count).toBe(3);
  const panel = await panelFor('/far.html');
  const next = panel.getByRole('button', { name: 'Next mention of NVIDIA on the page' });
  await expect(next).toHaveText('Next');
  const top = (id: string) => far.evaluate((id) => document.getElementById(id)!.getBoundingClientRect().top, id);
  await next.click();
  await expect.poll(async () => Math.abs(await top('one'))).toBeLessThan(900);
  await expect(far.locator('[role="dialog"][data-entity="nvidia"]')).toBeAttached();
  await panel.close();
  await far.close();
});

test('draws the relation map, one node per related name, and a node shows that name', async () => {
  const panel = await panelFor('/seed.html', '#entity=nvidia');
  const details = (await ask<EntityDetails>('entity:details', { id: 'nvidia' }))!;
  const related = new Set([...details.relations.map((r) => r.other.id), ...(details.inferred ?? []).map((i) => i.other.id)]);
  const map = panel.getByTestId('relation-map');
  await expect(map).toBeVisible();
  const nodes = map.locator('a[data-entity]');
  await expect(nodes).toHaveCount(related.size);
  expect(new Set(await nodes.evaluateAll((els) => els.map((e) => e.getAttribute('data-entity'))))).toEqual(related);
  // Labelled in words by how it relates: NVIDIA makes the H100; Chinese authorities discourage NVIDIA.
  await expect(map.getByRole('link', { name: 'makes NVIDIA H100' })).toBeVisible();
  await expect(map.getByRole('link', { name: 'discouraged by Chinese authorities' })).toBeVisible();

  await map.getByRole('link', { name: 'competes with Huawei' }).click();
  await expect(panel).toHaveURL(/#entity=huawei$/);
  await expect(panel.getByRole('heading', { level: 2, name: 'Huawei' })).toBeFocused();
  // And by keyboard: a node takes focus and Enter follows it.
  const back = panel.getByTestId('relation-map').getByRole('link', { name: 'competes with NVIDIA' });
  await back.focus();
  await panel.keyboard.press('Enter');
  await expect(panel.getByRole('heading', { level: 2, name: 'NVIDIA' })).toBeVisible();
  await panel.close();
});

test('the timeline lists every source of the name, newest first, and marks what arrived since it was last opened', async () => {
  test.setTimeout(60_000);
  const cnn = await openTab(CNN);
  const sina = await openTab(SINA);
  await expect.poll(async () => (await marksOf(CNN)).map((m) => m.entity)).toContain('huawei');
  await expect.poll(async () => (await marksOf(SINA)).map((m) => m.entity)).toContain('huawei');
  // The reader opens Huawei in the panel beside the CNN article: only the bundled article so far.
  const panel = await panelFor(CNN, '#entity=huawei');
  const timeline = panel.getByTestId('timeline');
  await expect(timeline.locator('> li')).toHaveCount(1);
  await expect.poll(async () => (await readStore<{ entity: string }>(options, 'opened')).map((o) => o.entity)).toContain('huawei');

  // "Add this article" in the panel adds the page it is attached to; Sina's is added as the popup would.
  await panel.getByRole('button', { name: 'Add this article' }).click();
  await expect(panel.getByTestId('article-outcome')).toContainText(`Added “${CNN_TITLE}” to your knowledge.`, { timeout: 20_000 });
  const added = await ask<{ ok: boolean }>('article:add', { tabId: await tabIdOf(options, server.url(SINA)) });
  expect(added.ok).toBe(true);

  const details = (await ask<EntityDetails>('entity:details', { id: 'huawei' }))!;
  expect(details.sources.map((s) => s.title).sort()).toEqual([CNN_TITLE, SEED_TITLE, SINA_TITLE].sort());
  const entries = timeline.locator('> li');
  await expect(entries).toHaveCount(3);
  await expect(entries.locator('.title')).toHaveText([CNN_TITLE, SINA_TITLE, SEED_TITLE]);
  await expect(entries.locator('.when')).toHaveText(['Nov 19, 2019New', 'Sep 7, 2019New', 'undated']);
  await expect(entries.nth(0).getByRole('link', { name: CNN_TITLE })).toHaveAttribute('href', 'https://www.cnn.com/2019/11/18/investing/asian-market-latest/index.html');
  await expect(entries.nth(0)).toContainText('CNN · by Jill Disis, CNN Business');
  await expect(entries.nth(0).locator('blockquote').first()).toContainText('Huawei');
  await expect(panel.getByTestId('new-since')).toContainText('2 sources, marked “New” below');
  await cnn.close();
  await sina.close();
  await panel.close();
});

test('the note edits in place and is kept', async () => {
  const panel = await panelFor('/seed.html', '#entity=cuda');
  const note = panel.getByLabel('Your note on CUDA');
  await note.fill('Ask about ROCm.');
  await expect(panel.getByTestId('note-state')).toHaveText(/^Saved/);
  expect((await ask<EntityDetails>('entity:details', { id: 'cuda' }))!.note).toBe('Ask about ROCm.');
  await panel.reload();
  await expect(panel.getByLabel('Your note on CUDA')).toHaveValue('Ask about ROCm.');
  await panel.close();
});

test('follows its address: another #entity shows that name', async () => {
  const panel = await panelFor('/seed.html', '#entity=cuda');
  await expect(panel.getByRole('heading', { level: 2, name: 'CUDA' })).toBeVisible();
  await panel.evaluate(() => (location.hash = '#entity=deepseek'));
  await expect(panel.getByRole('heading', { level: 2, name: 'DeepSeek' })).toBeVisible();
  await panel.evaluate(() => (location.hash = '#entity=no-such-name'));
  await expect(panel.getByRole('alert')).toContainText('The knowledge has no name “no-such-name”');
  await panel.close();
});

/** The extension's side panel documents, as the browser lists them. */
function sidePanels(): Promise<{ documentUrl: string }[]> {
  return ext.worker.evaluate(() =>
    (globalThis as unknown as { chrome: { runtime: { getContexts(f: object): Promise<{ documentUrl: string }[]> } } }).chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL'] }),
  );
}

test('“Open in side panel” in the popup opens the browser’s side panel, and the shortcut is registered', async () => {
  expect(await sidePanels()).toEqual([]);
  const popup = await ext.context.newPage();
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${await tabIdOf(options, server.url('/seed.html'))}`);
  await popup.getByRole('button', { name: 'Open in side panel' }).click();
  await expect.poll(async () => (await sidePanels()).map((c) => new URL(c.documentUrl).pathname)).toEqual(['/sidepanel.html']);
  const commands = await ext.worker.evaluate(() =>
    (globalThis as unknown as { chrome: { commands: { getAll(): Promise<{ name: string; shortcut: string }[]> } } }).chrome.commands.getAll(),
  );
  expect(commands).toContainEqual(expect.objectContaining({ name: 'open-side-panel', shortcut: 'Alt+Shift+S' }));
  await popup.close();
});
