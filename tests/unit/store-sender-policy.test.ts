// Who may ask the background what: content scripts only read a page's config and an
// entity's card; every other request, and every change, only from the extension's own pages.
import { describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { acceptRequest } from '../../entrypoints/background/sender-policy.ts';
import type { BackgroundRequests } from '../../lib/messages.ts';

const extensionPage = { id: browser.runtime.id, url: browser.runtime.getURL('/options.html') };
const contentScript = { id: browser.runtime.id, url: 'https://news.example/article', tab: { id: 3 }, frameId: 0 };

describe('sender policy', () => {
  it('content scripts may read their config and an entity’s card', () => {
    expect(acceptRequest('page:config', contentScript as never)).toBe(true);
    expect(acceptRequest('entity:details', contentScript as never)).toBe(true);
  });

  it('content scripts may not change anything else or read the reader’s store', () => {
    const forbidden: (keyof BackgroundRequests)[] = [
      'store:overview', 'sync:now', 'kb:import', 'kb:export', 'kb:roll-back', 'kb:reset', 'note:set',
      'dismissal:set', 'site:set-enabled', 'settings:update', 'tab:state',
    ];
    for (const type of forbidden) expect(acceptRequest(type, contentScript as never), type).toBe(false);
  });

  it('content scripts may make the card’s switches: their own site, a name everywhere, the pause', () => {
    expect(acceptRequest('dismissal:set', contentScript as never, { entity: 'nvidia', site: 'news.example', dismissed: true })).toBe(true);
    expect(acceptRequest('dismissal:set', contentScript as never, { entity: 'nvidia', site: 'other.example', dismissed: true })).toBe(false);
    expect(acceptRequest('dismissal:set', { ...contentScript, tab: undefined } as never, { entity: 'nvidia', site: 'news.example', dismissed: true })).toBe(false);
    expect(acceptRequest('entity:set-enabled', contentScript as never, { entity: 'nvidia', enabled: false })).toBe(true);
    expect(acceptRequest('settings:update', contentScript as never, { paused: true })).toBe(true);
    expect(acceptRequest('settings:update', contentScript as never, { paused: false })).toBe(true);
    // Of the settings, the pause alone: not the sync address, not the delays.
    expect(acceptRequest('settings:update', contentScript as never, { paused: true, syncUrl: 'https://evil.example/kb.json' })).toBe(false);
    expect(acceptRequest('settings:update', contentScript as never, { openDelayMs: 100 })).toBe(false);
    expect(acceptRequest('site:set-enabled', contentScript as never, { site: 'news.example', enabled: false })).toBe(false);
  });

  it('content scripts may open the side panel', () => {
    expect(acceptRequest('sidepanel:open', contentScript as never, { entity: 'huawei' })).toBe(true);
  });

  it('content scripts may add their own tab’s article, never another tab’s', () => {
    expect(acceptRequest('article:add', contentScript as never, {})).toBe(true);
    expect(acceptRequest('article:add', contentScript as never, { tabId: 3 })).toBe(true);
    expect(acceptRequest('article:add', contentScript as never, { tabId: 4 })).toBe(false);
    expect(acceptRequest('article:add', { ...contentScript, tab: undefined } as never, {})).toBe(false);
    expect(acceptRequest('entity:opened', contentScript as never, { id: 'huawei' })).toBe(true);
  });

  it('content scripts may not read or change the reader’s articles and names', () => {
    const forbidden: (keyof BackgroundRequests)[] = ['article:list', 'article:remove', 'article:restore', 'name:list', 'name:known', 'name:add', 'name:remove', 'name:restore'];
    for (const type of forbidden) expect(acceptRequest(type, contentScript as never, {}), type).toBe(false);
    expect(acceptRequest('article:add', extensionPage as never, { tabId: 9 })).toBe(true);
  });

  it('the options page and the popup may ask everything', () => {
    expect(acceptRequest('sync:now', extensionPage as never)).toBe(true);
    expect(acceptRequest('settings:update', { ...extensionPage, url: browser.runtime.getURL('/popup.html') } as never)).toBe(true);
  });

  it('a page whose address only looks like ours is not ours', () => {
    const lookalike = { ...contentScript, url: `https://evil.example/?${browser.runtime.getURL('/')}` };
    expect(acceptRequest('kb:reset', lookalike as never)).toBe(false);
    expect(acceptRequest('kb:reset', { id: browser.runtime.id } as never)).toBe(false);
  });
});
