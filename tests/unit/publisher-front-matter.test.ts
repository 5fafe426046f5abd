// Front matter and the checks of single metadata values, as a publisher's files give them.
import { describe, expect, it } from 'vitest';
import { readFrontMatter } from '../../lib/publisher/front-matter.ts';
import { isoDate, languageTag, webAddress } from '../../lib/publisher/meta-values.ts';

describe('readFrontMatter', () => {
  it('reads key: value lines with their file lines, quoted or bare, and the body after the block', () => {
    const text = '---\r\ntitle: "Chips: a \\"race\\""\r\n# a comment\r\n\r\nDate: 2026-11-24  # print edition\r\npublisher: \'O\'\'Brien Media\'\r\n---\r\n# Heading\r\n';
    const front = readFrontMatter(text);
    expect(Object.fromEntries([...front.fields].map(([k, v]) => [k, v]))).toEqual({
      title: { value: 'Chips: a "race"', line: 2 },
      date: { value: '2026-11-24', line: 5 },
      publisher: { value: "O'Brien Media", line: 6 },
    });
    expect(front.body).toBe('# Heading\n');
    expect(front.bodyLine).toBe(8);
    expect(front.problems).toEqual([]);
  });

  it('reads a file without front matter whole, and drops a byte order mark', () => {
    const front = readFrontMatter('\ufeffJust text\n\nMore.');
    expect(front.fields.size).toBe(0);
    expect(front.body).toBe('Just text\n\nMore.');
    expect(front.bodyLine).toBe(1);
  });

  it('names a line that is not key: value, a key given twice, and a block that never closes', () => {
    const front = readFrontMatter('---\ntitle: One\n- a list item\ntitle: Two\n---\nBody');
    expect(front.fields.get('title')).toEqual({ value: 'One', line: 2 });
    expect(front.problems).toEqual([
      { line: 3, message: '"- a list item" is not a "key: value" line; it was ignored' },
      { line: 4, message: '"title" is given twice; the first one (line 2) was used' },
    ]);
    const open = readFrontMatter('---\ntitle: One\nBody without end');
    expect(open.problems).toEqual([{ line: 1, message: 'the front matter that starts here has no closing "---" line, so the whole file was read as the article' }]);
    expect(open.fields.size).toBe(0);
    expect(open.body).toBe('title: One\nBody without end');
  });
});

describe('metadata values', () => {
  it('dates: ISO, ISO timestamps as written, German day.month.year; not impossible days or words', () => {
    expect(isoDate('2026-11-24')).toBe('2026-11-24');
    expect(isoDate('2026-11-27T23:30:00-05:00')).toBe('2026-11-27');
    expect(isoDate('4.3.2026')).toBe('2026-03-04');
    expect(isoDate('2026-02-30')).toBeUndefined();
    expect(isoDate('2026-13-01')).toBeUndefined();
    expect(isoDate('yesterday')).toBeUndefined();
    expect(isoDate('11/24/2026')).toBeUndefined();
  });

  it('language tags the platform knows, canonically cased; not names of languages or made-up codes', () => {
    expect(languageTag('de')).toBe('de');
    expect(languageTag('EN')).toBe('en');
    expect(languageTag('de_AT')).toBe('de-AT');
    expect(languageTag('zh-Hant')).toBe('zh-Hant');
    expect(languageTag('english')).toBeUndefined();
    expect(languageTag('xx')).toBeUndefined();
    expect(languageTag('')).toBeUndefined();
  });

  it('web addresses: http and https only', () => {
    expect(webAddress(' https://news.example/a ')).toBe('https://news.example/a');
    expect(webAddress('ftp://news.example/a')).toBeUndefined();
    expect(webAddress('/2026/11/a.html')).toBeUndefined();
  });
});
