// Which pages the popup says cannot be marked, and how it finds its tab.
import { describe, expect, it } from 'vitest';
import { pageKind } from '../../components/popup/page-kind.ts';
import { popupTarget } from '../../components/popup/popup-target.ts';

describe('page kind', () => {
  it('web pages and local files can be marked', () => {
    expect(pageKind('https://www.heise.de/news/x.html')).toBe('web');
    expect(pageKind('http://127.0.0.1:8080/a.html')).toBe('web');
    expect(pageKind('file:///home/me/a.html')).toBe('web');
  });

  it('browser pages and extension stores cannot', () => {
    for (const url of [
      'chrome://extensions/',
      'chrome-extension://abc/options.html',
      'about:blank',
      'edge://settings',
      'view-source:https://a.example/',
      'https://chromewebstore.google.com/detail/x',
      'https://chrome.google.com/webstore/detail/x',
      'https://addons.mozilla.org/de/firefox/',
      'https://microsoftedge.microsoft.com/addons/detail/x',
    ]) {
      expect(pageKind(url), url).toBe('restricted');
    }
  });

  it('an unknown address is unknown', () => {
    expect(pageKind(undefined)).toBe('unknown');
  });
});

describe('popup target (test hook)', () => {
  it('?tab=ID targets that tab', async () => {
    expect(await popupTarget('?tab=42')).toEqual({ tabId: 42, viaHook: true });
  });
});
