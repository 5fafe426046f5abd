// The background: owns the store, answers the content scripts, options page and popup,
// and runs automatic syncs. The logic lives in lib/; this folder only wires it up.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import type { BackgroundRequests } from '../../lib/messages.ts';
import { answer } from '../../lib/messaging.ts';
import { setUpAddNameMenu } from './add-name-menu.ts';
import { articleRequests } from './article-requests.ts';
import { listenForAutoSync, scheduleAutoSync } from './auto-sync.ts';
import { cardRequests, forwardCommands } from './commands.ts';
import { installBundledKb } from './database.ts';
import { interruptedWorkTold } from './interrupted-work.ts';
import { nameRequests } from './name-requests.ts';
import { pageRequests } from './page-requests.ts';
import { acceptRequest } from './sender-policy.ts';
import { listenForPanelCommand, sidePanelRequests } from './side-panel.ts';
import { storeRequests } from './store-requests.ts';
import { forgetTab } from './tab-addresses.ts';
import { stopWaitingFor } from './tab-remarking.ts';

export default defineBackground(() => {
  answer<BackgroundRequests>({ ...pageRequests, ...storeRequests, ...cardRequests, ...articleRequests, ...nameRequests, ...sidePanelRequests }, acceptRequest);

  // Install and update: the bundled KB becomes active unless the reader's own KB is (lib/store/bundled-kb.ts).
  browser.runtime.onInstalled.addListener(() => void installBundledKb());
  browser.tabs.onRemoved.addListener((tabId) => {
    forgetTab(tabId);
    stopWaitingFor(tabId);
  });
  // A tab that loads a new page marks it with the newest config from the start.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') stopWaitingFor(tabId);
  });
  forwardCommands();
  listenForPanelCommand();
  setUpAddNameMenu();
  listenForAutoSync();
  // Alarms may not survive a browser restart: set it again on every start of the worker.
  void scheduleAutoSync();
  // A sync or import the browser cut off last time: say so, and start the next one afresh.
  void interruptedWorkTold();
});
