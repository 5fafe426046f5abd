// @vitest-environment happy-dom
// The card's host: made off the page and put there only by raise(), a live region that stays
// in place between cards, and a card rendered ahead of time (staged) that the next render
// takes over instead of making new elements.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CardProps } from '../../components/card/Card.tsx';
import { CARD_FONT_FAMILY, createCardHost, type CardHost } from '../../components/card/card-host.tsx';
import { entityDetails } from '../../lib/entity-details.ts';
import { seedKb } from '../fixtures/card/seed-kb.ts';
import { translator } from '../fixtures/translator.ts';

function props(id = 'nvidia'): CardProps {
  const details = entityDetails(seedKb(), id)!;
  return {
    details,
    language: 'en',
    t: translator('en'),
    quote: details.entity.contexts[0],
    mention: { index: 2, total: 7 },
    expanded: false,
    optionsUrl: `chrome-extension://abc/options.html#entity=${id}`,
    onBackground: vi.fn(),
    onClose: vi.fn(),
    onStep: vi.fn(),
    onSwitch: vi.fn(),
    onOpenOptions: vi.fn(),
    onSidePanel: vi.fn(),
    onAddArticle: vi.fn(),
    onSwitchOff: vi.fn(),
  };
}

let host: CardHost | undefined;
afterEach(() => {
  host?.destroy();
  host = undefined;
  vi.restoreAllMocks();
});

const dialog = () => host!.shadowRoot.querySelector('[role="dialog"]');
const live = () => host!.shadowRoot.querySelector('[aria-live="polite"]');

describe('the card host', () => {
  it('stays off the page until raised, and is then the one element after <body>', () => {
    host = createCardHost();
    expect(document.querySelector('kb-annotations-card')).toBeNull();
    host.stage(props());
    expect(document.querySelector('kb-annotations-card')).toBeNull();
    host.raise();
    expect(host.element.parentNode).toBe(document.documentElement);
    expect(document.documentElement.lastElementChild).toBe(host.element);
    host.destroy();
    expect(host.element.isConnected).toBe(false);
  });

  it('has a live region before any card, the same one after, saying what opened', () => {
    host = createCardHost();
    const region = live()!;
    expect(region.getAttribute('role')).toBe('status');
    expect(region.textContent).toBe('');
    host.raise();
    host.render(props(), 'NVIDIA, company, mention 2 of 7');
    expect(live()).toBe(region);
    expect(region.textContent).toBe('NVIDIA, company, mention 2 of 7');
    host.render(undefined, '');
    expect(live()).toBe(region);
    expect(dialog()).toBeNull();
  });

  it('shows a staged card without making its elements again', () => {
    host = createCardHost();
    host.raise();
    host.stage(props('nvidia'));
    expect(dialog()).toBeNull(); // staged off the page, not in the shadow root
    const create = vi.spyOn(document, 'createElement');
    host.render(props('nvidia'), 'NVIDIA');
    expect(create).not.toHaveBeenCalled();
    expect(dialog()?.getAttribute('data-entity')).toBe('nvidia');
    expect(host.card()).toBe(dialog());
  });

  it('shows the card asked for even when another one was staged', () => {
    host = createCardHost();
    host.raise();
    host.stage(props('nvidia'));
    host.render(props('huawei'), 'Huawei');
    expect(dialog()?.getAttribute('data-entity')).toBe('huawei');
    expect(host.shadowRoot.querySelectorAll('[role="dialog"]')).toHaveLength(1);
    expect(host.shadowRoot.querySelector('h2')?.textContent).toBe('Huawei');
  });

  it('leaves a shown card alone when asked to stage another', () => {
    host = createCardHost();
    host.raise();
    host.render(props('nvidia'), 'NVIDIA');
    const shown = dialog();
    host.stage(props('huawei'));
    expect(dialog()).toBe(shown);
    expect(dialog()?.getAttribute('data-entity')).toBe('nvidia');
    host.render(undefined, '');
    host.render(props('cuda'), 'CUDA');
    expect(dialog()?.getAttribute('data-entity')).toBe('cuda');
  });

  it('warms the fonts card.css uses', () => {
    const css = readFileSync(path.resolve(import.meta.dirname, '../../components/card/card.css'), 'utf8');
    expect(css).toContain(`font: 400 14px/1.45 ${CARD_FONT_FAMILY};`);
  });
});
