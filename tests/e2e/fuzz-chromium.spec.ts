// Property test in real Chromium: random paragraphs (aliases, traps, invisible characters,
// surrogate pairs, random inline markup) are added to a live page; the marks the extension paints
// are exactly the matcher's spans over each paragraph's text, computed here in Node by the very
// same matcher code.
import fc from 'fast-check';
import { test, expect } from './fixtures.ts';
import { startStaticServer, type StaticServer } from './static-server.ts';
import { compileMatcher } from '../../lib/matcher.ts';
import { buildBundledKb } from '../../scripts/seeds.ts';
import { fuzzText } from '../unit/fuzz-text.ts';

const CASES = 300;
const CASES_PER_ROUND = 15;
const matcher = compileMatcher(buildBundledKb().entities);
const pieces = fc.array(fc.tuple(fuzzText, fc.constantFrom('', 'b', 'i', 'span', 'a')), { minLength: 1, maxLength: 5 });

let server: StaticServer;
test.beforeAll(async () => {
  server = await startStaticServer({ routes: { '/fuzz.html': { body: '<!doctype html><html><head><meta charset="utf-8"></head><body><main></main></body></html>' } } });
});
test.afterAll(() => server.stop());

test(`${CASES} random paragraphs added to a live page are marked exactly as the matcher says`, async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(server.url('/fuzz.html'));
  const cases = fc.sample(pieces, { numRuns: CASES, seed: 20261128 });
  for (let round = 0; round * CASES_PER_ROUND < CASES; round++) {
    const batch = cases.slice(round * CASES_PER_ROUND, (round + 1) * CASES_PER_ROUND);
    // One <p> per case, all added at once; the page's MutationObserver path marks them.
    const texts = await page.evaluate((batch) => {
      const ps = batch.map((parts) => {
        const p = document.createElement('p');
        for (const [text, tag] of parts) p.append(tag ? Object.assign(document.createElement(tag), { textContent: text }) : text);
        return p;
      });
      document.querySelector('main')!.replaceChildren(...ps);
      return ps.map((p) => p.textContent ?? '');
    }, batch);
    const expected = texts.map((t) => matcher.scan(t).map((s) => [s.start, s.end]));
    const total = expected.reduce((sum, spans) => sum + spans.length, 0);
    // The painted marks, as offsets in each paragraph's text.
    const painted = () => page.evaluate(() => {
      const paragraphs = [...document.querySelector('main')!.children];
      const out: number[][][] = paragraphs.map(() => []);
      const offset = (p: Element, node: Node, at: number) => {
        const r = document.createRange();
        r.setStart(p, 0);
        r.setEnd(node, at);
        return r.toString().length;
      };
      for (const [name, h] of CSS.highlights) {
        if (!name.startsWith('kb-')) continue;
        for (const range of h as Iterable<AbstractRange>) {
          const i = paragraphs.findIndex((p) => p.contains(range.startContainer));
          if (i >= 0) out[i]!.push([offset(paragraphs[i]!, range.startContainer, range.startOffset), offset(paragraphs[i]!, range.endContainer, range.endOffset)]);
        }
      }
      return out.map((spans) => spans.sort((a, b) => a[0]! - b[0]!));
    });
    const label = `round ${round}: ${JSON.stringify(texts)}`;
    await expect.poll(async () => (await painted()).flat().length, { message: label, timeout: 5_000 }).toBe(total);
    // Give a late batch the chance to add a wrong extra mark before comparing.
    await page.waitForTimeout(300);
    expect(await painted(), label).toEqual(expected);
  }
});
