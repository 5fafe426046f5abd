/**
 * The publisher's toolchain end to end: `npm run kb -- build` on tests/fixtures/publisher (a
 * .txt, a .md and an .html article), the file served from 127.0.0.1 and synced from the
 * options page, a page marked and carded from it; then a CSV glossary imported on the options
 * page marks its names, and a glossary saved as Windows-1252 is refused with nothing changed.
 * One browser for the whole file: the steps build on each other.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import type { KnowledgeBase } from '../../lib/kb-schema.ts';
import { CARD, pointAtMark } from '../fixtures/card/e2e-helpers.ts';
import { markedTexts } from './page-marks.ts';
import { allowSiteAccess, answer, html, launchExtension, readStoredKbs, startKbServer, type Extension, type KbServer } from './sync-support.ts';

test.describe.configure({ mode: 'serial' });

let ext: Extension;
let server: KbServer;
let options: Page;
let built: string;

test.beforeAll(async () => {
  const out = join(mkdtempSync(join(tmpdir(), 'kb-publisher-')), 'kb.json');
  const run = spawnSync('npm', ['run', '--silent', 'kb', '--', 'build', 'tests/fixtures/publisher', '--out', out], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`npm run kb -- build failed:\n${run.stderr}`);
  built = readFileSync(out, 'utf8');
  server = await startKbServer({
    '/kb.json': answer(built, { etag: '"tribune-3"' }),
    '/chips.html': html('<article><h1>Chips</h1><p>Cambricon and Moore Threads sell to the same data centres. Biren wants to as well.</p></article>'),
  });
  ext = await launchExtension();
  await allowSiteAccess(ext, 'http://127.0.0.1/*');
  options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
});

test.afterAll(async () => {
  await ext?.close();
  await server?.stop();
});

test('a KB built with npm run kb -- build syncs, marks a page and quotes its articles in the card', async () => {
  await options.getByLabel('Knowledge base URL').fill(server.url('/kb.json'));
  await options.getByRole('button', { name: 'Sync now' }).click();
  await expect(options.getByTestId('sync-outcome')).toContainText('Updated to version 3: 3 names (3 new), 13 quoted sentences');
  const stored = await readStoredKbs(options);
  expect(stored.active?.kb).toEqual(JSON.parse(built) as KnowledgeBase);

  const page = await ext.context.newPage();
  await page.goto(server.url('/chips.html'));
  await expect.poll(() => markedTexts(page)).toEqual(['Cambricon', 'Moore Threads']);
  await pointAtMark(page, 'Cambricon');
  const card = page.locator(CARD);
  await expect(card).toHaveAttribute('data-entity', 'cambricon');
  await expect(card.locator('.summary')).toHaveText('Chinese chip designer from Beijing that makes AI accelerators.');
  // "In the news" quotes the newest of the KB's articles that mention it (27 November, which
  // also shares "Moore Threads" and "data centres" with this page), its source on one line.
  await expect(card.locator('.source')).toHaveText('Example Tribune · Nov 27, 2026 · Data centres turn to home-grown chips');
  await expect(card.locator('.source a')).toHaveAttribute('href', 'https://news.example/2026/11/27/data-centres');
  await page.close();
});

test('a CSV glossary imported on the options page marks its names; its broken line is named', async () => {
  const csv = '\ufeffname,aliases,kind,description,URL\r\nBiren,壁仞,company,"Chinese maker of GPUs, Shanghai.",https://www.birentech.com/\r\nBroken,"never closed,company,x,\r\n';
  await options.bringToFront();
  await options.locator('input[type=file]').setInputFiles({ name: 'newsroom-glossary.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  const outcome = options.getByTestId('import-outcome');
  await expect(outcome).toContainText('Imported the glossary as version 3: 1 names (1 new)');
  await expect(outcome).toContainText('Line 3: a quote opened here is never closed; the line was left out');
  await expect(outcome).toContainText('Everything else in the file was imported.');
  const stored = await readStoredKbs(options);
  expect(stored.active?.origin).toMatchObject({ kind: 'file', name: 'newsroom-glossary.csv' });
  expect(stored.active?.kb.entities.map((e) => e.id)).toEqual(['biren']);
  expect(stored.previous?.kb.version).toBe(3);

  const page = await ext.context.newPage();
  await page.goto(server.url('/chips.html'));
  await expect.poll(() => markedTexts(page)).toEqual(['Biren']);
  await pointAtMark(page, 'Biren');
  const card = page.locator(CARD);
  await expect(card.locator('.summary')).toHaveText('Chinese maker of GPUs, Shanghai.');
  await expect(card.locator('.source a')).toHaveAttribute('href', 'https://www.birentech.com/');
  await page.close();
});

test('a glossary saved as Windows-1252 is refused with the line, the byte and how to save it; nothing changes', async () => {
  const before = await readStoredKbs(options);
  await options.bringToFront();
  const bytes = Buffer.from('name,aliases,kind,description,URL\nM\xe4rklin,,company,Modellbahn,\n', 'latin1');
  await options.locator('input[type=file]').setInputFiles({ name: 'export.csv', mimeType: 'text/csv', buffer: bytes });
  const outcome = options.getByTestId('import-outcome');
  await expect(outcome).toContainText('Not imported: the file is not saved as UTF-8 text (line 2 has the byte 0xE4, “ä” in Windows-1252');
  await expect(outcome).toContainText('Your knowledge base (version 3) was kept.');
  await expect(outcome).toContainText('Save the file as UTF-8');
  expect(await readStoredKbs(options)).toEqual(before);
});
