// @vitest-environment happy-dom
// Property: on any tree of paragraphs with inline markup, the marks painted are exactly the
// matcher's spans over each paragraph's text, and nothing throws.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../lib/matcher.ts';
import { MarkStore } from '../../lib/page/mark-store.ts';
import { PageAnnotator } from '../../lib/page/page-annotator.ts';
import { buildBundledKb } from '../../scripts/seeds.ts';
import { installHighlightPolyfill } from './highlight-polyfill.ts';
import { fuzzText } from './fuzz-text.ts';

installHighlightPolyfill();
const matcher = compileMatcher(buildBundledKb().entities);

/** A paragraph's text cut into pieces, each wrapped in a random inline element or left bare. */
const paragraph = fc.array(fc.tuple(fuzzText, fc.constantFrom('', 'b', 'i', 'span', 'a', 'em')), { minLength: 1, maxLength: 6 });

function build(paragraphs: [string, string][][]): HTMLElement[] {
  document.body.replaceChildren();
  return paragraphs.map((pieces) => {
    const p = document.createElement('p');
    for (const [text, tag] of pieces) {
      if (!tag) p.append(text);
      else {
        const el = document.createElement(tag);
        el.append(text);
        p.append(el);
      }
    }
    document.body.append(p);
    return p;
  });
}

/** Offset of a boundary point within a paragraph's text. */
function offsetIn(p: HTMLElement, node: Node, offset: number): number {
  const range = document.createRange();
  range.setStart(p, 0);
  range.setEnd(node, offset);
  return range.toString().length;
}

describe('fuzz: painted marks equal the matcher\'s spans', () => {
  it('holds for random paragraphs with aliases, traps, invisible characters and surrogate pairs', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(paragraph, { minLength: 1, maxLength: 4 }), async (paragraphs) => {
        const ps = build(paragraphs);
        const store = new MarkStore();
        const annotator = new PageAnnotator(matcher, store, document);
        await annotator.annotate();
        annotator.stop();
        const painted = ps.map((p) =>
          store.marks()
            .filter((m) => p.contains(m.range.startContainer))
            .map((m) => ({ start: offsetIn(p, m.range.startContainer, m.range.startOffset), end: offsetIn(p, m.range.endContainer, m.range.endOffset), entity: m.entity })),
        );
        const expected = ps.map((p) => matcher.scan(p.textContent ?? '').map(({ start, end, entity }) => ({ start, end, entity })));
        store.dispose();
        expect(painted).toEqual(expected);
      }),
      { numRuns: 1500 },
    );
  }, 120_000);
});
