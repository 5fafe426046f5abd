// One article compiled the way the build compiles the seeds (compileArticle is the code path
// compileKb uses): sentences that name an entity, with exact spans and their section; and the
// reader's article on top of it, with its source, oversize "sentences" left out and any
// language tag a backup may carry.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileArticle } from '../../lib/compile-kb.ts';
import { compileMatcher } from '../../lib/matcher.ts';
import { compileReaderArticle } from '../../lib/reading/compile-reader-article.ts';
import { readerSourceId } from '../../lib/reading/provenance.ts';
import { buildBundledKb, SEEDS_DIR } from '../../scripts/seeds.ts';
import { storedArticle } from '../fixtures/kb/reader-records.ts';
import { smallKb } from '../fixtures/kb/small-kb.ts';

const matcher = compileMatcher(smallKb().entities, { includeUnmarked: true });

describe('compileArticle', () => {
  it('gives each named entity the sentences that name it, with spans and sections', () => {
    const text = 'Chips in 2026\n\nHuawei makes chips. Nobody else is named here.\n\nThe rivals\n\nNVIDIA and Huawei compete; Huawei leads in China.';
    const contexts = compileArticle(matcher, { id: 'story', language: 'en', text });
    expect([...contexts.keys()].sort()).toEqual(['huawei', 'nvidia']);
    expect(contexts.get('huawei')).toEqual([
      { source: 'story', section: 'Chips in 2026', text: 'Huawei makes chips.', spans: [{ start: 0, end: 6 }] },
      { source: 'story', section: 'The rivals', text: 'NVIDIA and Huawei compete; Huawei leads in China.', spans: [{ start: 11, end: 17 }, { start: 27, end: 33 }] },
    ]);
    expect(contexts.get('nvidia')).toEqual([{ source: 'story', section: 'The rivals', text: 'NVIDIA and Huawei compete; Huawei leads in China.', spans: [{ start: 0, end: 6 }] }]);
  });

  it('is the code path of the build: the bundled KB’s contexts are what it gives for the seed article', () => {
    const kb = buildBundledKb();
    const seedMatcher = compileMatcher(kb.entities, { includeUnmarked: true });
    const source = kb.sources[0]!;
    const article = readFileSync(join(SEEDS_DIR, 'articles', `${source.id}.txt`), 'utf8');
    const compiled = compileArticle(seedMatcher, { id: source.id, language: source.language, text: article });
    expect(kb.entities.flatMap((e) => e.contexts).length).toBeGreaterThan(0);
    for (const entity of kb.entities) expect(compiled.get(entity.id) ?? [], entity.id).toEqual(entity.contexts);
  });
});

describe('compileReaderArticle', () => {
  it('reads the title as the first sentence, and names the article as the source', () => {
    const compiled = compileReaderArticle(matcher, storedArticle(1));
    const id = readerSourceId('https://news.example/story-1');
    expect(compiled.source).toMatchObject({ id, title: 'Story 1: Huawei and NVIDIA', origin: 'yours', date: '2026-11-11', publisher: 'News Example' });
    expect(compiled.contexts.get('huawei')!.map((c) => [c.text, c.source])).toEqual([
      ['Story 1: Huawei and NVIDIA', id],
      ['Huawei showed a new Ascend chip on day 1.', id],
      ['Huawei and NVIDIA compete for the same buyers.', id],
    ]);
    // "Ascend" with Huawei in the sentence is the chip.
    expect(compiled.contexts.get('ascend')!.map((c) => c.text)).toEqual(['Huawei showed a new Ascend chip on day 1.']);
  });

  it('leaves out a “sentence” too long to quote, and copes with a language tag that is not one', () => {
    const wall = `Huawei ${'and more words '.repeat(400)}`; // no full stop: one 6,000-character sentence
    const compiled = compileReaderArticle(matcher, storedArticle(2, { language: 'not a tag!', text: `${wall}\n\nHuawei is short here.` }));
    expect(compiled.contexts.get('huawei')!.map((c) => c.text)).toEqual(['Story 2: Huawei and NVIDIA', 'Huawei is short here.']);
  });
});
