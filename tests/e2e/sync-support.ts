/**
 * Helpers for the store, sync, options and popup e2e tests: one browser per spec file (the
 * stock `context` fixture makes one per test, too slow for long sequences on two cores), a
 * KB server on 127.0.0.1 that can misbehave in every way a real one does, KB variants made
 * from the bundled KB, and reads of the store straight from IndexedDB.
 */
import { extensionFlags } from './chromium-flags.ts';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { CHROMIUM_PATH, EXTENSION_DIR } from './fixtures.ts';
import type { KnowledgeBase } from '../../lib/kb-schema.ts';
import { cambricon } from '../fixtures/kb/small-kb.ts';

/** The extension APIs these helpers call inside extension pages (page.evaluate code). */
declare const chrome: {
  alarms: { get(name: string): Promise<{ scheduledTime: number } | undefined>; create(name: string, info: { when: number }): Promise<void> };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  permissions: {
    contains(permissions: { origins: string[] }): Promise<boolean>;
    request(permissions: { origins: string[] }): Promise<boolean>;
  };
  tabs: { query(query: object): Promise<{ id?: number; url?: string }[]> };
  developerPrivate: { addHostPermission(id: string, host: string): Promise<void> };
};

export interface Extension {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  close(): Promise<void>;
}

export async function launchExtension(): Promise<Extension> {
  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM_PATH,
    headless: true,
    acceptDownloads: true,
    args: extensionFlags(EXTENSION_DIR),
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, extensionId: new URL(worker.url()).host, worker, close: () => context.close() };
}

/**
 * Allows the extension to read from `pattern` the way a reader does on the browser's
 * extensions page ("Site access"). A headless browser cannot show the permission prompt
 * that 'Sync now' triggers; with access allowed beforehand, permissions.request() resolves
 * true at once, so the options page still goes through its real request on the click.
 */
export async function allowSiteAccess(ext: Extension, pattern: string): Promise<void> {
  const page = await ext.context.newPage();
  await page.goto('chrome://extensions');
  await page.evaluate(
    ([id, host]) => chrome.developerPrivate.addHostPermission(id!, host!),
    [ext.extensionId, pattern],
  );
  await page.close();
}

/** Allows site access and takes it up at once, as if the reader had already synced from there. */
export async function grantHostPermission(ext: Extension, pattern: string): Promise<void> {
  await allowSiteAccess(ext, pattern);
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
  // Playwright evaluates with a user gesture, as permissions.request requires.
  const granted = await page.evaluate((p) => chrome.permissions.request({ origins: [p] }), pattern);
  await page.close();
  if (!granted) throw new Error(`could not grant ${pattern}`);
}

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export interface KbServer {
  origin: string;
  url(pathname: string): string;
  /** Live: tests swap answers between steps. */
  handlers: Record<string, Handler>;
  requests: { path: string; headers: IncomingMessage['headers'] }[];
  stop(): Promise<void>;
}

export async function startKbServer(handlers: Record<string, Handler> = {}): Promise<KbServer> {
  const requests: KbServer['requests'] = [];
  const live = { ...handlers };
  const server = createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    requests.push({ path: pathname, headers: req.headers });
    const handler = live[pathname];
    if (handler) return handler(req, res);
    res.writeHead(pathname === '/favicon.ico' ? 204 : 404, { 'content-type': 'text/plain' });
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (pathname) => new URL(pathname, origin).href,
    handlers: live,
    requests,
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Answers with a body, a status and headers (JSON unless said otherwise). */
export function answer(body: string | Buffer, headers: Record<string, string> = {}, status = 200): Handler {
  return (_req, res) => {
    res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store', ...headers });
    res.end(body);
  };
}

export function html(body: string): Handler {
  return answer(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Article</title></head><body>${body}</body></html>`, {
    'content-type': 'text/html; charset=utf-8',
  });
}

export function bundledKb(): KnowledgeBase {
  return JSON.parse(readFileSync(path.join(EXTENSION_DIR, 'kb.json'), 'utf8')) as KnowledgeBase;
}

/** The bundled KB at another version, with one more marked entity: Cambricon. */
export function kbWithCambricon(version: number): KnowledgeBase {
  const kb = bundledKb();
  kb.version = version;
  kb.entities.push(cambricon(kb.sources[0]!.id));
  return kb;
}

export interface StoredKbs {
  active?: { kb: KnowledgeBase; origin: { kind: string; url?: string }; savedAt: string };
  previous?: { kb: KnowledgeBase; origin: { kind: string }; savedAt: string };
}

/** The active and previous KB, read straight from the extension's IndexedDB (any extension page):
 * each slot's head with its KB put together from its parts (lib/store/kb-parts.ts). */
export function readStoredKbs(extensionPage: Page): Promise<StoredKbs> {
  return extensionPage.evaluate(
    () =>
      new Promise<StoredKbs>((resolve, reject) => {
        const open = indexedDB.open('kb-annotations');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['kbs', 'kb-parts']);
          const heads = tx.objectStore('kbs').getAll();
          const parts = tx.objectStore('kb-parts').getAll();
          tx.oncomplete = () => {
            type Part = { key: string; n: number; kb?: { entities: unknown[] }; entities?: unknown[] };
            const out: Record<string, unknown> = {};
            for (const head of heads.result as { slot: string; key: string }[]) {
              const own = (parts.result as Part[]).filter((p) => p.key === head.key).sort((a, b) => a.n - b.n);
              const kb = own[0]?.kb && { ...own[0].kb, entities: own.slice(1).flatMap((p) => p.entities ?? []) };
              out[head.slot] = { ...head, kb };
            }
            db.close();
            resolve(out as unknown as StoredKbs);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

/** Sends a BackgroundRequests message from an extension page, as the options page does. */
export function askBackgroundFrom<T = unknown>(extensionPage: Page, type: string, payload: unknown = {}): Promise<T> {
  return extensionPage.evaluate(([type, payload]) => chrome.runtime.sendMessage({ type, payload }), [type, payload] as const) as Promise<T>;
}

/** The id of the tab showing `url`, as the extension sees it (needs site access for that URL). */
export async function tabIdOf(extensionPage: Page, url: string): Promise<number> {
  return extensionPage.evaluate(async (url) => {
    const tabs = await chrome.tabs.query({});
    const tab = tabs.find((t) => t.url === url);
    if (tab?.id === undefined) throw new Error(`no tab shows ${url}`);
    return tab.id;
  }, url);
}

/** Whether the extension holds the host permission `pattern`. */
export function hasPermission(extensionPage: Page, pattern: string): Promise<boolean> {
  return extensionPage.evaluate((pattern) => chrome.permissions.contains({ origins: [pattern] }), pattern);
}

/** The service worker as it runs now (it may have been restarted since launch). */
function worker(ext: Extension): Worker {
  return ext.context.serviceWorkers()[0] ?? ext.worker;
}

/** When the auto-sync alarm is due (ms since the epoch), or null when none is set. */
export function autoSyncAlarm(ext: Extension): Promise<number | null> {
  return worker(ext).evaluate(() => chrome.alarms.get('auto-sync').then((a) => a?.scheduledTime ?? null));
}

/** Moves the auto-sync alarm to fire in a moment, as if its day had passed. */
export function fireAutoSyncSoon(ext: Extension): Promise<void> {
  return worker(ext).evaluate(() => chrome.alarms.create('auto-sync', { when: Date.now() + 300 }));
}
