// The compact index finds exactly what the matcher found when it compiled its own tables (the
// reference, tests/fixtures/matching/reference-matcher.ts): on the fuzz corpus with the bundled
// KB, in a page's view of it (marked entities only, some switched off, groups given on demand),
// with the reader's names as a second layer, and on the generated 100,000-name KB.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildMatchIndex, buildMatchIndexInSlices } from '../../lib/match-index/build-index.ts';
import { compileMatcher, newProbeCarry } from '../../lib/matcher.ts';
import { withReaderNames } from '../../lib/reading/effective-knowledge.ts';
import { readerNameParts } from '../../lib/reading/reader-entities.ts';
import type { ReaderName } from '../../lib/reading/records.ts';
import { buildBundledKb } from '../../scripts/seeds.ts';
import { compileMatcher as referenceMatcher } from '../fixtures/matching/reference-matcher.ts';
import { readerName } from '../fixtures/kb/reader-records.ts';
import { fuzzText } from './fuzz-text.ts';
import { lazyPageMatcher, pageEntities, scanAsPage, someIds } from './match-index-support.ts';

const kb = buildBundledKb();
const index = buildMatchIndex(kb.entities, { includeUnmarked: true });
const anyText = fc.oneof(fuzzText, fc.string({ unit: 'binary', maxLength: 200 }));
const contextText = fc.option(fuzzText, { nil: undefined });

describe('the index-backed matcher finds what the reference finds', () => {
  const reference = referenceMatcher(kb.entities);
  const unmarkedReference = referenceMatcher(kb.entities, { includeUnmarked: true });
  const matcher = compileMatcher(kb.entities);
  const unmarked = compileMatcher(kb.entities, { includeUnmarked: true });

  it('on the fuzz corpus, with and without a context', () => {
    fc.assert(
      fc.property(anyText, contextText, (text, context) => {
        expect(matcher.scan(text, { context })).toEqual(reference.scan(text, { context }));
        expect(unmarked.scan(text, { context })).toEqual(unmarkedReference.scan(text, { context }));
      }),
      { numRuns: 3000 },
    );
  }, 60_000);

  // What the walk acts on is whether a run of text nodes may hold a name at all; the pre-filter
  // (probe-prefilter.ts) may say so one piece later than the reference (a word carried over an
  // empty piece is only known to have ended at the next one, or at the end). The reference
  // takes any Chinese first character; the index's probe also looks at the character after it,
  // so it may say no where the reference said yes, never where a name stands.
  it('probes alike: the same first words, the same or fewer Chinese starts, and every name', () => {
    fc.assert(
      fc.property(fc.array(anyText, { maxLength: 4 }), (pieces) => {
        const [a, b] = [reference, matcher].map((m) => {
          const carry = newProbeCarry();
          return pieces.map((p) => m.probe(p, carry)).includes(true) || m.probeEnd(carry);
        });
        if (b) expect(a).toBe(true);
        if (a && !b) expect(pieces.join('')).toMatch(/\p{Script=Han}/u);
        if (reference.scan(pieces.join('')).length) expect(b).toBe(true);
      }),
      { numRuns: 2000 },
    );
  }, 60_000);

  it('says no to a Chinese first character without its second, where the reference says yes', () => {
    const [a, b] = [reference, matcher].map((m) => m.probe('海外华人社区', newProbeCarry()));
    expect([a, b]).toEqual([true, false]);
  });

  it('built in slices, pausing in between, it is the same index', async () => {
    let pauses = 0;
    const sliced = await buildMatchIndexInSlices(kb.entities, async () => void pauses++, { includeUnmarked: true }, 0);
    expect(pauses).toBeGreaterThan(3);
    expect(sliced).toEqual(index);
  });
});

describe('a page’s matcher, given alias groups on demand', () => {
  const ids = kb.entities.map((e) => e.id);

  it('finds what the reference finds over the page’s entities, whichever are switched off', async () => {
    await fc.assert(
      fc.asyncProperty(someIds(ids), fc.array(anyText, { minLength: 1, maxLength: 5 }), async (off, texts) => {
        const reference = referenceMatcher(pageEntities(kb.entities, off));
        const { matcher } = lazyPageMatcher([index], { pageOnly: true, off });
        for (const text of texts) expect(await scanAsPage(matcher, text)).toEqual(reference.scan(text));
      }),
      { numRuns: 400 },
    );
  }, 60_000);

  it('asks only for the groups its text needs, once each', async () => {
    const { matcher, requests } = lazyPageMatcher([index], { pageOnly: true });
    expect(matcher.scan('Nothing here at all.')).toEqual([]);
    expect(matcher.missed()).toBe(false);
    matcher.scan('NVIDIA and Huawei');
    expect(matcher.missed()).toBe(true);
    await matcher.fetched();
    expect(requests()).toBe(1);
    expect(matcher.scan('NVIDIA and Huawei').map((s) => s.entity)).toEqual(['nvidia', 'huawei']);
    expect(matcher.missed()).toBe(false);
    expect(requests()).toBe(1);
  });

  it('with the reader’s names as a second layer, finds what the reference finds over the merged KB', async () => {
    const names: ReaderName[] = [
      readerName(),
      readerName({ id: 'yours-nvidia-corp', name: 'NVIDIA Corp', aliases: ['Nvidia', '英伟达公司'] }),
      readerName({ id: 'yours-ascend-money', name: 'Ascend Money', aliases: ['Ascend', 'Huawei Cloud'] }),
    ];
    const merged = withReaderNames({ kb, origin: { kind: 'bundled' }, savedAt: '2026-01-01T00:00:00.000Z' }, names).kb;
    const overlay = buildMatchIndex(names.map((n) => readerNameParts(n).entity), { includeUnmarked: true });
    await fc.assert(
      fc.asyncProperty(someIds(merged.entities.map((e) => e.id)), anyText, async (off, text) => {
        const reference = referenceMatcher(pageEntities(merged.entities, off));
        const { matcher } = lazyPageMatcher([index, overlay], { pageOnly: true, off });
        expect(await scanAsPage(matcher, text)).toEqual(reference.scan(text));
      }),
      { numRuns: 600 },
    );
  }, 60_000);
});
