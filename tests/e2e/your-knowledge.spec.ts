/**
 * The reader's own knowledge, end to end in the built extension: "Add this article" through the
 * popup on two corpus articles (both mention Huawei); a page that is not an article, a paywalled
 * stub, plain text and a PDF refused; a name added from a selection marked in another open tab without a
 * reload, removed and brought back with Undo; all of it surviving a sync of a newer KB, a roll
 * back and a reset; and an export, a cleared database and an import bringing it back.
 * One browser for the whole file: the steps build on each other.
 */
import { test, expect, type Page } from '@playwright/test';
import type { EntityDetails } from '../../lib/entity-details.ts';
import type { ReaderArticle, ReaderName } from '../../lib/reading/records.ts';
import { markedTexts } from './page-marks.ts';
import { answer, askBackgroundFrom, grantHostPermission, html, kbWithCambricon, launchExtension, startKbServer, tabIdOf, type Extension, type KbServer } from './sync-support.ts';
import { CORPUS_DIR, deleteDatabase, keepPagesLocal, readStore, select } from './your-knowledge-support.ts';
import { startStaticServer, type StaticServer } from './static-server.ts';

test.describe.configure({ mode: 'serial' });

const CNN = '/aeb--cnn-us-china-trade-war.html';
const SINA = '/gne--sina-huawei-5g-chip.html';
const CNN_TITLE = 'Investors don\'t seem to know what to make of the US-China trade war';
const SINA_TITLE = '最强“中国芯”本月商用 华为抢跑5G芯片大战';

/** The smallest PDF a viewer opens: one empty page. */
const PDF = Buffer.from(
  '%PDF-1.1\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

let ext: Extension;
let corpus: StaticServer;
let server: KbServer;
let options: Page;
const tabs = new Map<string, Page>();

test.beforeAll(async () => {
  corpus = await startStaticServer({ root: CORPUS_DIR });
  server = await startKbServer({
    '/names-a.html': html('<article><h1>Chips and people</h1><p>Jensen Huang told investors that NVIDIA would ship more chips this year. Huawei disagreed.</p></article>'),
    '/names-b.html': html('<article><p>Analysts asked Jensen Huang about export rules.</p><p>Nothing else here.</p></article>'),
    '/links.html': html('<nav><ul><li><a href="/a">Home</a></li><li><a href="/b">World</a></li><li><a href="/c">Tech</a></li></ul></nav>'),
    '/notes.txt': answer('Huawei notes, plain text.\n'.repeat(200), { 'content-type': 'text/plain; charset=utf-8' }),
    '/paper.pdf': answer(PDF, { 'content-type': 'application/pdf' }),
    '/stub.html': html(
      '<article><h1>Huawei’s next chip, explained</h1><p>Huawei is preparing a new chip, people familiar with the plans said.</p><p>Subscribe to read the full story.</p></article>',
    ),
  });
  ext = await launchExtension();
  await keepPagesLocal(ext.context);
  for (const blank of ext.context.pages()) await blank.close();
  // Only so the test can find tabs by their URL (and sync from 127.0.0.1); the popup needs neither.
  await grantHostPermission(ext, 'http://127.0.0.1/*');
  options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
});

test.afterAll(async () => {
  await ext?.close();
  await corpus?.stop();
  await server?.stop();
});

async function openTab(url: string): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  tabs.set(url, page);
  return page;
}

