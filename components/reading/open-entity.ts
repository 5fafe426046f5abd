// Opens a name in the options page's entity view (where the side panel does not exist yet).
import { browser } from 'wxt/browser';

export function openEntity(id: string): void {
  void browser.tabs.create({ url: `${browser.runtime.getURL('/options.html')}#entity=${encodeURIComponent(id)}` });
}
