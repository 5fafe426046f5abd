// The side panel's timeline: one entry per source, newest first, undated last, each sentence
// once, and what is new since the reader last opened the name.
import { describe, expect, it } from 'vitest';
import type { Context } from '../../lib/kb-schema.ts';
import type { SourceWithOrigin } from '../../lib/reading/provenance.ts';
import { buildTimeline, newEntries } from '../../lib/sidepanel/timeline.ts';

const ctx = (source: string, text: string): Context => ({ source, section: '', text, spans: [{ start: 0, end: 3 }] });
const sources: SourceWithOrigin[] = [
  { id: 'seed', title: 'Seed article', language: 'de', date: '2025-08-14', origin: 'bundled', added: '2026-11-28T00:00:00.000Z' },
  { id: 'cnn', title: 'CNN piece', language: 'en', date: '2019-11-19', origin: 'yours', added: '2026-12-01T10:00:00.000Z' },
  { id: 'undated', title: 'A page without a date', language: 'en', origin: 'yours', added: '2026-12-02T10:00:00.000Z' },
  { id: 'glossary', title: 'Glossary row', language: 'en', origin: 'imported' },
];

describe('the timeline', () => {
  it('groups sentences by source, newest source first, and keeps each article’s order', () => {
    const timeline = buildTimeline({
      contexts: [ctx('cnn', 'CNN one.'), ctx('seed', 'Seed one.'), ctx('cnn', 'CNN two.'), ctx('seed', 'Seed two.')],
      sources,
    });
    expect(timeline.map((e) => [e.source.id, e.day, e.contexts.map((c) => c.text)])).toEqual([
      // The reader's undated page stands for the day it was added.
      ['undated', '2026-12-02', []],
      ['seed', '2025-08-14', ['Seed one.', 'Seed two.']],
      ['cnn', '2019-11-19', ['CNN one.', 'CNN two.']],
      ['glossary', '', []],
    ]);
  });

  it('quotes a sentence once even when the name and its product both have it', () => {
    const timeline = buildTimeline({ contexts: [ctx('seed', 'Same.'), ctx('seed', 'Same.'), ctx('seed', 'Other.')], sources: sources.slice(0, 1) });
    expect(timeline[0]!.contexts.map((c) => c.text)).toEqual(['Same.', 'Other.']);
  });

  it('keeps sentences of a source the KB does not list, under its id', () => {
    const [entry] = buildTimeline({ contexts: [ctx('lost', 'Orphan.')], sources: [] });
    expect(entry).toMatchObject({ source: { id: 'lost', title: 'lost' }, day: '', contexts: [{ text: 'Orphan.' }] });
  });

  it('marks what is new since the reader last opened the name, and what was new when first opened here', () => {
    const details = { contexts: [ctx('cnn', 'CNN one.'), ctx('seed', 'Seed one.')], sources: sources.slice(0, 2), newSince: { sources: ['cnn'] } };
    const timeline = buildTimeline(details);
    expect(timeline.map((e) => [e.source.id, e.isNew])).toEqual([['seed', false], ['cnn', true]]);
    expect(newEntries(timeline)).toBe(1);
    expect(buildTimeline({ ...details, newSince: undefined }, ['seed']).map((e) => e.isNew)).toEqual([true, false]);
  });

  it('is empty for a name with nothing quoted and no source', () => {
    expect(buildTimeline({ contexts: [], sources: [] })).toEqual([]);
  });
});
