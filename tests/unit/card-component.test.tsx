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
    onSidePanel: vi.fn(),
    onAddArticle: vi.fn(),
    onSwitchOff: vi.fn(),
    ...rest,
  };
}

/** Preact applies state changes after the event: let it. */
const rendered = () => new Promise((resolve) => setTimeout(resolve, 0));
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

  it('shows the name, kind, English description, "In the news" with a quote and its source on one line', () => {
    const details = entityDetails(seedKb(), 'nvidia')!;
    const body = details.entity.contexts.find((c) => c.text.startsWith('Das Unternehmen'))!;
    render(<Card {...props({ quote: body })} />, root);
    expect(root.querySelector('h2')?.textContent).toBe('NVIDIA');
    expect(root.querySelector('.kind')?.textContent).toBe('company');
    expect(root.querySelector('.summary')?.textContent).toBe(seedKb().entities.find((e) => e.id === 'nvidia')!.description!.en);
    expect(root.querySelector('.news h3')?.textContent).toBe('In the news · in German');
    const quote = root.querySelector('blockquote.quote')!;
    expect(quote.getAttribute('lang')).toBe('de');
    expect(quote.querySelector('strong')?.textContent).toMatch(/^NVIDIA/i);
    const sources = root.querySelectorAll('.source');
    expect(sources).toHaveLength(1);
    expect(sources[0]!.textContent).toBe(`${seedKb().sources[0]!.title} · citing Financial Times`);
    expect(root.textContent).not.toMatch(/KB v\d/);
  });

  it('never shows a sentence twice: a quote that is its source’s title is not followed by the title', () => {
    const details = entityDetails(seedKb(), 'nvidia')!;
    const headline = details.entity.contexts.find((c) => c.text === seedKb().sources[0]!.title)!;
    render(<Card {...props({ quote: headline })} />, root);
    expect(root.textContent!.split(headline.text)).toHaveLength(2);
    expect(root.querySelector('.source')?.textContent).toBe('citing Financial Times');
  });

  it('links the source where it has a web address, by its title, with the site and the date', () => {
    const kb = { ...seedKb(), sources: seedKb().sources.map((s) => ({ ...s, url: 'https://www.heise.de/news/r2.html', date: '2025-08-14' })) };
    const details = entityDetails(kb, 'nvidia')!;
    render(<Card {...props({ kb, quote: details.entity.contexts[1] })} />, root);
    const line = root.querySelector('.news .source')!;
    expect(line.textContent).toMatch(/^heise\.de · Aug 14, 2025 · Verzögerung/);
    expect(line.querySelector('a')?.getAttribute('href')).toBe('https://www.heise.de/news/r2.html');
    expect(line.querySelector('a')?.textContent).toBe(kb.sources[0]!.title);
  });

  it('says which language a description is in where the KB has only the other one', () => {
    const kb = { ...seedKb(), entities: seedKb().entities.map((e) => (e.id === 'nvidia' ? { ...e, description: { de: 'US-Chipentwickler.' } } : e)) };
    render(<Card {...props({ kb })} />, root);
    expect(root.querySelector('.summary')?.textContent).toBe('US-Chipentwickler. (in German)');
    expect(root.querySelector('.summary span')?.getAttribute('lang')).toBe('de');
  });

  it('without a quote, names the source its description cites (a glossary’s URL), linked', () => {
    const kb = glossaryToKb('name,description,URL\nCambricon,Chinese chip designer.,https://www.cambricon.com/about\n', { lang: 'en', version: 1, released: '2026-12-01' });
    if (!kb.ok) throw new Error('glossary');
    render(<Card {...props({ kb: kb.kb, id: 'cambricon', quote: undefined })} />, root);
    const link = root.querySelector<HTMLAnchorElement>('.source a')!;
    expect(link.textContent).toBe('cambricon.com/about');
    expect(link.href).toBe('https://www.cambricon.com/about');
    render(<Card {...props({ kb: kb.kb, id: 'cambricon', quote: undefined, expanded: true })} />, root);
    expect([...root.querySelectorAll('.source a')].map((a) => a.textContent)).toEqual(['cambricon.com/about']);
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

describe('More', () => {
  it('holds the side panel, adding the article, why, and the three switches, by their plain English names', async () => {
    render(<Card {...props({ why: () => undefined })} />, root);
    const more = byText('More');
    expect(more.getAttribute('aria-expanded')).toBe('false');
    expect(root.querySelector('.more')).toBeNull();
    more.click();
    await rendered();
    expect(more.getAttribute('aria-expanded')).toBe('true');
    expect(more.getAttribute('aria-controls')).toBe('kb-card-more');
    expect(buttons().map((b) => b.textContent)).toEqual(expect.arrayContaining([
      'Open in side panel', 'Add this article', 'Why is this marked?', 'Not on this site', 'Hide NVIDIA everywhere', 'Pause everywhere', 'Background',
    ]));
  });

  it('acts on the reader’s own clicks only, not on a page script’s', async () => {
    const p = props();
    render(<Card {...p} />, root);
    byText('More').click();
    await rendered();
    for (const name of ['Open in side panel', 'Add this article', 'Not on this site', 'Hide NVIDIA everywhere', 'Pause everywhere']) byText(name).click();
    expect(p.onSidePanel).not.toHaveBeenCalled();
    expect(p.onAddArticle).not.toHaveBeenCalled();
    expect(p.onSwitchOff).not.toHaveBeenCalled();
  });

  it('explains the mark when asked, and only for the mark’s own entity', async () => {
    const why = vi.fn(() => ({ written: 'Nvidia', alias: 'NVIDIA', caseRule: 'any' as const }));
    render(<Card {...props({ why })} />, root);
    byText('More').click();
    await rendered();
    expect(why).not.toHaveBeenCalled(); // worked out on demand
    byText('Why is this marked?').click();
    await rendered();
    expect(why).toHaveBeenCalledOnce();
    expect(root.querySelector('.why')?.textContent).toBe('“Nvidia” matches “NVIDIA”, a name of NVIDIA (in any case).');
    render(<Card {...props({ why: undefined })} />, root);
    expect(buttons().find((b) => b.textContent === 'Why is this marked?')).toBeUndefined();
  });

  it('is German for a German reader', async () => {
    render(<Card {...props({ language: 'de', t: translator('de') })} />, root);
    byText('Mehr').click();
    await rendered();
    expect(buttons().map((b) => b.textContent)).toEqual(expect.arrayContaining([
      'In der Seitenleiste öffnen', 'Diesen Artikel hinzufügen', 'Nicht auf dieser Website', 'NVIDIA überall ausblenden', 'Überall pausieren',
    ]));
    expect(root.querySelector('.news h3')?.textContent).toBe('In den Nachrichten'); // the seed's quote is German already: no language note
  });
});

describe('the background view', () => {
  it('tells the story, lists what the news says source by source, each sentence once, and every relation once in words', () => {
    render(<Card {...props({ expanded: true })} />, root);
    expect(dialog().dataset.expanded).toBe('true');
    expect(root.querySelector('#kb-card-story')?.textContent).toBe('In “DeepSeek R2, Huawei Ascend and NVIDIA”');
    const quotes = [...root.querySelectorAll('.background blockquote')].map((q) => q.textContent);
    expect(new Set(quotes).size).toBe(quotes.length);
    expect(quotes).not.toContain(seedKb().sources[0]!.title); // the title is the source line's
    expect(root.querySelectorAll('.news-source .source')).toHaveLength(1);
    const relations = [...root.querySelectorAll('.relations li')].map((li) => li.textContent);
    expect(relations).toContain('NVIDIA makes the NVIDIA H100');
    expect(relations).toContain('DeepSeek R2 trains on NVIDIA');
    expect(relations).toContain('Chinese authorities discourage the use of NVIDIA');
    expect(root.querySelector('.related')).toBeNull(); // the relations are not listed twice
    expect(root.textContent).not.toMatch(/KB v\d|knowledge base version/);
  });

  it('writes related names in German where the KB has them', () => {
    render(<Card {...props({ expanded: true, language: 'de', t: translator('de') })} />, root);
    const relations = [...root.querySelectorAll('.relations li')].map((li) => li.textContent);
    expect(relations).toContain('Chinesische Behörden raten von NVIDIA ab');
    render(<Card {...props({ language: 'de', t: translator('de') })} />, root);
    expect([...root.querySelectorAll('.related button')].map((b) => b.textContent)).toContain('Chinesische Behörden');
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
