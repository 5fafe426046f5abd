// The effective knowledge: the reader's names become marked entities (quoting the sentence they
// were added from), the reader's articles become contexts with full provenance, names that share
// a sentence are "mentioned together" (counted per article), and an entity's details come from
// every source, newest first, with what is new since the reader last opened it.
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../lib/matcher.ts';
import { buildMatchIndex } from '../../lib/match-index/build-index.ts';
import { readerNameParts } from '../../lib/reading/reader-entities.ts';
import { compileReaderArticle } from '../../lib/reading/compile-reader-article.ts';
import { detailsAcrossSources } from '../../lib/reading/details-across-sources.ts';
import { withReaderArticles, withReaderNames, type ActiveKb } from '../../lib/reading/effective-knowledge.ts';
import { readerSourceId } from '../../lib/reading/provenance.ts';
import type { ReaderArticle } from '../../lib/reading/records.ts';
import { readerName, storedArticle } from '../fixtures/kb/reader-records.ts';
import { smallKb } from '../fixtures/kb/small-kb.ts';
import { lazyPageMatcher, scanAsPage } from './match-index-support.ts';

const active: ActiveKb = { kb: smallKb(2), origin: { kind: 'url', url: 'https://kb.example.org/kb.json' }, savedAt: '2026-11-01T08:00:00.000Z' };

function effective(articles: ReaderArticle[], names = [readerName()]) {
  const base = withReaderNames(active, names);
  const matcher = compileMatcher(base.kb.entities, { includeUnmarked: true });
  return withReaderArticles(base, articles.map((a) => compileReaderArticle(matcher, a)));
}

describe('the reader’s names', () => {
  it('are marked on pages, under the name and every spelling', async () => {
    const { kb } = withReaderNames(active, [readerName()]);
    const cambricon = kb.entities.find((e) => e.id === 'yours-cambricon')!;
    expect(cambricon.aliases.map((a) => [a.text, a.case])).toEqual([['Cambricon', 'capitalized'], ['寒武纪', 'any']]);
    // A page's matcher: the KB's index with the reader's names as a second layer, groups on demand.
    const overlay = buildMatchIndex([readerNameParts(readerName()).entity], { includeUnmarked: true });
    const { matcher } = lazyPageMatcher([buildMatchIndex(active.kb.entities, { includeUnmarked: true }), overlay], { pageOnly: true });
    expect((await scanAsPage(matcher, 'Cambricon and 寒武纪, not cambricon.')).map((s) => s.entity)).toEqual(['yours-cambricon', 'yours-cambricon']);
  });

  it('quote the sentence they were added from, with its page as a source of the reader’s', () => {
    const knowledge = withReaderNames(active, [readerName()]);
    const entity = knowledge.kb.entities.find((e) => e.id === 'yours-cambricon')!;
    expect(entity.contexts).toEqual([
      { source: readerSourceId('https://news.example/story-1'), section: 'Story 1', text: 'Cambricon also sells AI chips to Chinese clouds.', spans: [{ start: 0, end: 9 }] },
    ]);
    expect(entity.description).toEqual({ en: 'Chinese AI chip designer.', de: 'Chinese AI chip designer.' });
    expect(knowledge.provenance.get(readerSourceId('https://news.example/story-1'))).toEqual({ origin: 'yours', added: '2026-11-28T11:00:00.000Z' });
    expect(knowledge.kb.relations).toContainEqual({ from: 'yours-cambricon', type: 'competes-with', to: 'huawei', source: readerSourceId('https://news.example/story-1') });
    const details = detailsAcrossSources(effective([]), 'yours-cambricon')!;
    expect(details.addedFrom).toEqual(readerName().from);
    expect(details.relations).toEqual([{ type: 'competes-with', direction: 'out', other: { id: 'huawei', name: 'Huawei' } }]);
  });

  it('a relation to a name that is gone is dropped; a KB entity with the same id wins', () => {
    const gone = withReaderNames(active, [readerName({ relation: { type: 'part-of', to: 'biren' } })]);
    expect(gone.kb.relations.filter((r) => r.from === 'yours-cambricon')).toEqual([]);
    const kb = smallKb(2);
    kb.entities[0] = { ...kb.entities[0]!, id: 'yours-cambricon' };
    const clash = withReaderNames({ ...active, kb }, [readerName()]);
    expect(clash.kb.entities.filter((e) => e.id === 'yours-cambricon').map((e) => e.name)).toEqual(['Huawei']);
  });

  it('leave the KB itself unchanged', () => {
    const kb = smallKb(2);
    const copy = structuredClone(kb);
    effective([storedArticle(1)]);
    withReaderArticles(withReaderNames({ ...active, kb }, [readerName()]), []);
    expect(kb).toEqual(copy);
  });
});

