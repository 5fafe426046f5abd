// @vitest-environment happy-dom
// @vitest-environment-options {"url": "chrome-extension://test/popup.html?tab=5"}
// The popup's words for each kind of tab, with the background and the tab's content script faked.
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MarkCount } from '../../lib/page/mark-counts.ts';
import type { TabState } from '../../lib/store/overview.ts';
import { en } from '../fixtures/translator.ts';

const tab: { state: TabState; summary: (() => Promise<{ supported: boolean; marks: MarkCount[] }>) } = {
  state: { url: 'https://news.example/a', site: 'news.example', paused: false, siteOff: false, dismissed: [] },
  summary: async () => ({ supported: true, marks: [] }),
};
vi.mock('../../components/options/i18n.ts', () => ({ t: en, uiLanguage: 'en', kbLanguage: 'en' }));
const asked: [string, unknown][] = [];
vi.mock('../../lib/messaging.ts', () => ({
  askBackground: vi.fn(async (type: string, payload: unknown) => {
    asked.push([type, payload]);
    return type === 'tab:state' ? tab.state : undefined;
  }),
  askTab: vi.fn(async (_tab: number, type: string) => (type === 'marks:summary' ? tab.summary() : false)),
}));
// The tab "re-marks" at once: no waiting for its broadcast.
vi.mock('../../components/options/page-events.ts', () => ({ nextPageEvent: async () => undefined, usePageEvent: () => undefined }));

const { PopupApp } = await import('../../components/popup/PopupApp.tsx');
let root: HTMLElement;

beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

async function shows(): Promise<string> {
  render(<PopupApp />, root);
  await vi.waitFor(() => expect(root.textContent).not.toContain('Loading'), { timeout: 3000 });
  return root.textContent ?? '';
}

describe('popup', () => {
  it('lists the marks by entity, most first', async () => {
    tab.summary = async () => ({
      supported: true,
      marks: [
        { entity: 'cuda', name: 'CUDA', family: 'cuda', count: 1 },
        { entity: 'nvidia', name: 'NVIDIA', family: 'nvidia', count: 3 },
      ],
    });
    await shows();
    expect([...root.querySelectorAll('.marks li')].map((li) => li.getAttribute('data-entity'))).toEqual(['nvidia', 'cuda']);
    // The row's name is what it shows, then what the number is: "NVIDIA 3 on this page".
    expect(root.querySelector('.reveal')?.textContent).toBe('NVIDIA 3 on this page');
    const hide = root.querySelector<HTMLButtonElement>('.hide')!;
    expect([hide.textContent, hide.getAttribute('aria-label')]).toEqual(['Hide', 'Hide NVIDIA on this site']);
    expect(root.querySelector('h2')?.textContent).toBe('On this page');
  });

  it('hides a name on this site, and Undo marks it there again', async () => {
    tab.summary = async () => ({ supported: true, marks: [{ entity: 'nvidia', name: 'NVIDIA', family: 'nvidia', count: 3 }] });
    await shows();
    asked.length = 0;
    root.querySelector<HTMLButtonElement>('.hide')!.click();
    await vi.waitFor(() => expect(root.querySelector('[data-testid="undo-notice"]')?.textContent).toBe('NVIDIA is hidden on news.example. Undo'));
    expect(asked).toContainEqual(['dismissal:set', { entity: 'nvidia', site: 'news.example', dismissed: true }]);
    root.querySelector<HTMLButtonElement>('[data-testid="undo-notice"] button')!.click();
    await vi.waitFor(() => expect(root.textContent).toContain('NVIDIA is marked on news.example again.'));
    expect(asked).toContainEqual(['dismissal:set', { entity: 'nvidia', site: 'news.example', dismissed: false }]);
  });

  it('says when the browser lacks the CSS Custom Highlight API', async () => {
    tab.summary = async () => ({ supported: false, marks: [] });
    expect(await shows()).toContain('This browser lacks the CSS Custom Highlight API');
  });

  it('says when no content script answers', async () => {
    tab.summary = () => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'));
    expect(await shows()).toContain('This page isn’t marked: the extension isn’t running in it.');
  });

  it('says when the page is the browser’s own or the web store', async () => {
    for (const url of ['chrome://settings/', 'https://chromewebstore.google.com/detail/x']) {
      tab.state = { ...tab.state, url };
      expect(await shows()).toContain('This page can’t be marked');
      render(null, root);
    }
  });

  it('says when marking is off on the site or paused', async () => {
    tab.state = { url: 'https://news.example/a', site: 'news.example', paused: false, siteOff: true, dismissed: [] };
    tab.summary = async () => ({ supported: true, marks: [] });
    expect(await shows()).toContain('Marking is off on news.example.');
    render(null, root);
    tab.state = { ...tab.state, siteOff: false, paused: true };
    expect(await shows()).toContain('Paused everywhere');
  });
});
