import { describe, expect, it } from 'vitest';
import { groupBySection } from '../../lib/card/group-contexts.ts';
import { pickQuote } from '../../lib/card/pick-quote.ts';
import { quoteSegments } from '../../lib/card/quote-segments.ts';
import { webLink } from '../../lib/card/safe-link.ts';
import type { Context } from '../../lib/kb-schema.ts';

const ctx = (text: string, section = 'S', spans = [{ start: 0, end: 1 }], source = 'a'): Context => ({ source, section, text, spans });

describe('quote segments', () => {
  it('emphasises the spans and keeps the text between them', () => {
    expect(quoteSegments({ text: 'DeepSeek trains on NVIDIA.', spans: [{ start: 19, end: 25 }, { start: 0, end: 8 }] })).toEqual([
      { text: 'DeepSeek', emphasised: true },
      { text: ' trains on ', emphasised: false },
      { text: 'NVIDIA', emphasised: true },
      { text: '.', emphasised: false },
    ]);
  });

  it('survives spans that overlap, are empty or run past the end', () => {
    const segments = quoteSegments({ text: 'abcdef', spans: [{ start: 1, end: 4 }, { start: 2, end: 5 }, { start: 3, end: 3 }, { start: 5, end: 99 }] });
    expect(segments.map((s) => s.text).join('')).toBe('abcdef');
    expect(segments).toEqual([
      { text: 'a', emphasised: false },
      { text: 'bcd', emphasised: true },
      { text: 'e', emphasised: true },
      { text: 'f', emphasised: true },
    ]);
  });
});

describe('picking the quote', () => {
  const own = [ctx('NVIDIA leads.'), ctx('NVIDIA sells the H100 in China.')];
  const product = [ctx('The H100 sells.')];

  it('prefers the sentence that stands around the mark on this page', () => {
    expect(pickQuote([...own, ...product], own, 'Intro. NVIDIA   sells the H100\nin China. More.')).toBe(own[1]);
  });

  it('falls back to the entity’s own first sentence, then to its products’', () => {
    expect(pickQuote([...own, ...product], own, 'unrelated text')).toBe(own[0]);
    expect(pickQuote(product, [], '')).toBe(product[0]);
    expect(pickQuote([], [], 'x')).toBeUndefined();
  });
});

describe('grouping by section', () => {
  it('keeps the order sections first appear in and drops repeated sentences', () => {
    const groups = groupBySection([ctx('1', 'A'), ctx('2', 'B'), ctx('3', 'A'), ctx('1', 'A')]);
    expect(groups.map((g) => [g.section, g.contexts.map((c) => c.text)])).toEqual([
      ['A', ['1', '3']],
      ['B', ['2']],
    ]);
  });
});

describe('source links', () => {
  it('are links only for http and https', () => {
    expect(webLink('https://example.com/a')).toBe('https://example.com/a');
    expect(webLink('http://example.com')).toBe('http://example.com/');
    for (const bad of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html,x', 'file:///etc/passwd', 'chrome-extension://x/y', 'not a url', '', undefined]) {
      expect(webLink(bad), String(bad)).toBeUndefined();
    }
  });
});
