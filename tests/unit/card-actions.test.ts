// What the card's buttons ask of the background: "Open in side panel" closes the card where the
// panel opened, and shows the background in place where it did not (no panel in this browser, no
// handler, no answer); "Add this article" says what came of it, also when nothing answers.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { cardRequests } from '../../entrypoints/content/card-actions.ts';
import type { CardSession } from '../../lib/card/card-session.ts';
import type { Notice } from '../../lib/card/notice.ts';
import { en } from '../fixtures/translator.ts';

function setup(reply: () => Promise<unknown>) {
  vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(reply as never);
  const session = { state: { card: { entity: 'huawei' } }, close: vi.fn(), expand: vi.fn() } as unknown as CardSession;
  const shown: Notice[] = [];
  const requests = cardRequests({ session, notices: { show: (n) => shown.push(n), dismiss: vi.fn(), stop: vi.fn() }, t: en, language: () => 'en', focusInCard: () => false });
  return { session, requests, shown };
}

describe('the card’s requests', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  it('close the card where the side panel opened', async () => {
    const { session, requests } = setup(async () => ({ opened: true }));
    await requests.sidePanel();
    expect(browser.runtime.sendMessage).toHaveBeenCalledWith({ type: 'sidepanel:open', payload: { entity: 'huawei' } });
    expect(session.close).toHaveBeenCalled();
    expect(session.expand).not.toHaveBeenCalled();
  });

  for (const [why, reply] of [
    ['no side panel', async () => ({ opened: false })],
    ['no handler', async () => undefined],
    ['no answer', async () => { throw new Error('Could not establish connection. Receiving end does not exist.'); }],
  ] as const) {
    it(`show the background in place where it did not (${why})`, async () => {
      const { session, requests } = setup(reply);
      await requests.sidePanel();
      expect(session.expand).toHaveBeenCalled();
      expect(session.close).not.toHaveBeenCalled();
    });
  }

  it('say what adding the article came to, and when nothing answered', async () => {
    const refused = { ok: false, refusal: { kind: 'not-an-article' } };
    const { requests, shown } = setup(async () => refused);
    await requests.addArticle();
    expect(browser.runtime.sendMessage).toHaveBeenCalledWith({ type: 'article:add', payload: {} });
    expect(shown.map((n) => n.text)).toEqual(['Adding this article…', expect.stringMatching(/^Not added: this page does not look like an article/)]);
    expect(shown[1]!.failed).toBe(true);
    vi.mocked(browser.runtime.sendMessage).mockRejectedValue(new Error('gone'));
    await requests.addArticle();
    expect(shown.at(-1)).toMatchObject({ text: expect.stringMatching(/^Not added: the page did not answer/), failed: true });
  });
});
