// Listening to the background's broadcasts to extension pages (lib/messages.ts ExtensionPageEvents).
import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { ExtensionPageEvents } from '../../lib/messages.ts';

export function usePageEvent<K extends keyof ExtensionPageEvents>(type: K, handler: (payload: ExtensionPageEvents[K]) => void): void {
  useEffect(() => {
    const listener = (message: unknown, sender: { id?: string }) => {
      if (sender.id !== browser.runtime.id) return undefined;
      const m = message as { type?: string; payload?: unknown } | null;
      if (m?.type === type) handler(m.payload as ExtensionPageEvents[K]);
      return undefined; // no answer: never keep the sender waiting
    };
    browser.runtime.onMessage.addListener(listener);
    return () => browser.runtime.onMessage.removeListener(listener);
  }, [type, handler]);
}
