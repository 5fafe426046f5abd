// @vitest-environment happy-dom
// The controller's life cycle: nothing on the page until a card opens, one host element when
// it does, and nothing left behind after destroy().
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createCardController } from '../../entrypoints/content/card-controller.ts';
import { entityDetails } from '../../lib/entity-details.ts';
import type { PageConfig } from '../../lib/page-config.ts';
import { seedKb } from '../fixtures/card/seed-kb.ts';
import { translator } from '../fixtures/translator.ts';
import { pageWithMarks } from '../fixtures/card/page-with-marks.ts';

const config: PageConfig = { kbVersion: 1, enabled: true, names: { id: 'index', wordKeys: '', charKeys: '', charPairs: '' }, openDelay: 500, closeDelay: 300 };

const flush = () => new Promise((resolve) => setTimeout(resolve, 30));
const host = () => document.querySelector('kb-annotations-card');

describe('the card controller', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    const t = translator('en');
    vi.spyOn(browser.i18n, 'getMessage').mockImplementation(((key: string, subs?: string[]) => t(key, subs)) as never);
    vi.spyOn(browser.i18n, 'getUILanguage').mockReturnValue('en-US');
    vi.spyOn(browser.runtime, 'sendMessage').mockImplementation((async (message: { type: string; payload: { id: string } }) =>
      message.type === 'entity:details' ? entityDetails(seedKb(), message.payload.id) : undefined) as never);
  });
  afterEach(() => {
    document.body.innerHTML = '';
    host()?.remove();
    vi.restoreAllMocks();
  });

  it('adds nothing to the page until a card opens', async () => {
    const { registry } = pageWithMarks();
    const controller = createCardController(new ContentScriptContext('test'), registry, config);
    await flush();
    expect(host()).toBeNull();
    controller.destroy();
  });

  it('does not read the message bundle (a synchronous call to the browser) until a card is drawn', async () => {
    const { registry } = pageWithMarks();
    const controller = createCardController(new ContentScriptContext('test'), registry, config);
    await flush();
    expect(browser.i18n.getMessage).not.toHaveBeenCalled();
    expect(browser.i18n.getUILanguage).not.toHaveBeenCalled();
    controller.reveal('nvidia');
    await flush();
    expect(browser.i18n.getMessage).toHaveBeenCalledWith('card_language', undefined);
    controller.destroy();
  });

  it('opens a focused card on reveal and on step, closes it on Esc, and cleans up on destroy', async () => {
    const { registry } = pageWithMarks();
    const button = document.createElement('button');
    document.body.append(button);
    button.focus();
    const controller = createCardController(new ContentScriptContext('test'), registry, config);

    expect(controller.reveal('nvidia')).toBe(true);
    expect(controller.reveal('ascend')).toBe(false);
    await flush();
    const dialog = () => host()?.shadowRoot?.querySelector('[role="dialog"]');
    expect(dialog()?.getAttribute('data-entity')).toBe('nvidia');
    expect(host()?.parentNode).toBe(document.documentElement);
    expect(host()?.shadowRoot?.querySelector('[role="status"]')?.textContent).toBe('NVIDIA, company, mention 1 of 1');
    expect(host()?.shadowRoot?.activeElement).toBe(dialog());

    controller.step(1);
    await flush();
    expect(dialog()?.getAttribute('data-entity')).toBe('huawei');

    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(dialog()).toBeNull();
    expect(document.activeElement).toBe(button);

    controller.step(-1);
    await flush();
    expect(dialog()?.getAttribute('data-entity')).toBe('nvidia');
    controller.destroy();
    expect(host()).toBeNull();
    // Nothing listens any more: Esc and steps after destroy() do nothing and throw nothing.
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    controller.step(1);
    await flush();
    expect(host()).toBeNull();
  });

  it('goes away when the content script is invalidated', async () => {
    const { registry } = pageWithMarks();
    const ctx = new ContentScriptContext('test');
    const controller = createCardController(ctx, registry, config);
    controller.reveal('deepseek');
    await flush();
    expect(host()).not.toBeNull();
    ctx.abort();
    ctx.notifyInvalidated?.();
    expect(host()).toBeNull();
  });

  it('closes the card when the reader turns marking off', async () => {
    const { registry } = pageWithMarks();
    const controller = createCardController(new ContentScriptContext('test'), registry, config);
    controller.reveal('deepseek');
    await flush();
    controller.configure({ ...config, enabled: false });
    expect(host()?.shadowRoot?.querySelector('[role="dialog"]')).toBeNull();
    controller.destroy();
  });
});