/** The popup for a tab, opened with the test hook popup.html?tab=ID. */
async function popupFor(url: string): Promise<Page> {
  const tabId = await tabIdOf(options, url);
  const popup = await ext.context.newPage();
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tabId}`);
  return popup;
}

async function addArticleThroughPopup(url: string): Promise<string> {
  const popup = await popupFor(url);
  await popup.getByRole('button', { name: 'Add this article' }).click();
  const outcome = popup.getByTestId('article-outcome');
  await expect(outcome).toBeVisible({ timeout: 20_000 });
  const text = (await outcome.textContent()) ?? '';
  await popup.close();
  return text;
}

const ask = <T>(type: string, payload: unknown = {}) => askBackgroundFrom<T>(options, type, payload);

test('“Add this article” through the popup stores two corpus articles with their provenance', async () => {
  test.setTimeout(60_000);
  const cnn = await openTab(corpus.url(CNN));
  const sina = await openTab(corpus.url(SINA));
  // Both name Huawei, once marked the content script is there to ask.
  await expect.poll(() => markedTexts(cnn)).toContain('Huawei');
  await expect.poll(() => markedTexts(sina)).toContain('华为');

  expect(await addArticleThroughPopup(corpus.url(CNN))).toContain(`Added “${CNN_TITLE}” to your knowledge.It mentions Huawei (1).`);
  const sinaOutcome = await addArticleThroughPopup(corpus.url(SINA));
  expect(sinaOutcome).toContain(`Added “${SINA_TITLE}” to your knowledge.`);
  expect(sinaOutcome).toMatch(/It mentions Huawei \(\d+\)/);

  const stored = await readStore<ReaderArticle>(options, 'reader-articles');
  expect(stored.map((a) => a.pageUrl).sort()).toEqual([corpus.url(CNN), corpus.url(SINA)]);
  const cnnArticle = stored.find((a) => a.pageUrl === corpus.url(CNN))!;
  expect(cnnArticle).toMatchObject({
    url: 'https://www.cnn.com/2019/11/18/investing/asian-market-latest/index.html',
    title: CNN_TITLE,
    publisher: 'CNN',
    published: '2019-11-19',
  });
  expect(cnnArticle.text).toContain('allowing American companies to sell to Huawei');
  expect(stored.find((a) => a.pageUrl === corpus.url(SINA))).toMatchObject({ title: SINA_TITLE, published: '2019-09-07', language: 'zh' });
});

test('the name they mention lists both, newest first, with titles, dates and where they came from', async () => {
  const details = (await ask<EntityDetails>('entity:details', { id: 'huawei' }))!;
  const yours = details.sources.filter((s) => s.origin === 'yours');
  expect(yours.map((s) => [s.title, s.date, s.pageUrl])).toEqual(
    expect.arrayContaining([
      [CNN_TITLE, '2019-11-19', corpus.url(CNN)],
      [SINA_TITLE, '2019-09-07', corpus.url(SINA)],
    ]),
  );
  expect(details.sources.find((s) => s.origin === 'bundled')).toBeDefined();
  const sourceOf = new Map(details.sources.map((s) => [s.id, s]));
  const order = details.contexts.map((c) => sourceOf.get(c.source)!.title);
  // The CNN story (19 Nov 2019) before Sina's (7 Sep 2019), the undated bundled article last.
  expect(order[0]).toBe(CNN_TITLE);
  expect(order.indexOf(SINA_TITLE)).toBeGreaterThan(0);
  expect(order.lastIndexOf(CNN_TITLE)).toBeLessThan(order.indexOf(SINA_TITLE));
  const cnnContext = details.contexts.find((c) => sourceOf.get(c.source)!.title === CNN_TITLE)!;
  expect(cnnContext.text.slice(cnnContext.spans[0]!.start, cnnContext.spans[0]!.end)).toBe('Huawei');
});

test('adding the same article again updates it and never doubles it', async () => {
  expect(await addArticleThroughPopup(corpus.url(CNN))).toContain(`Updated “${CNN_TITLE}”`);
  expect(await readStore(options, 'reader-articles')).toHaveLength(2);
});

test('a page that is not an article, a paywalled stub, plain text and a PDF are refused in words, and nothing is stored', async () => {
  for (const path of ['/links.html', '/stub.html', '/notes.txt', '/paper.pdf']) await openTab(server.url(path));
  expect(await addArticleThroughPopup(server.url('/links.html'))).toContain('Not added: this page does not look like an article');
  expect(await addArticleThroughPopup(server.url('/stub.html'))).toMatch(/Not added: the page shows only \d+ characters of article text, and at least 500 are needed/);
  expect(await addArticleThroughPopup(server.url('/notes.txt'))).toContain('Not added: this is not a web page but text/plain.');
  // Chromium's PDF viewer runs the content script in its frame: the document says application/pdf.
  expect(await addArticleThroughPopup(server.url('/paper.pdf'))).toContain('Not added: this is a PDF, not a web page.');
  expect(await readStore(options, 'reader-articles')).toHaveLength(2);
});

test('a name added from a selection in the popup is marked in another open tab at once', async () => {
  const a = await openTab(server.url('/names-a.html'));
  const b = await openTab(server.url('/names-b.html'));
  await expect.poll(() => markedTexts(a)).toEqual(['Huawei', 'NVIDIA']);
  expect(await markedTexts(b)).toEqual([]);
  await select(a, 'Jensen Huang');

  const popup = await popupFor(server.url('/names-a.html'));
  await popup.getByRole('button', { name: 'Add “Jensen Huang” as a name' }).click();
  const form = popup.getByRole('form', { name: 'Add a name' });
  await expect(form.getByLabel('Name', { exact: true })).toHaveValue('Jensen Huang');
  await expect(form.getByLabel('Other spellings (one per line)')).toHaveValue('Jensen Huang');
  await expect(form).toContainText('From: “Jensen Huang told investors that NVIDIA would ship more chips this year.”');
  await form.getByLabel('Kind').selectOption({ label: 'person' });
  await form.getByLabel('What it is (optional)').fill('Chief executive of NVIDIA.');
  await form.getByRole('combobox', { name: 'How' }).selectOption({ label: 'is part of' });
  await form.getByRole('combobox', { name: 'Related to (optional)' }).selectOption({ label: 'NVIDIA' });
  await form.getByRole('button', { name: 'Save name' }).click();
  await expect(popup.getByTestId('name-saved')).toHaveText('Added “Jensen Huang”: it is marked on your open pages now.');
  await popup.close();

  // The other tab was never reloaded.
  await expect.poll(() => markedTexts(b)).toEqual(['Jensen Huang']);
  await expect.poll(() => markedTexts(a)).toEqual(['Huawei', 'Jensen Huang', 'NVIDIA']);
  const [stored] = await readStore<ReaderName>(options, 'reader-names');
  expect(stored).toMatchObject({
    id: 'yours-jensen-huang',
    name: 'Jensen Huang',
    kind: 'person',
    description: 'Chief executive of NVIDIA.',
    relation: { type: 'part-of', to: 'nvidia' },
    from: { sentence: 'Jensen Huang told investors that NVIDIA would ship more chips this year.', url: server.url('/names-a.html'), title: 'Article' },
  });
  // Its card quotes the sentence it was added from.
  const details = (await ask<EntityDetails>('entity:details', { id: 'yours-jensen-huang' }))!;
  expect(details.addedFrom?.sentence).toBe('Jensen Huang told investors that NVIDIA would ship more chips this year.');
  expect(details.contexts[0]).toMatchObject({ text: 'Jensen Huang told investors that NVIDIA would ship more chips this year.', spans: [{ start: 0, end: 12 }] });
  expect(details.relations).toEqual([{ type: 'part-of', direction: 'out', other: { id: 'nvidia', name: 'NVIDIA' } }]);
});

test('the add-name window refuses a name that exists and offers to open it', async () => {
  const a = tabs.get(server.url('/names-a.html'))!;
  await select(a, 'Huawei');
  const tabId = await tabIdOf(options, server.url('/names-a.html'));
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/add-name.html?tab=${tabId}&frame=0&text=Huawei`);
  await expect(page.getByRole('alert')).toHaveText('“Huawei” already names Huawei. Open Huawei');
  await page.getByRole('button', { name: 'Save name' }).click();
  expect(await readStore(options, 'reader-names')).toHaveLength(1);
  const opened = ext.context.waitForEvent('page');
  await page.getByRole('button', { name: 'Open Huawei' }).click();
  await expect(await opened).toHaveURL(/options\.html#entity=huawei$/);
  await page.close();
});

