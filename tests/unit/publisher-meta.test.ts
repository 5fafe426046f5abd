// An article's metadata settled from every place that offers it: the first good value wins,
// a bad one is named with its file and line, and each field fails or is trimmed as documented.
import { describe, expect, it } from 'vitest';
import { formatMetaProblem, settleMeta, type MetaCandidates } from '../../lib/publisher/article-meta.ts';

const file = 'news/a.md';
const base: MetaCandidates = {
  id: [{ value: 'a', file, from: 'the file name' }],
  title: [{ value: 'Chips', file, line: 2 }],
  language: [{ value: 'en', file, line: 3 }],
  date: [{ value: '2026-11-24', file, line: 4 }],
};

function messages(candidates: MetaCandidates): string[] {
  return settleMeta(file, candidates).problems.map(formatMetaProblem);
}

describe('settleMeta', () => {
  it('makes the source entry from good values, with whitespace folded', () => {
    const { meta, problems } = settleMeta(file, { ...base, title: [{ value: '  Chips\n and  models ', file }], url: [{ value: 'https://news.example/a', file }] });
    expect(meta).toEqual({ id: 'a', title: 'Chips and models', language: 'en', date: '2026-11-24', url: 'https://news.example/a' });
    expect(problems).toEqual([]);
  });

  it('takes the next place that gives a good value, and says which value was wrong where', () => {
    const { meta, problems } = settleMeta(file, {
      ...base,
      date: [{ value: '2026-13-45', file: 'news/a.json', line: 5 }, { value: '2026-11-27T08:30:00+08:00', file, line: 7, from: 'article:published_time' }],
    });
    expect(meta?.date).toBe('2026-11-27');
    expect(problems.map(formatMetaProblem)).toEqual([
      'news/a.json:5: date "2026-13-45" is not a date like 2025-08-14 (or 14.08.2025); "2026-11-27" from article:published_time is used',
    ]);
  });

  it('a bad date or URL is dropped with a warning; the article is kept', () => {
    const { meta, problems } = settleMeta(file, { ...base, date: [{ value: 'last Tuesday', file, line: 4 }], url: [{ value: 'news.example/a', file, line: 5 }] });
    expect(meta).toEqual({ id: 'a', title: 'Chips', language: 'en' });
    expect(problems.map(formatMetaProblem)).toEqual([
      'news/a.md:5: url "news.example/a" is not an http or https address; the article is kept without a link',
      'news/a.md:4: date "last Tuesday" is not a date like 2025-08-14 (or 14.08.2025); the article is kept without a date',
    ]);
  });

  it('no date at all is a warning, not an error', () => {
    const { meta, problems } = settleMeta(file, { ...base, date: [] });
    expect(meta?.date).toBeUndefined();
    expect(problems.map(formatMetaProblem)).toEqual(['news/a.md: has no date; the card shows it without one']);
  });

  it('no title, or an unknown language, fails the article', () => {
    expect(settleMeta(file, { ...base, title: [] }).meta).toBeUndefined();
    expect(messages({ ...base, title: [{ value: '   ', file, line: 2 }] })).toEqual([
      'news/a.md: error: has no title: give it one ("title: …" in the front matter, or "title" in its .json file)',
    ]);
    expect(settleMeta(file, { ...base, language: [{ value: 'english', file, line: 3 }] }).meta).toBeUndefined();
    expect(messages({ ...base, language: [{ value: 'english', file, line: 3 }] })).toEqual([
      'news/a.md:3: error: language "english" is not a language tag like "en", "de" or "de-AT"',
    ]);
    expect(messages({ ...base, language: [] })[0]).toMatch(/^news\/a.md: error: has no language: give it one .*how its sentences are split$/);
  });

  it('a title from the first line is used with a warning; an overlong title or publisher is cut', () => {
    const firstLine = settleMeta(file, { ...base, title: [{ value: 'Chips, first line', file, line: 1, from: 'the first line' }] });
    expect(firstLine.meta?.title).toBe('Chips, first line');
    expect(firstLine.problems.map(formatMetaProblem)).toEqual(['news/a.md:1: has no title in its metadata; its first line, "Chips, first line", is used as the title']);
    const long = settleMeta(file, { ...base, title: [{ value: 'x'.repeat(600), file, line: 2 }], publisher: [{ value: 'p'.repeat(300), file, line: 6 }] });
    expect(long.meta?.title).toHaveLength(500);
    expect(long.meta?.title.endsWith('…')).toBe(true);
    expect(long.meta?.publisher).toHaveLength(200);
    expect(long.problems.map(formatMetaProblem)).toEqual([
      'news/a.md:2: title is longer than 500 characters and was cut',
      'news/a.md:6: publisher is longer than 200 characters and was cut',
    ]);
  });
});
