// After a change to the store: which changes re-mark the open tabs (entrypoints/background/
// store-changes.ts), that the answer to the change never waits for the tabs, and how the tabs'
// reports become 'tabs:remarking' for the options page and popup (tab-remarking.ts).
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storeRequests } from '../../entrypoints/background/store-requests.ts';
import { GIVE_UP_MS, remarkTabs, stopWaitingFor, tabRemarked } from '../../entrypoints/background/tab-remarking.ts';
import type { BackgroundRequests, ExtensionPageEvents, Reply } from '../../lib/messages.ts';
import type { Sender } from '../../lib/messaging.ts';
import { smallKb } from '../fixtures/kb/small-kb.ts';

type Sent = { tabId: number; type: string; payload: unknown };
let toTabs: Sent[];
let toPages: { type: keyof ExtensionPageEvents; payload: unknown }[];
/** How a tab answers 'page:refresh'. */
let tabAnswers: (tabId: number) => Promise<unknown>;

const fromOptionsPage = { id: browser.runtime.id, url: 'chrome-extension://test/options.html' } as Sender;
async function handle<K extends keyof BackgroundRequests>(type: K, payload: BackgroundRequests[K][0]): Promise<Reply<BackgroundRequests, K>> {
  const handler = storeRequests[type] as (p: BackgroundRequests[K][0], s: Sender) => Promise<Reply<BackgroundRequests, K>>;
  return handler(payload, fromOptionsPage);
}
const refreshesAsked = () => toTabs.filter((m) => m.type === 'page:refresh').map((m) => m.tabId);
const remarking = () => toPages.filter((m) => m.type === 'tabs:remarking').map((m) => m.payload as ExtensionPageEvents['tabs:remarking']);
/** Lets the background's unawaited work (asking the tabs) run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  fakeBrowser.reset();
  toTabs = [];
  toPages = [];
  tabAnswers = async () => true;
  vi.spyOn(browser.tabs, 'query').mockResolvedValue([{ id: 1 }, { id: 2 }] as never);
  (vi.spyOn(browser.tabs, 'sendMessage') as unknown as { mockImplementation(fn: (...args: unknown[]) => unknown): void }).mockImplementation(
    (tabId, message) => {
      const { type, payload } = message as { type: string; payload: unknown };
      toTabs.push({ tabId: tabId as number, type, payload });
      return tabAnswers(tabId as number);
    },
  );
  (vi.spyOn(browser.runtime, 'sendMessage') as unknown as { mockImplementation(fn: (...args: unknown[]) => unknown): void }).mockImplementation(
    async (message) => void toPages.push(message as (typeof toPages)[number]),
  );
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('which changes re-mark the open tabs', () => {
  it('a refused import tells the options page but leaves the tabs alone', async () => {
    const outcome = await handle('kb:import', { text: '{ not json', fileName: 'broken.json' });
    expect(outcome).toMatchObject({ ok: false, refusal: { kind: 'invalid-json' } });
    await settle();
    expect(toPages.map((m) => m.type)).toEqual(['store:changed']);
    expect(refreshesAsked()).toEqual([]);
  });

  it('an import that changed the KB re-marks every tab', async () => {
    const outcome = await handle('kb:import', { text: JSON.stringify(smallKb(7)), fileName: 'kb.json' });
    expect(outcome).toMatchObject({ ok: true, kind: 'changed', version: 7 });
    await settle();
    expect(refreshesAsked()).toEqual([1, 2]);
  });

  it('a note (the reader’s layer) re-marks every tab', async () => {
    await handle('note:set', { entity: 'nvidia', text: 'GPUs' });
    await settle();
    expect(refreshesAsked()).toEqual([1, 2]);
  });
});

describe('answers do not wait for the tabs', () => {
  it('a switch is answered while the tabs have not even acknowledged the refresh', async () => {
    tabAnswers = () => new Promise(() => {}); // a tab that never answers
    const answered = await Promise.race([
      handle('site:set-enabled', { site: 'news.example', enabled: false }).then(() => 'answered'),
      new Promise((resolve) => setTimeout(() => resolve('waited'), 1000)),
    ]);
    expect(answered).toBe('answered');
    expect(refreshesAsked()).toEqual([1, 2]);
  });
});

describe('following the tabs as they re-mark', () => {
  it('counts down as each tab reports, and only tabs that have our content script are waited for', async () => {
    tabAnswers = async (tabId) => {
      if (tabId === 2) throw new Error('Could not establish connection. Receiving end does not exist.');
      return true;
    };
    await remarkTabs();
    const round = (toTabs.at(-1)!.payload as { round: number }).round;
    expect(remarking().at(-1)).toEqual({ round, left: 1 });
    tabRemarked(1, round - 1); // an older round's report changes nothing
    expect(remarking()).toHaveLength(1);
    tabRemarked(1, round);
    expect(remarking().at(-1)).toEqual({ round, left: 0, tabId: 1 });
  });

  it('a tab that loads a new page or closes is no longer waited for', async () => {
    await remarkTabs();
    const round = (toTabs.at(-1)!.payload as { round: number }).round;
    stopWaitingFor(2);
    expect(remarking().at(-1)).toEqual({ round, left: 1, tabId: 2 });
    tabRemarked(1, round);
    expect(remarking().at(-1)).toEqual({ round, left: 0, tabId: 1 });
  });

  it('gives up on tabs that never report, and says how many', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    await remarkTabs();
    const round = (toTabs.at(-1)!.payload as { round: number }).round;
    tabRemarked(1, round);
    vi.advanceTimersByTime(GIVE_UP_MS);
    expect(remarking().at(-1)).toEqual({ round, left: 0, unanswered: 1 });
  });
});
