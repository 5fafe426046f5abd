import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { cardRequests, forwardCommands } from '../../entrypoints/background/commands.ts';

type Listener = (command: string, tab?: { id?: number }) => Promise<void>;

describe('forwarding keyboard commands', () => {
  let listeners: Listener[];
  let sent: unknown[][];

  beforeEach(() => {
    fakeBrowser.reset();
    listeners = [];
    sent = [];
    const onCommand = {
      addListener: (l: Listener) => listeners.push(l),
      removeListener: (l: Listener) => listeners.splice(listeners.indexOf(l), 1),
    };
    vi.spyOn(browser, 'commands', 'get').mockReturnValue({ onCommand } as never);
    const sendMessage = vi.spyOn(browser.tabs, 'sendMessage') as unknown as { mockImplementation(fn: (...args: unknown[]) => unknown): void };
    sendMessage.mockImplementation(async (...args) => void sent.push(args));
    vi.spyOn(browser.tabs, 'query').mockResolvedValue([{ id: 42 }] as never);
  });

  it('sends next-mark and previous-mark to the tab as marks:step', async () => {
    const stop = forwardCommands();
    await listeners[0]!('next-mark', { id: 7 });
    await listeners[0]!('previous-mark', { id: 7 });
    expect(sent).toEqual([
      [7, { type: 'marks:step', payload: { direction: 1 } }, { frameId: 0 }],
      [7, { type: 'marks:step', payload: { direction: -1 } }, { frameId: 0 }],
    ]);
    stop();
    expect(listeners).toEqual([]);
  });

  it('falls back to the active tab and ignores other commands', async () => {
    forwardCommands();
    await listeners[0]!('next-mark');
    await listeners[0]!('_execute_action', { id: 7 });
    expect(sent).toEqual([[42, { type: 'marks:step', payload: { direction: 1 } }, { frameId: 0 }]]);
  });

  it('shrugs off tabs without the content script', async () => {
    vi.spyOn(browser.tabs, 'sendMessage').mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    forwardCommands();
    await expect(listeners[0]!('next-mark', { id: 7 })).resolves.toBeUndefined();
  });
});

describe('opening the options page at an entity', () => {
  it('opens options.html#entity=ID next to the reader’s tab', async () => {
    const create = vi.spyOn(browser.tabs, 'create').mockResolvedValue({} as never);
    const sender = { id: browser.runtime.id, tab: { id: 3, index: 4 } } as never;
    await cardRequests['options:open']!({ entity: 'ascend-910c' }, sender);
    expect(create).toHaveBeenCalledWith({ url: expect.stringMatching(/\/options\.html#entity=ascend-910c$/), index: 5, openerTabId: 3 });
  });

  it('puts nothing but an entity id into the address', async () => {
    const create = vi.spyOn(browser.tabs, 'create').mockResolvedValue({} as never);
    await cardRequests['options:open']!({ entity: 'x"><script>' }, { id: browser.runtime.id } as never);
    expect(create).toHaveBeenCalledWith({ url: expect.stringMatching(/\/options\.html$/) });
  });
});
