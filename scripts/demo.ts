// `npm run demo`: the built extension on the seed article in headless Debian Chromium. Serves
// the article on 127.0.0.1, rests on a mention of NVIDIA until the card opens, clicks for the
// background view, saves a screenshot of each in docs/screenshots/, and prints the marks found.
// Also writes docs/demo/article.html, the page `npm start` opens (see web-ext.config.ts).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext } from '@playwright/test';
import { articleParagraphs, isHeading } from '../lib/article.ts';
import { screenshotSurfaces } from './demo-surfaces.ts';
import { screenshotCards, screenshotGermanCard } from './demo-cards.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
export const SEED_ARTICLE = path.join(ROOT, 'seeds/articles/000_c9e6c51de5dd0a23.txt');
const EXTENSION_DIR = path.join(ROOT, '.output/chrome-mv3');
const SCREENSHOTS = path.join(ROOT, 'docs/screenshots');
export const DEMO_PAGE = path.join(ROOT, 'docs/demo/article.html');

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The seed article as a plain page: the headline as <h1>, the paragraphs the KB compiler reads
 * as headings as <h2> (lib/article.ts), everything else as paragraphs. */
export function articleHtml(text: string, language = 'de'): string {
  const { title, paragraphs } = articleParagraphs(text);
  const body = paragraphs.map((p) => (isHeading(p) ? `<h2>${escape(p)}</h2>` : `<p>${escape(p)}</p>`)).join('\n');
  return `<!doctype html>
<html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
<style>body { max-width: 42rem; margin: 2rem auto; padding: 0 1rem; font: 17px/1.6 Georgia, serif; color: #222; background: #fff; }
h1 { font-size: 1.7rem; line-height: 1.25; } h2 { font-size: 1.2rem; margin-top: 2rem; }</style>
</head><body><article><h1>${escape(title)}</h1>
${body}
</article></body></html>
`;
}

/** Headless Debian Chromium with the built extension, its UI in `language`. */
async function launch(language: string): Promise<BrowserContext> {
  const { chromium } = await import('@playwright/test');
  const context = await chromium.launchPersistentContext('', {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1100, height: 800 },
    locale: language,
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
      `--lang=${language}`,
    ],
  });
  if (!context.serviceWorkers().length) await context.waitForEvent('serviceworker');
  return context;
}

async function main(): Promise<void> {
  const html = articleHtml(readFileSync(SEED_ARTICLE, 'utf8'));
  mkdirSync(path.dirname(DEMO_PAGE), { recursive: true });
  writeFileSync(DEMO_PAGE, html);

  const server = createServer((req, res) => {
    if (req.url === '/' || req.url === '/article.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    } else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/article.html`;

  const context = await launch('en-US');
  try {
    const page = await context.newPage();
    await page.goto(url);
    const marks = await page.waitForFunction(() => {
      const found: { text: string }[] = [];
      for (const [name, highlight] of CSS.highlights) {
        if (!name.startsWith('kb-')) continue;
        for (const range of highlight as Iterable<AbstractRange>) found.push({ text: (range as Range).toString() });
      }
      return found.length ? found : null;
    }, undefined, { timeout: 10_000 }).then(async (h) => (await h.jsonValue())!);

    mkdirSync(SCREENSHOTS, { recursive: true });
    const cardShots = await screenshotCards(page, SCREENSHOTS);

    // The popup's view of the page: marks per entity, asked of the content script as the popup does.
    const worker = context.serviceWorkers()[0]!;
    await page.bringToFront();
    const { summary, tabId } = (await worker.evaluate(async () => {
      const { tabs } = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]>; sendMessage(id: number, m: unknown, o: object): Promise<unknown> } } }).chrome;
      const [tab] = await tabs.query({ active: true, lastFocusedWindow: true }); // no "tabs" permission: no URLs to match
      return { summary: await tabs.sendMessage(tab!.id!, { type: 'marks:summary', payload: {} }, { frameId: 0 }), tabId: tab!.id! };
    })) as { summary: { marks: { entity: string; name: string; count: number }[] }; tabId: number };
    // The side panel, the popup and the options page, attached to the article's tab.
    const surfaces = await screenshotSurfaces({ context, extensionId: new URL(worker.url()).host, tabId, dir: SCREENSHOTS });
    const byText = new Map<string, number>();
    for (const m of marks) byText.set(m.text, (byText.get(m.text) ?? 0) + 1);
    console.log(`${marks.length} marks on ${url}`);
    console.log('By entity:');
    for (const m of [...summary.marks].sort((a, b) => b.count - a.count)) console.log(`  ${String(m.count).padStart(3)}  ${m.name} (${m.entity})`);
    console.log('As written:');
    for (const [text, count] of [...byText].sort((a, b) => b[1] - a[1])) console.log(`  ${String(count).padStart(3)}  ${text}`);
    // The same card in a German browser (the card speaks the browser's language).
    const german = await launch('de');
    try {
      const germanPage = await german.newPage();
      await germanPage.goto(url);
      cardShots.push(await screenshotGermanCard(germanPage, SCREENSHOTS));
    } finally {
      await german.close();
    }
    const shots = [...cardShots, ...surfaces];
    console.log(`Screenshots: ${shots.map((file) => path.relative(ROOT, file)).join(', ')}`);
  } finally {
    await context.close();
    server.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
