import { describe, expect, it } from 'vitest';
import { groupBySection } from '../../lib/card/group-contexts.ts';
import { isHeadline, pickQuote, type QuoteInputs } from '../../lib/card/pick-quote.ts';
import { sourceLineParts } from '../../lib/card/source-line.ts';
import { otherLanguageName, primaryLanguage } from '../../lib/card/language-name.ts';
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
  const pick = (contexts: Context[], ownContexts: Context[], around = '', extra: Partial<QuoteInputs> = {}) =>
    pickQuote({ contexts, own: ownContexts, sources: [], around, ...extra });

  it('prefers the sentence that stands around the mark on this page', () => {
    expect(pick([...own, ...product], own, 'Intro. NVIDIA   sells the H100\nin China. More.')).toBe(own[1]);
  });

  it('falls back to the entity’s own first sentence, then to its products’', () => {
    expect(pick([...own, ...product], own, 'unrelated text')).toBe(own[0]);
    expect(pick(product, [], '')).toBe(product[0]);
    expect(pick([], [], 'x')).toBeUndefined();
  });

  it('compares sentences by content: details cross a message as JSON, so objects are copies', () => {
    const copies = JSON.parse(JSON.stringify([...product, ...own])) as Context[];
    expect(pick(copies, own)).toEqual(own[0]);
  });
});

describe('picking the quote across sources', () => {
  const sources = [
    { id: 'new', title: 'Chip stocks rally', language: 'en', date: '2026-03-01', publisher: 'Wire' },
    { id: 'old', title: 'Verzögerung bei DeepSeeks R2', language: 'de', date: '2025-08-14' },
  ];
  const headline = ctx('Chip stocks rally', 'Chip stocks rally', [{ start: 0, end: 4 }], 'new');
  const newer = ctx('NVIDIA shipped more data-centre chips than expected this quarter.', 'Chip stocks rally', [{ start: 0, end: 6 }], 'new');
  const newer2 = ctx('NVIDIA said export licences for China remain uncertain.', 'Chip stocks rally', [{ start: 0, end: 6 }], 'new');
  const older = ctx('Das Unternehmen entschied sich daher für NVIDIA.', 'Verzögerung bei DeepSeeks R2', [{ start: 41, end: 47 }], 'old');
  const oldTitle = ctx('Verzögerung bei DeepSeeks R2', 'Verzögerung bei DeepSeeks R2', [{ start: 16, end: 24 }], 'old');
  // Newest source first, as details-across-sources.ts orders them.
  const contexts = [headline, newer, newer2, oldTitle, older];

  it('takes a body sentence of the newest source, not its headline', () => {
    expect(pickQuote({ contexts, own: contexts, sources })).toBe(newer);
  });

  it('takes a sentence that fits the page around the mark over a newer one that does not', () => {
    const around = 'Officials in Washington keep China guessing about export licences for advanced chips from NVIDIA.';
    expect(pickQuote({ contexts, own: contexts, sources, around, markText: 'NVIDIA' })).toBe(newer2);
  });

  it('knows a headline: the source’s title or its section’s heading', () => {
    expect(isHeadline(headline, sources[0])).toBe(true);
    expect(isHeadline(oldTitle, undefined)).toBe(true); // its own section heading
    expect(isHeadline(newer, sources[0])).toBe(false);
  });

  it('quotes a name the reader added with the sentence they added it from', () => {
    expect(pickQuote({ contexts, own: contexts, sources, addedFrom: ' Das Unternehmen entschied sich  daher für NVIDIA. ' })).toBe(older);
  });
});

describe('the source line', () => {
  const quote = { text: 'NVIDIA shipped more chips.' };

  it('is publisher, date, title and a link where there is a web address', () => {
    expect(sourceLineParts({ id: 's', title: 'Chip stocks rally', language: 'en', publisher: 'Wire', date: '2026-03-01', url: 'https://wire.example/a' }, quote))
      .toEqual({ site: 'Wire', date: '2026-03-01', title: 'Chip stocks rally', href: 'https://wire.example/a' });
  });

  it('names the site by its address where there is no publisher, and leaves out a title the quote already is', () => {
    expect(sourceLineParts({ id: 's', title: 'NVIDIA shipped more chips.', language: 'en', url: 'https://www.cnn.com/2019/x' }, quote))
      .toEqual({ site: 'cnn.com', href: 'https://www.cnn.com/2019/x' });
  });

  it('makes no link of a javascript: address, and says whom the source cites', () => {
    expect(sourceLineParts({ id: 's', title: 'T', language: 'de', url: 'javascript:alert(1)', cites: 'Financial Times' }))
      .toEqual({ title: 'T', cites: 'Financial Times' });
    expect(sourceLineParts(undefined)).toEqual({});
  });
});

describe('the language a text is in', () => {
  it('is named in the UI’s language where it is another, and not at all where it is unknown', () => {
    expect(otherLanguageName('de', 'en')).toBe('German');
    expect(otherLanguageName('en-GB', 'de')).toBe('Englisch');
    expect(otherLanguageName('de-AT', 'de')).toBeUndefined();
    expect(otherLanguageName('und', 'en')).toBeUndefined();
    expect(otherLanguageName(undefined, 'en')).toBeUndefined();
    expect(primaryLanguage('zh-CN')).toBe('zh');
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
