// Opening the side panel from the background (entrypoints/background/side-panel.ts over
// components/sidepanel/open-side-panel.ts): the card's 'sidepanel:open' opens Chrome's panel for
// the sender's tab on the name, without awaiting anything first (the reader's click must still
// count), tells an open panel to show it, and says opened: false where the browser refuses; the
// keyboard command opens it for the window; Firefox's sidebar is opened its own way.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { listenForPanelCommand, sidePanelRequests } from '../../entrypoints/background/side-panel.ts';
import { acceptRequest } from '../../entrypoints/background/sender-policy.ts';
import { panelPath } from '../../components/sidepanel/open-side-panel.ts';

const calls: string[] = [];
const sender = { id: browser.runtime.id, url: 'https://news.example/a', tab: { id: 7, windowId: 2 }, frameId: 0 } as never;
let openResult: Promise<void>;

function install(name: 'sidePanel' | 'sidebarAction', api: object): void {
  Object.defineProperty(browser, name, { value: api, configurable: true });
}

beforeEach(() => {
  fakeBrowser.reset();
  calls.length = 0;
  openResult = Promise.resolve();
  vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => void calls.push(`broadcast ${JSON.stringify(message)}`));
  install('sidePanel', {
    setOptions: vi.fn(async (o: unknown) => void calls.push(`setOptions ${JSON.stringify(o)}`)),
    open: vi.fn((o: unknown) => {
      calls.push(`open ${JSON.stringify(o)}`);
      return openResult;
    }),
  });
});
afterEach(() => {
  delete (browser as { sidePanel?: unknown }).sidePanel;
  delete (browser as { sidebarAction?: unknown }).sidebarAction;
});

describe('the card’s “Open in side panel”', () => {
  it('content scripts may ask for it', () => {
    expect(acceptRequest('sidepanel:open', sender, { entity: 'nvidia' })).toBe(true);
  });

  it('opens Chrome’s panel for the sender’s tab on the name, asked before anything is awaited', async () => {
    const answer = sidePanelRequests['sidepanel:open']!({ entity: 'nvidia' }, sender);
    // Both calls are made synchronously, inside the message's handling.
    expect(calls.slice(0, 2)).toEqual(['setOptions {"path":"sidepanel.html#entity=nvidia"}', 'open {"tabId":7}']);
    expect(await answer).toEqual({ opened: true });
    expect(calls).toContain('broadcast {"type":"sidepanel:show","payload":{"entity":"nvidia","tabId":7,"windowId":2}}');
  });

  it('says opened: false where the browser refuses (no user gesture), so the card can pin instead', async () => {
    openResult = Promise.reject(new Error('sidePanel.open() may only be called in response to a user gesture.'));
    expect(await sidePanelRequests['sidepanel:open']!({ entity: 'nvidia' }, sender)).toEqual({ opened: false });
  });

  it('puts nothing but an entity id into the panel’s address, and needs a tab', async () => {
    expect(panelPath('x"><script>')).toBe('/sidepanel.html');
    await sidePanelRequests['sidepanel:open']!({ entity: '../options' }, sender);
    expect(calls).toEqual(['open {"tabId":7}']);
    expect(await sidePanelRequests['sidepanel:open']!({}, { id: browser.runtime.id } as never)).toEqual({ opened: false });
  });

  it('in Firefox, opens the sidebar; refused but already open (setPanel took it to the name) counts as opened', async () => {
    delete (browser as { sidePanel?: unknown }).sidePanel;
    const sidebar = {
      setPanel: vi.fn(async () => undefined),
      open: vi.fn(() => Promise.reject(new Error('sidebarAction.open may only be called from a user input handler'))),
      isOpen: vi.fn(async () => true),
    };
    install('sidebarAction', sidebar);
    expect(await sidePanelRequests['sidepanel:open']!({ entity: 'huawei' }, sender)).toEqual({ opened: true });
    expect(sidebar.setPanel).toHaveBeenCalledWith({ panel: expect.stringMatching(/\/sidepanel\.html#entity=huawei$/), windowId: 2 });
    sidebar.isOpen.mockResolvedValue(false);
    expect(await sidePanelRequests['sidepanel:open']!({ entity: 'huawei' }, sender)).toEqual({ opened: false });
  });
});

describe('the keyboard command', () => {
  it('opens the panel for the window it was pressed in, and nothing for other commands', () => {
    const listeners: ((command: string, tab?: { id?: number; windowId?: number }) => void)[] = [];
    vi.spyOn(browser, 'commands', 'get').mockReturnValue({
      onCommand: { addListener: (l: never) => listeners.push(l), removeListener: (l: never) => listeners.splice(listeners.indexOf(l), 1) },
    } as never);
    const stop = listenForPanelCommand();
    listeners[0]!('next-mark', { id: 7, windowId: 2 });
    expect(calls).toEqual([]);
    listeners[0]!('open-side-panel', { id: 7, windowId: 2 });
    expect(calls).toEqual(['open {"tabId":7}']);
    stop();
    expect(listeners).toEqual([]);
  });
});
