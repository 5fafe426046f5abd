// Listening to the background's broadcasts to extension pages (lib/messages.ts ExtensionPageEvents).
import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { ExtensionPageEvents } from '../../lib/messages.ts';

function listen<K extends keyof ExtensionPageEvents>(type: K, handler: (payload: ExtensionPageEvents[K]) => void): () => void {
  const listener = (message: unknown, sender: { id?: string }) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const m = message as { type?: string; payload?: unknown } | null;
    if (m?.type === type) handler(m.payload as ExtensionPageEvents[K]);
    return undefined; // no answer: never keep the sender waiting
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

export function usePageEvent<K extends keyof ExtensionPageEvents>(type: K, handler: (payload: ExtensionPageEvents[K]) => void): void {
  useEffect(() => listen(type, handler), [type, handler]);
}

/** Resolves with the first `type` broadcast that `accept` takes, or undefined after `timeoutMs`. */
export function nextPageEvent<K extends keyof ExtensionPageEvents>(
  type: K,
  accept: (payload: ExtensionPageEvents[K]) => boolean,
  timeoutMs: number,
): Promise<ExtensionPageEvents[K] | undefined> {
  return new Promise((resolve) => {
    const done = (payload: ExtensionPageEvents[K] | undefined) => {
      stop();
      clearTimeout(timer);
      resolve(payload);
    };
    const stop = listen(type, (payload) => accept(payload) && done(payload));
    const timer = setTimeout(() => done(undefined), timeoutMs);
  });
}
