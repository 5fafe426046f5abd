// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Card, type CardProps } from '../../components/card/Card.tsx';
import { entityDetails } from '../../lib/entity-details.ts';
import { glossaryToKb } from '../../lib/glossary/glossary-kb.ts';
import { validateKb } from '../../lib/kb-validate.ts';
import type { KnowledgeBase } from '../../lib/kb-schema.ts';
import { hostileKb, PAYLOAD } from '../fixtures/card/hostile-kb.ts';
import { seedKb } from '../fixtures/card/seed-kb.ts';
import { translator } from '../fixtures/translator.ts';

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
  delete (window as { __kbPwned?: unknown }).__kbPwned;
});

function props(overrides: Partial<CardProps> & { kb?: KnowledgeBase; id?: string; note?: string } = {}): CardProps {
  const { kb = seedKb(), id = 'nvidia', note = '', ...rest } = overrides;
  const details = entityDetails(kb, id, note)!;
  return {
    details,
    language: 'en',
    t: translator(rest.language ?? 'en'),
    quote: details.entity.contexts[0],
    mention: { index: 2, total: 7 },
    expanded: false,
    optionsUrl: 'chrome-extension://abc/options.html#entity=' + id,
    onBackground: vi.fn(),
    onClose: vi.fn(),
    onStep: vi.fn(),
    onSwitch: vi.fn(),
    onOpenOptions: vi.fn(),
    ...rest,
  };
}

const dialog = () => root.querySelector<HTMLElement>('[role="dialog"]')!;
const buttons = () => [...root.querySelectorAll('button')];
const byText = (text: string) => buttons().find((b) => b.textContent === text)!;

describe('the hover card', () => {
  it('is a labelled dialog that names its entity (contract 4)', () => {
    render(<Card {...props()} />, root);
    expect(dialog().dataset.entity).toBe('nvidia');
    const label = root.querySelector(`#${dialog().getAttribute('aria-labelledby')}`);
    expect(label?.textContent).toBe('NVIDIA');
  });

  it('shows the name, kind, English description, a quote with the name emphasised and the source', () => {
    render(<Card {...props()} />, root);
    expect(root.querySelector('h2')?.textContent).toBe('NVIDIA');
    expect(root.querySelector('.kind')?.textContent).toBe('company');
    expect(root.querySelector('.summary')?.textContent).toBe(seedKb().entities.find((e) => e.id === 'nvidia')!.description!.en);
    const quote = root.querySelector('blockquote.quote')!;
    expect(quote.querySelector('strong')?.textContent).toMatch(/^NVIDIA/i);
    const source = root.querySelector('.source')!.textContent!;
    expect(source).toContain('Verzögerung bei DeepSeeks R2-KI-Modell');
    expect(source).toContain('citing Financial Times');
    expect(source).toContain('KB v1');
  });

  it('without a quote, names the source its description cites (a glossary’s URL), linked', () => {
    const kb = glossaryToKb('name,description,URL\nCambricon,Chinese chip designer.,https://www.cambricon.com/about\n', { lang: 'en', version: 1, released: '2026-12-01' });
    if (!kb.ok) throw new Error('glossary');
    render(<Card {...props({ kb: kb.kb, id: 'cambricon', quote: undefined })} />, root);
    const link = root.querySelector<HTMLAnchorElement>('.source a')!;
    expect(link.textContent).toBe('cambricon.com/about');
    expect(link.href).toBe('https://www.cambricon.com/about');
    render(<Card {...props({ kb: kb.kb, id: 'cambricon', quote: undefined, expanded: true })} />, root);
    expect([...root.querySelectorAll('.sources a')].map((a) => a.textContent)).toEqual(['cambricon.com/about']);
  });

  it('writes in German for a German reader', () => {
    render(<Card {...props({ language: 'de', t: translator('de') })} />, root);
    expect(root.querySelector('.summary')?.textContent).toBe(seedKb().entities.find((e) => e.id === 'nvidia')!.description!.de);
    expect(root.querySelector('.kind')?.textContent).toBe('Unternehmen');
    expect(root.textContent).toContain('Erwähnung 2 von 7 auf dieser Seite');
    expect(byText('Hintergrund')).toBeTruthy();
  });

  it('lists related entities as buttons that switch the card', () => {
    const p = props();
    render(<Card {...p} />, root);
    const related = [...root.querySelectorAll('.related button')].map((b) => b.textContent);
    expect(related).toEqual(expect.arrayContaining(['NVIDIA H100', 'DeepSeek R2', 'CUDA', 'Huawei']));
    byText('Huawei').click();
    expect(p.onSwitch).toHaveBeenCalledWith('huawei');
  });

  it('says which mention this is and steps to the previous and next one', () => {
    const p = props();
    render(<Card {...p} />, root);
    expect(root.querySelector('.mentions')?.textContent).toContain('mention 2 of 7 on this page');
    root.querySelector<HTMLButtonElement>('[aria-label="Next mention"]')!.click();
    root.querySelector<HTMLButtonElement>('[aria-label="Previous mention"]')!.click();
    expect(p.onStep).toHaveBeenNthCalledWith(1, 1);
    expect(p.onStep).toHaveBeenNthCalledWith(2, -1);
  });

  it('shows the reader’s note only when there is one', () => {
    render(<Card {...props({ note: '  ' })} />, root);
    expect(root.querySelector('.note')).toBeNull();
    render(<Card {...props({ note: 'Check the export rules.' })} />, root);
    expect(root.querySelector('.note')?.textContent).toContain('Check the export rules.');
  });

  it('names a model the KB has no entry for, and shows its line behind it', () => {
    render(<Card {...props({ id: 'ascend', model: 'Ascend 920' })} />, root);
    expect(dialog().dataset.entity).toBe('ascend');
    const label = root.querySelector(`#${dialog().getAttribute('aria-labelledby')}`);
    expect(label?.textContent).toBe('Ascend 920');
    expect(root.querySelector('.model-of')?.textContent).toBe('A model of the Ascend line; what follows is about the line.');
    expect(root.querySelector('.summary')?.textContent).toBe(seedKb().entities.find((e) => e.id === 'ascend')!.description!.en);
    render(<Card {...props({ id: 'ascend', model: 'Ascend 920', language: 'de', t: translator('de') })} />, root);
    expect(root.querySelector('.model-of')?.textContent).toBe('Ein Modell der Reihe Ascend; das Folgende gilt der Reihe.');
    render(<Card {...props({ id: 'ascend' })} />, root);
    expect(root.querySelector('h2')?.textContent).toBe('Ascend');
    expect(root.querySelector('.model-of')).toBeNull();
  });

  it('asks for the background and for closing', () => {
    const p = props();
    render(<Card {...p} />, root);
    byText('Background').click();
    root.querySelector<HTMLButtonElement>('button.close')!.click();
    expect(p.onBackground).toHaveBeenCalledOnce();
    expect(p.onClose).toHaveBeenCalledOnce();
  });
});

