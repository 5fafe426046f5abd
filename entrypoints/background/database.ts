// The background's one connection to the store, opened on first use, and the bundled KB as
// shipped in the extension. The active KB is cached in memory: every change goes through
// this service worker, which drops the cache when it makes one.
import { browser } from 'wxt/browser';
import type { KnowledgeBase } from '../../lib/kb-schema.ts';
import { applyBundledKb } from '../../lib/store/bundled-kb.ts';
import { getActiveKb } from '../../lib/store/kb-slots.ts';
import { openKbDb, type KbDb } from '../../lib/store/open-db.ts';

let connection: Promise<KbDb> | undefined;
let bundled: Promise<KnowledgeBase> | undefined;
let active: Promise<KnowledgeBase> | undefined;

export function database(): Promise<KbDb> {
  connection ??= openKbDb(undefined, () => {
    // Upgraded by a newer copy, or deleted (the extension's data was cleared): what was read is gone too.
    connection = undefined;
    active = undefined;
  });
  return connection;
}

export function bundledKb(): Promise<KnowledgeBase> {
  // Validated when it was built (npm run kb); read once per service-worker life.
  bundled ??= fetch(browser.runtime.getURL('/kb.json')).then((r) => r.json() as Promise<KnowledgeBase>);
  return bundled;
}

// Installing the bundle and starting from it when the store is empty must not interleave,
// or a fresh install could store the bundle twice (the second copy as "previous").
let bundling: Promise<unknown> = Promise.resolve();
function oneAtATime<T>(step: () => Promise<T>): Promise<T> {
  const run = bundling.then(step, step);
  bundling = run.catch(() => undefined);
  return run;
}

/** Installs the bundled KB when there is no active one, or when it is newer than an active bundled one. */
export async function installBundledKb(): Promise<void> {
  await oneAtATime(async () => applyBundledKb(await database(), await bundledKb()));
  forgetActiveKb();
}

export function activeKb(): Promise<KnowledgeBase> {
  active ??= oneAtATime(async () => {
    const db = await database();
    // No active KB when onInstalled was missed or the profile's data was cleared: start from the bundle.
    if (!(await getActiveKb(db))) await applyBundledKb(db, await bundledKb());
    return (await getActiveKb(db))!.kb;
  });
  active.catch(() => forgetActiveKb());
  return active;
}

/** The KB a sync or import has just made active, kept instead of read back whole. */
export function rememberActiveKb(kb: KnowledgeBase): void {
  active = Promise.resolve(kb);
}

export function forgetActiveKb(): void {
  active = undefined;
}
