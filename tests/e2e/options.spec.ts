/**
 * The options page: its order for a reader (On your pages, Your knowledge, Knowledge base), the
 * KB summary in plain words, the forgiving search (typos, other languages) and deep links, why a
 * name is not marked, notes saved as the reader types (and shown in the card's data), the on/off
 * switch re-marking open pages, export then import into a fresh profile, a corrupt import
 * refused, and the shortcuts link.
 */
import { test, expect, type Page } from '@playwright/test';
import { markedTexts } from './page-marks.ts';
import { askBackgroundFrom, bundledKb, html, launchExtension, readStoredKbs, startKbServer, type Extension, type KbServer } from './sync-support.ts';

test.describe.configure({ mode: 'serial' });

let ext: Extension;
let server: KbServer;
let options: Page;
let article: Page;
let exported: string;

const optionsUrl = (hash = '') => `chrome-extension://${ext.extensionId}/options.html${hash}`;

test.beforeAll(async () => {
  server = await startKbServer({
    '/article.html': html('<article><p>DeepSeek trained on NVIDIA hardware, not on Huawei chips.</p></article>'),
  });
  ext = await launchExtension();
  article = await ext.context.newPage();
  await article.goto(server.url('/article.html'));
  await expect.poll(() => markedTexts(article)).toEqual(['DeepSeek', 'Huawei', 'NVIDIA']);
  options = await ext.context.newPage();
  await options.goto(optionsUrl());
});

test.afterAll(async () => {
  await ext?.close();
  await server?.stop();
});

const search = () => options.getByLabel('Search names (any spelling or language)');
const names = () => options.getByRole('navigation', { name: 'Names in the knowledge base' });

test('is ordered for a reader: your pages first, then your knowledge, then the knowledge base', async () => {
  await expect(options.getByRole('heading', { level: 2 })).toHaveText(['On your pages', 'Your knowledge', 'Knowledge base']);
  const panels = (id: string) => options.getByTestId(`section-${id}`).getByRole('heading', { level: 3 });
  await expect(panels('pages')).toHaveText(['Where marking is off', 'The card', 'Keyboard shortcuts']);
  await expect(panels('yours')).toHaveText(['Your articles', 'Your names', 'Your notes']);
  // The name shown beside the list (the first, with no #entity= in the address) is a level-3 heading too.
  await expect(panels('kb')).toHaveText(['What it holds', 'Names in the knowledge base', 'DeepSeek', 'Sync from a URL', 'Backup']);
  // The contracts: a field labelled "Knowledge base URL" and a button "Sync now".
  await expect(options.getByLabel('Knowledge base URL')).toBeVisible();
  await expect(options.getByRole('button', { name: 'Sync now' })).toBeVisible();
});

test('says what the KB holds in plain words', async () => {
  const kb = bundledKb();
  const contexts = kb.entities.reduce((n, e) => n + e.contexts.length, 0);
  await expect(options.getByTestId('kb-source')).toHaveText('bundled with the extension');
  await expect(options.getByTestId('kb-version')).toHaveText(String(kb.version));
  await expect(options.getByTestId('kb-counts')).toHaveText(`${kb.entities.length} names and ${contexts} quoted sentences`);
  await expect(options.getByTestId('kb-summary')).toContainText('A quoted sentence is a sentence from an article that mentions a name');
  await expect(options.getByRole('button', { name: 'Roll back' })).toBeDisabled();
});

test('search forgives typos and finds names in other languages, saying by which', async () => {
  await search().fill('huawai');
  await expect(names().getByRole('link')).toHaveText(['Huawei']);
  await search().fill('英伟达');
  await expect(names().getByRole('link')).toHaveText(['NVIDIA', 'NVIDIA H100']);
  await expect(names().locator('li').first()).toContainText('found as “英伟达”');
  await search().fill('Chinesische Behörden');
  await expect(names().getByRole('link')).toHaveText(['Chinese authorities']);
  await search().fill('');
});

test('each name says whether it is marked and, if not, why', async () => {
  const status = (id: string) => names().locator(`li[data-entity="${id}"] [data-testid="marking-status"]`);
  await expect(status('nvidia')).toHaveText('marked on pages');
  await expect(status('financial-times')).toHaveText('not marked, by design: a publication that explains the story');
  await expect(status('chinese-authorities')).toHaveText('not marked, by design: an authority that explains the story');
  await options.goto(optionsUrl('#entity=financial-times'));
  await expect(options.getByTestId('entity-status')).toHaveText('not marked, by design: a publication that explains the story');
  await expect(options.locator('article.entity-view').getByRole('switch')).toHaveCount(0);
});

