// Sending and answering typed messages over the extension's runtime messaging.
import { browser } from 'wxt/browser';
import type { BackgroundRequests, ContentRequests, Message, Reply } from './messages.ts';

export function askBackground<K extends keyof BackgroundRequests>(
  type: K,
  payload: BackgroundRequests[K][0],
): Promise<Reply<BackgroundRequests, K>> {
  return browser.runtime.sendMessage({ type, payload });
}

export function askTab<K extends keyof ContentRequests>(
  tabId: number,
  type: K,
  payload: ContentRequests[K][0],
  /** A frame of the tab, or 'all' for every frame (e.g. 'page:refresh'). */
  frameId: number | 'all' = 0,
): Promise<Reply<ContentRequests, K>> {
  return browser.tabs.sendMessage(tabId, { type, payload }, frameId === 'all' ? {} : { frameId });
}

export type Handlers<M> = {
  [K in keyof M]?: (payload: M[K] extends [infer P, unknown] ? P : never, sender: Sender) => Promise<Reply<M, K>> | Reply<M, K>;
};
export type Sender = Parameters<Parameters<typeof browser.runtime.onMessage.addListener>[0]>[1];

/**
 * Answers the messages named in `handlers`. Only this extension's own pages and content
 * scripts are answered (`accept` may narrow that further per message and payload); anything
 * else is ignored.
 */
export function answer<M>(
  handlers: Handlers<M>,
  accept: (type: keyof M, sender: Sender, payload: unknown) => boolean = () => true,
): () => void {
  const listener = (message: unknown, sender: Sender): Promise<unknown> | undefined => {
    if (sender.id !== browser.runtime.id) return undefined;
    const { type, payload } = (message ?? {}) as Message<M>;
    const handler = handlers[type as keyof M] as ((p: unknown, s: Sender) => unknown) | undefined;
    if (!handler || !accept(type as keyof M, sender, payload)) return undefined;
    return Promise.resolve(handler(payload, sender));
  };
  browser.runtime.onMessage.addListener(listener);
  // After an uninstall browser.runtime can be gone: there is nothing left to unhook then.
  return () => browser.runtime?.onMessage?.removeListener(listener);
}
