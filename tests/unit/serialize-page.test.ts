// @vitest-environment happy-dom
// The page's HTML for "Add this article", serialised in slices: what an article needs and
// nothing else (no scripts or styles; JSON-LD kept), big subtrees opened up so no single call
// is long, and a page over the limit stopped, not serialised whole.
import { beforeEach, describe, expect, it } from 'vitest';
import { serializePage, startTag } from '../../lib/page/serialize-page.ts';

const signal = () => new AbortController().signal;
const html = (page: { chunks: string[] }) => page.chunks.join('');

beforeEach(() => {
  document.head.innerHTML = '<title>Chips &amp; more</title><style>p { color: red }</style><script>window.secret = 1</script><script type="application/ld+json">{"datePublished":"2026-11-24"}</script><link rel="canonical" href="https://news.example/a">';
  document.body.innerHTML = '<article lang="en"><h1 class="t">Huawei &lt;chips&gt;</h1><p>One&nbsp;“two” &amp; three.</p><svg><text>not text</text></svg><noscript>Enable JS</noscript><template><p>later</p></template></article>';
});

describe('serializePage', () => {
  it('keeps the text and metadata, leaves out scripts, styles, SVG, noscript and templates', async () => {
    const page = await serializePage(document, { maxChars: 1_000_000, chunkChars: 1_000_000, signal: signal() });
    expect(page.tooLarge).toBe(false);
    expect(html(page)).toContain('<title>Chips &amp; more</title>');
    expect(html(page)).toContain('<script type="application/ld+json">{"datePublished":"2026-11-24"}</script>');
    expect(html(page)).toContain('<link rel="canonical" href="https://news.example/a">');
    expect(html(page)).toContain('<h1 class="t">Huawei &lt;chips&gt;</h1>');
    expect(html(page)).not.toMatch(/secret|color: red|not text|Enable JS|later/);
  });

  it('opens up subtrees bigger than the small-subtree limit and writes the same markup', async () => {
    const items = Array.from({ length: 50 }, (_, i) => `<li data-i="${i}">Item ${i} &amp; “more”</li>`).join('');
    document.body.innerHTML = `<main><ul id="list">${items}</ul><p>Tail&nbsp;text</p></main>`;
    const whole = await serializePage(document, { maxChars: 1_000_000, chunkChars: 1_000_000, signal: signal() });
    const split = await serializePage(document, { maxChars: 1_000_000, chunkChars: 100, signal: signal(), smallSubtree: 2 });
    expect(html(split)).toBe(html(whole));
    // Cut into pieces of 100 characters, the last one shorter.
    expect(split.chunks.slice(0, -1).every((c) => c.length === 100)).toBe(true);
    expect(split.chunks.at(-1)!.length).toBeLessThanOrEqual(100);
    const parsed = new DOMParser().parseFromString(html(split), 'text/html');
    expect(parsed.querySelectorAll('li')).toHaveLength(50);
    expect(parsed.querySelector('li[data-i="7"]')!.textContent).toBe('Item 7 & “more”');
    expect(parsed.querySelector('main > p')!.textContent).toBe('Tail\u00a0text');
  });

  it('yields to the page between slices of a long job', async () => {
    document.body.innerHTML = `<main>${'<p>Words and more words.</p>'.repeat(3000)}</main>`;
    const page = await serializePage(document, { maxChars: 10_000_000, chunkChars: 4096, signal: signal(), smallSubtree: 1, budgetMs: 0.05 });
    expect(page.stats.slices).toBeGreaterThan(1);
    expect(html(page).match(/<p>/g)).toHaveLength(3000);
  });

  it('stops at the limit: a page over it is too large and nothing is returned', async () => {
    document.body.innerHTML = `<main>${'<p>Words and more words.</p>'.repeat(3000)}</main>`;
    const page = await serializePage(document, { maxChars: 10_000, chunkChars: 4096, signal: signal(), smallSubtree: 10 });
    expect(page.tooLarge).toBe(true);
    expect(page.chunks).toEqual([]);
    expect(page.chars).toBeLessThan(12_000);
  });

  it('a huge text node is not even escaped', async () => {
    document.body.innerHTML = '<main><pre></pre></main>';
    document.querySelector('pre')!.textContent = 'x'.repeat(50_000);
    const page = await serializePage(document, { maxChars: 10_000, chunkChars: 4096, signal: signal(), smallSubtree: 0 });
    expect(page.tooLarge).toBe(true);
  });

  it('a start tag escapes its attribute values', () => {
    const a = document.createElement('a');
    a.setAttribute('title', 'Say "hi" & go');
    expect(startTag(a)).toBe('<a title="Say &quot;hi&quot; &amp; go">');
  });
});
