/**
 * Helpers for your-knowledge.spec.ts: corpus pages served from ../shared where they lie (read at
 * run time, never copied), a guard that keeps every page's own requests on 127.0.0.1, reads of
 * the reader's stores straight from IndexedDB, and a selection made on a page as a reader would.
 */
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';

/** Where the shared corpus lies; KB_CORPUS_DIR overrides. */
export const CORPUS_DIR = path.resolve(process.env.KB_CORPUS_DIR ?? '../shared/corpus/pages');

function isLocal(url: string): boolean {
  if (/^(?:chrome-extension|data|blob|about):/.test(url)) return true;
  try {
    return new URL(url).hostname === '127.0.0.1';
  } catch {
    return false;
  }
}

/** Real news pages ask a dozen other hosts for scripts and ads: none of that leaves the machine. */
export async function keepPagesLocal(context: BrowserContext): Promise<void> {
  await context.route('**/*', (route) => (isLocal(route.request().url()) ? route.continue() : route.abort('blockedbyclient')));
}

/** Every record of one of the extension's object stores (any extension page can read them). */
export function readStore<T = Record<string, unknown>>(extensionPage: Page, store: string): Promise<T[]> {
  return extensionPage.evaluate(
    (store) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('kb-annotations');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const all = db.transaction(store).objectStore(store).getAll();
          all.onsuccess = () => {
            db.close();
            resolve(all.result as T[]);
          };
          all.onerror = () => reject(all.error);
        };
      }),
    store,
  );
}

/** Deletes the extension's database, as clearing the extension's data does. */
export function deleteDatabase(extensionPage: Page): Promise<void> {
  return extensionPage.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.deleteDatabase('kb-annotations');
        request.onsuccess = () => resolve();
        request.onerror = () => reject(request.error);
      }),
  );
}

/** Selects the first occurrence of `text` on the page (within one text node). */
export async function select(page: Page, text: string): Promise<void> {
  await page.evaluate((text) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node as Text).data.indexOf(text);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + text.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return;
    }
    throw new Error(`"${text}" is not on the page`);
  }, text);
}
