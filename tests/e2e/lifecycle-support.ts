/**
 * Helpers for lifecycle.spec.ts: the built extension loaded from a copy (so a test can give it a
 * new version on disk, as an update does), developer mode, reloading and uninstalling it, and
 * what an open page shows of it.
 *
 * Measured on Debian's Chromium 156:
 * - `chrome.runtime.reload()` in the service worker of an extension loaded with --load-extension
 *   leaves it DISABLED (disableReasons.unsupportedDeveloperExtension) unless developer mode is on;
 *   with developer mode on, a new worker starts and onInstalled fires with reason 'update'.
 *   Developer mode is switched on before any page opens: switching it on while a page already
 *   runs the content script leads, like a permission change does, to the clean-up failure the
 *   last test in lifecycle.spec.ts shows.
 * - `chrome.management.uninstallSelf()` in the worker uninstalls it at once, headless, with no
 *   dialog and no user gesture (showConfirmDialog defaults to false).
 */
import { extensionFlags } from './chromium-flags.ts';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { CHROMIUM_PATH, EXTENSION_DIR } from './fixtures.ts';
import type { Extension } from './sync-support.ts';

/** What the extension APIs these helpers call look like (evaluated in the worker and chrome://extensions). */
declare const chrome: {
  runtime: { reload(): void };
  management: { uninstallSelf(): Promise<void> };
  developerPrivate: {
    updateProfileConfiguration(update: { inDeveloperMode: boolean }): Promise<void>;
    getExtensionsInfo(options: { includeDisabled: boolean; includeTerminated: boolean }): Promise<{ id: string; state: string }[]>;
  };
};

export interface InstalledDetails {
  reason: string;
  previousVersion?: string;
}

const RECORD_INSTALLED = `globalThis.__lifecycleInstalled = [];
chrome.runtime.onInstalled.addListener((details) => globalThis.__lifecycleInstalled.push(details));
`;

/**
 * A copy of the built extension in a temporary folder. Its worker is prefixed with one listener
 * that records every onInstalled event, so the test can see which reason a reload gave.
 */
export class ExtensionCopy {
  readonly dir = mkdtempSync(path.join(tmpdir(), 'kb-lifecycle-'));

  constructor() {
    cpSync(EXTENSION_DIR, this.dir, { recursive: true });
    const worker = path.join(this.dir, 'background.js');
    writeFileSync(worker, RECORD_INSTALLED + readFileSync(worker, 'utf8'));
  }

  /** Gives the copy on disk a new version, as an update from the store would. */
  setVersion(version: string): void {
    const file = path.join(this.dir, 'manifest.json');
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as { version: string };
    manifest.version = version;
    writeFileSync(file, JSON.stringify(manifest));
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

export interface LoadedExtension extends Extension {
  /** chrome://extensions, kept open: developer mode, and the list of installed extensions. */
  extensionsPage: Page;
}

/** Chromium with the copy loaded and developer mode on (without it, runtime.reload() disables the extension). */
export async function launchCopy(copy: ExtensionCopy): Promise<LoadedExtension> {
  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: extensionFlags(copy.dir),
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionsPage = await context.newPage();
  await extensionsPage.goto('chrome://extensions');
  await extensionsPage.evaluate(() => chrome.developerPrivate.updateProfileConfiguration({ inDeveloperMode: true }));
  return { context, extensionId: new URL(worker.url()).host, worker, extensionsPage, close: () => context.close() };
}

/** The onInstalled events the running worker has seen since it started. */
export function installedEvents(worker: Worker): Promise<InstalledDetails[]> {
  return worker.evaluate(() => (globalThis as unknown as { __lifecycleInstalled: InstalledDetails[] }).__lifecycleInstalled);
}

/** `chrome.runtime.reload()` in the worker; resolves with the worker that starts after it. */
export async function reloadExtension(ext: LoadedExtension): Promise<Worker> {
  const old = ext.context.serviceWorkers()[0] ?? ext.worker;
  const next = ext.context.waitForEvent('serviceworker', { timeout: 15_000 });
  // Returns before the reload, which ends this worker (and would fail the evaluate).
  await old.evaluate(() => void setTimeout(() => chrome.runtime.reload(), 0));
  const worker = await next;
  ext.worker = worker;
  return worker;
}

/** `chrome.management.uninstallSelf()` in the worker; resolves once the browser no longer lists the extension. */
export async function uninstallExtension(ext: LoadedExtension): Promise<void> {
  const worker = ext.context.serviceWorkers()[0] ?? ext.worker;
  await worker.evaluate(() => void setTimeout(() => void chrome.management.uninstallSelf(), 0));
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (!(await installedIds(ext.extensionsPage)).includes(ext.extensionId)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${ext.extensionId} is still installed`);
}

export async function installedIds(extensionsPage: Page): Promise<string[]> {
  const list = await extensionsPage.evaluate(() => chrome.developerPrivate.getExtensionsInfo({ includeDisabled: true, includeTerminated: true }));
  return list.map((e) => e.id);
}

/** Call before the page loads: counts the content-script copies that start in each frame. */
export async function countScriptStarts(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const w = window as unknown as { __kbScriptStarts: number };
    w.__kbScriptStarts = 0;
    // Every new copy of a WXT content script announces itself with this window message, so that
    // older copies stop (WXT's ContentScriptContext); the page's own world can hear it too.
    addEventListener('message', (event: MessageEvent<{ type?: unknown }>) => {
      if (typeof event.data?.type === 'string' && event.data.type.endsWith(':content:wxt:content-script-started')) w.__kbScriptStarts++;
    });
  });
}

export interface FrameState {
  url: string;
  /** Ranges in highlights whose names start with kb-. */
  marks: number;
  /** Elements the extension put into the page (the card's host carries data-kb-annotations-ui). */
  hosts: number;
  /** Content-script copies that started in this frame (countScriptStarts). */
  starts: number;
}

/** What every frame of the page shows of the extension. */
export async function pageState(page: Page): Promise<FrameState[]> {
  return Promise.all(
    page.frames().map((frame) =>
      frame.evaluate(() => {
        let marks = 0;
        // `kb-mark` holds every mark; `kb-current` repaints the open card's mark, not another one.
        for (const [name, highlight] of CSS.highlights) if (name.startsWith('kb-') && name !== 'kb-current') marks += highlight.size;
        return {
          url: location.href,
          marks,
          hosts: document.querySelectorAll('[data-kb-annotations-ui]').length,
          starts: (window as unknown as { __kbScriptStarts?: number }).__kbScriptStarts ?? 0,
        };
      }),
    ),
  );
}

export const total = (states: FrameState[], key: 'marks' | 'hosts' | 'starts'): number => states.reduce((n, s) => n + s[key], 0);

/**
 * Samples the page every 100 ms for `ms` and returns the largest mark and host counts seen: a
 * doubled set of marks that lasts only a moment still shows.
 */
export async function watchPage(page: Page, ms: number): Promise<{ maxMarks: number; maxHosts: number; last: FrameState[] }> {
  let maxMarks = 0;
  let maxHosts = 0;
  let last: FrameState[] = [];
  const end = Date.now() + ms;
  while (Date.now() < end) {
    last = await pageState(page);
    maxMarks = Math.max(maxMarks, total(last, 'marks'));
    maxHosts = Math.max(maxHosts, total(last, 'hosts'));
    await page.waitForTimeout(100);
  }
  return { maxMarks, maxHosts, last };
}