describe('the background view', () => {
  it('groups every context by section and puts every relation in words', () => {
    render(<Card {...props({ expanded: true })} />, root);
    expect(dialog().dataset.expanded).toBe('true');
    const sections = [...root.querySelectorAll('.background .section h4')].map((h) => h.textContent);
    expect(new Set(sections).size).toBe(sections.length);
    expect(sections.length).toBeGreaterThanOrEqual(2);
    const quotes = root.querySelectorAll('.background blockquote');
    expect(quotes.length).toBeGreaterThanOrEqual(new Set(entityDetails(seedKb(), 'nvidia')!.contexts.map((c) => c.text)).size);
    const relations = [...root.querySelectorAll('.relations li')].map((li) => li.textContent);
    expect(relations).toContain('NVIDIA makes the NVIDIA H100');
    expect(relations).toContain('DeepSeek R2 trains on NVIDIA');
    expect(relations).toContain('Chinese authorities discourage the use of NVIDIA');
  });

  it('links to the entity on the options page, in a new tab', () => {
    render(<Card {...props({ expanded: true })} />, root);
    const link = root.querySelector<HTMLAnchorElement>('.options-link a')!;
    expect(link.getAttribute('href')).toBe('chrome-extension://abc/options.html#entity=nvidia');
    expect(link.target).toBe('_blank');
  });

  it('ignores a page script’s synthetic click on the options link', () => {
    const p = props({ expanded: true });
    render(<Card {...p} />, root);
    const link = root.querySelector<HTMLAnchorElement>('.options-link a')!;
    const event = new MouseEvent('click', { bubbles: true, cancelable: true });
    link.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true); // pages may not open extension pages anyway
    expect(p.onOpenOptions).not.toHaveBeenCalled();
  });

  it('shows the source details and the KB it came from', () => {
    render(<Card {...props({ expanded: true })} />, root);
    const sources = root.querySelector('.sources')!.textContent!;
    expect(sources).toContain('citing Financial Times');
    expect(sources).toContain('knowledge base version 1 of');
  });
});

describe('a hostile KB', () => {
  const kb = () => hostileKb(seedKb());

  it('is still a valid KB (so a sync would accept it)', () => {
    expect(validateKb(kb()).ok).toBe(true);
  });

  for (const expanded of [false, true]) {
    it(`renders every field as text in the ${expanded ? 'background view' : 'hover card'}`, async () => {
      const details = entityDetails(kb(), 'nvidia', PAYLOAD)!;
      render(<Card {...props({ kb: kb(), note: PAYLOAD, expanded, quote: details.entity.contexts[0] })} />, root);
      await new Promise((r) => setTimeout(r, 20));
      expect(root.querySelector('img, script, b, iframe')).toBeNull();
      expect(root.textContent).toContain(PAYLOAD);
      expect((window as { __kbPwned?: unknown }).__kbPwned).toBeUndefined();
    });
  }

  it('does not make a javascript: source URL a link', () => {
    render(<Card {...props({ kb: kb(), expanded: true })} />, root);
    const hrefs = [...root.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(['chrome-extension://abc/options.html#entity=nvidia']);
    expect(root.querySelector('cite')?.textContent).toContain(PAYLOAD);
  });

  it('keeps the emphasis on the name even with markup in front of it', () => {
    const details = entityDetails(kb(), 'nvidia')!;
    render(<Card {...props({ kb: kb(), quote: details.entity.contexts[0] })} />, root);
    expect(root.querySelector('blockquote.quote strong')?.textContent).toMatch(/^NVIDIA/i);
  });
});