test('“Your names”: remove unmarks it in the open tab, Undo marks it again', async () => {
  const b = tabs.get(server.url('/names-b.html'))!;
  await options.bringToFront();
  const panel = options.getByTestId('your-names');
  await expect(panel.getByRole('link', { name: 'Jensen Huang' })).toBeVisible();
  await panel.getByRole('button', { name: 'Remove Jensen Huang' }).click();
  await expect(panel.getByRole('status')).toContainText('Removed “Jensen Huang”: it is no longer marked.');
  await expect.poll(() => markedTexts(b)).toEqual([]);
  await panel.getByRole('button', { name: 'Undo' }).click();
  await expect(panel.getByRole('status')).toHaveText('Restored “Jensen Huang”.');
  await expect.poll(() => markedTexts(b)).toEqual(['Jensen Huang']);
});

test('“Your articles”: search, remove and Undo', async () => {
  const panel = options.getByTestId('your-articles');
  await expect(panel.getByRole('listitem')).toHaveCount(2);
  await panel.getByLabel('Search').fill('trade war');
  await expect(panel.getByRole('listitem')).toHaveCount(1);
  await panel.getByRole('button', { name: `Remove ${CNN_TITLE}` }).click();
  await expect(panel.getByRole('status')).toContainText(`Removed “${CNN_TITLE}”.`);
  expect(await readStore(options, 'reader-articles')).toHaveLength(1);
  await panel.getByRole('button', { name: 'Undo' }).click();
  await expect(panel.getByRole('status')).toHaveText(`Restored “${CNN_TITLE}”.`);
  await panel.getByLabel('Search').fill('');
  await expect(panel.getByRole('listitem')).toHaveCount(2);
});

