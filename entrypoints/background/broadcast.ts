// Telling the extension's own open pages (options, popup) that something happened.
import { browser } from 'wxt/browser';
import type { ExtensionPageEvents } from '../../lib/messages.ts';

export function tellExtensionPages<K extends keyof ExtensionPageEvents>(type: K, payload: ExtensionPageEvents[K]): void {
  // Rejects when no extension page is open to listen: nothing to tell then.
  browser.runtime.sendMessage({ type, payload }).catch(() => undefined);
}