test('searches names and spellings and opens an entity by deep link', async () => {
  await search().fill('华为');
  const list = names();
  await expect(list.getByRole('link')).toHaveText(['Huawei']);
  // As from a card's link: a new tab straight to the entity, with focus on it.
  const linked = await ext.context.newPage();
  await linked.goto(optionsUrl('#entity=ascend-910c'));
  const heading = linked.getByRole('heading', { level: 3, name: 'Ascend 910C' });
  await expect(heading).toBeVisible();
  await expect(heading).toBeFocused();
  await expect(linked.locator('article.entity-view blockquote').first()).toBeVisible();
  await linked.close();
  // Choosing from the list follows the same link.
  await search().fill('h100');
  await list.getByRole('link', { name: 'NVIDIA H100' }).click();
  await expect(options).toHaveURL(/#entity=nvidia-h100$/);
  await expect(options.getByRole('heading', { level: 3, name: 'NVIDIA H100' })).toBeVisible();
});

test('a note saves as the reader types, survives a reload and travels with the entity’s details', async () => {
  await options.goto(optionsUrl('#entity=huawei'));
  const note = options.getByLabel('Your note on Huawei');
  await note.pressSequentially('Check the Ascend yields.', { delay: 10 });
  await expect(options.getByTestId('note-state')).toHaveText(/^Saved/);
  await options.reload();
  await expect(options.getByLabel('Your note on Huawei')).toHaveValue('Check the Ascend yields.');
  const details = await askBackgroundFrom<{ note: string }>(options, 'entity:details', { id: 'huawei' });
  expect(details.note).toBe('Check the Ascend yields.');
});

test('switching an entity off removes its marks from open pages at once, and on brings them back', async () => {
  await options.goto(optionsUrl('#entity=nvidia'));
  const toggle = options.getByRole('switch', { name: 'Mark NVIDIA on pages' });
  await toggle.uncheck();
  await expect.poll(() => markedTexts(article)).toEqual(['DeepSeek', 'Huawei']);
  await expect(names().locator('li[data-entity="nvidia"]')).toContainText('not marked: you switched it off');
  await expect(options.getByTestId('switched-off')).toContainText('NVIDIA');
  await toggle.check();
  await expect.poll(() => markedTexts(article)).toEqual(['DeepSeek', 'Huawei', 'NVIDIA']);
  await toggle.uncheck(); // stays off for the export below
  await expect.poll(() => markedTexts(article)).toEqual(['DeepSeek', 'Huawei']);
});

test('export writes one backup file with the KB and the reader’s layer', async () => {
  const download = options.waitForEvent('download');
  await options.getByRole('button', { name: 'Export to a file' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^kb-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const { createReadStream } = await import('node:fs');
  const chunks: Buffer[] = [];
  for await (const chunk of createReadStream((await file.path())!)) chunks.push(chunk as Buffer);
  exported = Buffer.concat(chunks).toString('utf8');
  const backup = JSON.parse(exported);
  expect(backup.kb.version).toBe(bundledKb().version);
  expect(backup.notes).toEqual([expect.objectContaining({ entity: 'huawei', text: 'Check the Ascend yields.' })]);
  expect(backup.disabledEntities).toEqual(['nvidia']);
});

test('a corrupt import file is refused and nothing changes', async () => {
  const before = await readStoredKbs(options);
  await options.locator('input[type=file]').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(exported.slice(0, 200)) });
  const message = options.getByTestId('import-outcome');
  await expect(message).toContainText('Not imported: the file is not valid JSON (line');
  await expect(message).toContainText(`Your knowledge base (version ${bundledKb().version}) was kept.`);
  expect(await readStoredKbs(options)).toEqual(before);
  const details = await askBackgroundFrom<{ note: string }>(options, 'entity:details', { id: 'huawei' });
  expect(details.note).toBe('Check the Ascend yields.');
});

test('import into a fresh profile brings back notes and switched-off entities', async () => {
  const fresh = await launchExtension();
  try {
    const page = await fresh.context.newPage();
    await page.goto(`chrome-extension://${fresh.extensionId}/options.html#entity=huawei`);
    await expect(page.getByLabel('Your note on Huawei')).toHaveValue('');
    await page.locator('input[type=file]').setInputFiles({ name: 'kb-backup.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
    await expect(page.getByTestId('import-outcome')).toContainText(`Imported version ${bundledKb().version}`);
    await page.reload();
    await expect(page.getByLabel('Your note on Huawei')).toHaveValue('Check the Ascend yields.');
    await page.goto(`chrome-extension://${fresh.extensionId}/options.html#entity=nvidia`);
    await expect(page.getByRole('switch', { name: 'Mark NVIDIA on pages' })).not.toBeChecked();
  } finally {
    await fresh.close();
  }
});

test('the shortcuts link opens the browser’s shortcut settings', async () => {
  const opened = ext.context.waitForEvent('page');
  await options.getByRole('button', { name: 'Change keyboard shortcuts' }).click();
  expect((await opened).url()).toBe('chrome://extensions/shortcuts');
});