describe('the reader’s articles', () => {
  it('give the names they mention contexts with full provenance', () => {
    const knowledge = effective([storedArticle(1, { byline: 'A. Writer' })]);
    const id = readerSourceId('https://news.example/story-1');
    const huawei = knowledge.kb.entities.find((e) => e.id === 'huawei')!;
    expect(huawei.contexts.filter((c) => c.source === id).map((c) => c.text)).toEqual([
      'Story 1: Huawei and NVIDIA',
      'Huawei showed a new Ascend chip on day 1.',
      'Huawei and NVIDIA compete for the same buyers.',
    ]);
    expect(knowledge.kb.sources.find((s) => s.id === id)).toEqual({
      id, title: 'Story 1: Huawei and NVIDIA', language: 'en', url: 'https://news.example/story-1', publisher: 'News Example', date: '2026-11-11',
    });
    expect(knowledge.provenance.get(id)).toEqual({ origin: 'yours', added: '2026-11-28T10:00:00.000Z', byline: 'A. Writer', pageUrl: 'https://news.example/story-1?utm=feed' });
  });

  it('the KB’s own sources say where they came from', () => {
    const details = detailsAcrossSources(effective([]), 'huawei')!;
    expect(details.sources).toEqual([expect.objectContaining({ id: 'article-1', origin: 'synced', added: '2026-11-01T08:00:00.000Z' })]);
  });
});

describe('mentioned together', () => {
  it('counts the articles in which two names share a sentence, apart from the curated relations', () => {
    const together = (n: number) => storedArticle(n, { text: `Cambricon and Huawei both sell chips (${n}).` });
    const apart = storedArticle(4, { text: 'Cambricon sells chips.\n\nHuawei does too.' });
    const knowledge = effective([together(1), together(2), together(3), apart]);
    const details = detailsAcrossSources(knowledge, 'yours-cambricon')!;
    expect(details.inferred?.find((r) => r.other.id === 'huawei')).toMatchObject({ other: { id: 'huawei', name: 'Huawei' }, articles: 3 });
    // The curated relations are what they were.
    expect(details.relations).toHaveLength(1);
    expect(detailsAcrossSources(knowledge, 'huawei')!.inferred?.find((r) => r.other.id === 'yours-cambricon')?.articles).toBe(3);
  });

  it('not between a name and its own family (a product and its maker line)', () => {
    const knowledge = effective([storedArticle(1, { text: 'Huawei Ascend chips and NVIDIA chips.' })]);
    // Ascend's parent is Huawei: that pair is known, not inferred; NVIDIA is.
    expect(detailsAcrossSources(knowledge, 'ascend')!.inferred?.map((r) => r.other.id)).toEqual(['nvidia']);
  });
});

describe('details across all sources', () => {
  it('newest first, the undated last, one article’s sentences in its own order', () => {
    const knowledge = effective([storedArticle(1), storedArticle(5, { published: undefined, updated: '2026-11-30T09:00:00.000Z', added: '2026-11-30T09:00:00.000Z' })]);
    const details = detailsAcrossSources(knowledge, 'huawei')!;
    const days = details.contexts.map((c) => details.sources.find((s) => s.id === c.source)!.date ?? details.sources.find((s) => s.id === c.source)!.added?.slice(0, 10) ?? 'undated');
    // Story 5 has no date: the day it was added stands in for it. The KB's article is dated 2026-10-30.
    // Each source: Huawei's sentences (title first), then those of its product Ascend.
    expect(days).toEqual([...Array(4).fill('2026-11-30'), ...Array(4).fill('2026-11-11'), '2026-10-30', '2026-10-30']);
    expect(details.contexts.slice(0, 4).map((c) => c.text)).toEqual([
      'Story 5: Huawei and NVIDIA',
      'Huawei showed a new Ascend chip on day 5.',
      'Huawei and NVIDIA compete for the same buyers.',
      'Huawei showed a new Ascend chip on day 5.',
    ]);
  });

  it('what arrived since the reader last opened the name', () => {
    const knowledge = effective([storedArticle(1, { added: '2026-11-20T10:00:00.000Z' }), storedArticle(2, { added: '2026-11-29T10:00:00.000Z' })]);
    expect(detailsAcrossSources(knowledge, 'huawei')!.newSince).toBeUndefined();
    const details = detailsAcrossSources(knowledge, 'huawei', '', '2026-11-25T00:00:00.000Z')!;
    // Story 2's title and two sentences name Huawei, one names its Ascend.
    expect(details.newSince).toEqual({ lastOpened: '2026-11-25T00:00:00.000Z', sources: [readerSourceId('https://news.example/story-2')], contexts: 4 });
  });
});