async function readerKnowledge(): Promise<{ articles: string[]; names: string[] }> {
  const [articles, names] = await Promise.all([ask<{ title: string }[]>('article:list'), ask<ReaderName[]>('name:list')]);
  return { articles: articles.map((a) => a.title).sort(), names: names.map((n) => n.name) };
}

test('a sync of a newer KB, a roll back and a reset leave every article and name in place', async () => {
  const before = await readerKnowledge();
  expect(before).toEqual({ articles: [CNN_TITLE, SINA_TITLE].sort(), names: ['Jensen Huang'] });
  const b = tabs.get(server.url('/names-b.html'))!;
  server.handlers['/kb.json'] = answer(JSON.stringify(kbWithCambricon(2)));
  for (const [type, payload] of [['sync:now', { url: server.url('/kb.json') }], ['kb:roll-back', {}], ['kb:reset', {}]] as const) {
    const outcome = await ask<{ ok: boolean }>(type, payload);
    expect(outcome.ok, type).toBe(true);
    expect(await readerKnowledge(), type).toEqual(before);
    await expect.poll(() => markedTexts(b), { message: type }).toEqual(['Jensen Huang']);
  }
  // And the articles still feed the names they mention.
  const details = (await ask<EntityDetails>('entity:details', { id: 'huawei' }))!;
  expect(details.sources.filter((s) => s.origin === 'yours').map((s) => s.title).sort()).toEqual([CNN_TITLE, SINA_TITLE].sort());
});

test('export, a cleared database and an import bring the articles and names back', async () => {
  await options.bringToFront();
  await options.reload();
  const download = options.waitForEvent('download');
  await options.getByRole('button', { name: 'Export' }).click();
  const exported = await (await download).createReadStream().then(async (stream) => {
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  });
  const backup = JSON.parse(exported) as { backupFormat: number; articles: unknown[]; names: unknown[] };
  expect(backup).toMatchObject({ backupFormat: 2 });
  expect(backup.articles).toHaveLength(2);
  expect(backup.names).toHaveLength(1);

  await deleteDatabase(options);
  await options.reload();
  await expect(options.getByTestId('your-articles')).toContainText('You have not added an article yet');
  expect(await readerKnowledge()).toEqual({ articles: [], names: [] });
  // Clearing data tells no tab; a reloaded one marks from the fresh database: the KB's names only.
  const a = tabs.get(server.url('/names-a.html'))!;
  await a.reload();
  await expect.poll(() => markedTexts(a)).toEqual(['Huawei', 'NVIDIA']);

  await options.locator('input[type=file]').setInputFiles({ name: 'kb-backup.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
  await expect(options.getByTestId('import-outcome')).toContainText('Imported version');
  expect(await readerKnowledge()).toEqual({ articles: [CNN_TITLE, SINA_TITLE].sort(), names: ['Jensen Huang'] });
  await expect(options.getByTestId('your-articles').getByRole('listitem')).toHaveCount(2);
  await expect.poll(() => markedTexts(a)).toEqual(['Huawei', 'Jensen Huang', 'NVIDIA']);
});
