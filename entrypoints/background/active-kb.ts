// The active KB. Until the store lands (sync issue), that is always the bundled one, read once
// per service-worker life from the file the build put in the extension.
import { browser } from 'wxt/browser';
import type { KnowledgeBase } from '../../lib/kb-schema.ts';

let bundled: Promise<KnowledgeBase> | undefined;

export function loadActiveKb(): Promise<KnowledgeBase> {
  bundled ??= fetch(browser.runtime.getURL('/kb.json')).then((r) => r.json() as Promise<KnowledgeBase>);
  return bundled;
}
