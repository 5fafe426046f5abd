// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { compileMatcher } from '../../lib/matcher.ts';
import { MarkStore } from '../../lib/page/mark-store.ts';
import { PageAnnotator } from '../../lib/page/page-annotator.ts';
import { CpuBudget } from '../../lib/page/cpu-budget.ts';
import { buildBundledKb } from '../../scripts/seeds.ts';
import { installHighlightPolyfill, markedTexts } from './highlight-polyfill.ts';

installHighlightPolyfill();
const matcher = compileMatcher(buildBundledKb().entities);
// Re-marking runs 50 ms after a change, and at most every 250 ms (page-annotator.ts).
const settle = () => new Promise((r) => setTimeout(r, 400));

async function annotate(html: string) {
  document.body.innerHTML = html;
  const store = new MarkStore();
  const annotator = new PageAnnotator(matcher, store, document);
  await annotator.annotate();
  return { store, annotator };
}

describe('PageAnnotator', () => {
  beforeEach(() => {
    (CSS as unknown as { highlights: Map<string, unknown> }).highlights.clear();
  });

  it('marks mentions across inline markup, judging "Ascend" by its paragraph', async () => {
    const { store, annotator } = await annotate(
      '<p>NVI<b>DIA</b> and <a href="#">Huawei</a> Ascend chips.</p><p>They ascend. Ascend is a club.</p>',
    );
    expect(markedTexts().sort()).toEqual(['Ascend', 'Huawei', 'NVIDIA']);
    expect(store.marks().map((m) => m.entity)).toEqual(['nvidia', 'huawei', 'ascend']);
    annotator.stop();
  });

  it('skips form fields, editable regions, code and hidden elements', async () => {
    const { annotator } = await annotate(
      '<input value="NVIDIA"><textarea>NVIDIA</textarea><div contenteditable="true">Huawei</div>' +
      '<div contenteditable="false">CUDA ok</div><pre>CUDA</pre><code>CUDA</code><script>var x = "NVIDIA"</script>' +
      '<div hidden>DeepSeek</div><div class="cm-editor">DeepSeek</div><div role="textbox">DeepSeek</div>' +
      '<div data-kb-annotations-ui>NVIDIA</div><p>DeepSeek</p>',
    );
    expect(markedTexts().sort()).toEqual(['CUDA', 'DeepSeek']);
    annotator.stop();
  });

  it('never marks the card’s own shadow root, also when re-marking after the card has opened', async () => {
    const { store, annotator } = await annotate('<p>DeepSeek</p>');
    // The card's host arrives after the first pass, with a name in its text (a notice, the card).
    const host = document.createElement('kb-annotations-card');
    host.setAttribute('data-kb-annotations-ui', '');
    host.attachShadow({ mode: 'open' }).innerHTML = '<p>NVIDIA is no longer marked on news.example.</p>';
    document.documentElement.append(host);
    await annotator.reset(matcher);
    await settle(); // the idle-time search for shadow roots runs after the pass
    expect(markedTexts()).toEqual(['DeepSeek']);
    expect(store.marks()).toHaveLength(1);
    annotator.stop();
    host.remove();
  });

  it('never marks script, style or code text, and does not even probe a huge script, and still marks the prose around it', async () => {
    const probed: string[] = [];
    const spy = { ...matcher, probe: (text: string, carry: Parameters<typeof matcher.probe>[1]) => (probed.push(text), matcher.probe(text, carry)) };
    const json = `{"items": [${Array.from({ length: 200 }, (_, i) => `"NVIDIA ${i}"`).join(',')}]}`;
    const hugeJson = `{"items": [${Array.from({ length: 4000 }, (_, i) => `"NVIDIA ${i}"`).join(',')}]}`;
    document.body.innerHTML = `<p>Huawei said</p><script type="application/json">${json}</script><style>.x{}${' '.repeat(400)}</style>` +
      `<script type="application/json">${hugeJson}</script><pre>${'CUDA '.repeat(100)}</pre><p>${'long prose about DeepSeek '.repeat(20)}</p>`;
    const annotator = new PageAnnotator(spy, new MarkStore(), document);
    await annotator.annotate();
    expect(probed.some((t) => t.length > 32768)).toBe(false);
    expect(probed.some((t) => t.startsWith('long prose'))).toBe(true);
    expect(new Set(markedTexts())).toEqual(new Set(['Huawei', 'DeepSeek']));
    annotator.stop();
  });

  it('finds open shadow roots on every kind of element that can hold one, nested ones too', async () => {
    document.body.innerHTML = '<div id="d"></div><p><span id="s"></span></p><news-box id="n"></news-box><section id="sec"></section>';
    document.getElementById('d')!.attachShadow({ mode: 'open' }).innerHTML = '<p>NVIDIA in a div</p>';
    document.getElementById('s')!.attachShadow({ mode: 'open' }).innerHTML = '<b>Huawei in a span</b>';
    const inner = document.createElement('div');
    inner.attachShadow({ mode: 'open' }).innerHTML = '<p>DeepSeek two levels down</p>';
    const custom = document.getElementById('n')!.attachShadow({ mode: 'open' });
    custom.innerHTML = '<p>CUDA in a custom element</p>';
    custom.append(inner);
    const store = new MarkStore();
    const annotator = new PageAnnotator(matcher, store, document);
    await annotator.annotate();
    await settle(); // the search for shadow roots waits for idle time
    expect(store.marks().map((m) => m.entity).sort()).toEqual(['cuda', 'deepseek', 'huawei', 'nvidia']);
    annotator.stop();
  });

  it('keeps text on both sides of a <br> or a nested block apart, and judges it by the whole block', async () => {
    const { store, annotator } = await annotate(
      '<div>NVIDIA<br>Huawei</div><div>CUDA<p>inner</p>DeepSeek</div><p>Text about NVIDIA<br>more text</p>' +
      '<p>Huawei\'s chip line:<br>Ascend is its name.</p><div>They ascend<br>the hill.</div>',
    );
    expect(markedTexts().sort()).toEqual(['Ascend', 'CUDA', 'DeepSeek', 'Huawei', 'Huawei', 'NVIDIA', 'NVIDIA']);
    expect(store.marks().map((m) => m.entity)).toEqual(['nvidia', 'huawei', 'cuda', 'deepseek', 'nvidia', 'huawei', 'ascend']);
    annotator.stop();
  });

  it('re-marks only what changed: added, edited and removed text', async () => {
    const { annotator } = await annotate('<main><p id="a">NVIDIA</p><p id="b">nothing</p></main>');
    const b = document.getElementById('b')!;
    b.firstChild!.nodeValue = 'now Huawei';
    const added = document.createElement('p');
    added.textContent = 'and DeepSeek';
    document.querySelector('main')!.append(added);
    await settle();
    expect(markedTexts().sort()).toEqual(['DeepSeek', 'Huawei', 'NVIDIA']);
    document.getElementById('a')!.remove();
    b.firstChild!.nodeValue = 'gone';
    await settle();
    expect(markedTexts()).toEqual(['DeepSeek']);
    annotator.stop();
  });

  it('marks text added inside an inline element without doubling the block\'s marks', async () => {
    const { annotator } = await annotate('<p id="p">CUDA and <span id="s"></span></p>');
    document.getElementById('s')!.append('NVIDIA', document.createElement('b'));
    await settle();
    expect(markedTexts().sort()).toEqual(['CUDA', 'NVIDIA']);
    annotator.stop();
  });

  it('removes every mark when disposed, leaving a newer owner of the name alone', async () => {
    const { store, annotator } = await annotate('<p>NVIDIA</p>');
    annotator.stop();
    store.dispose();
    expect(markedTexts()).toEqual([]);
    expect((CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('kb-mark')).toBe(false);
  });
});

describe('CpuBudget', () => {
  it('lets work run until the per-second budget is spent, then waits for the next second', () => {
    let now = 0;
    const budget = new CpuBudget(100, () => now);
    expect(budget.waitMs()).toBe(0);
    budget.charge(60);
    expect(budget.waitMs()).toBe(0);
    budget.charge(50);
    now = 400;
    expect(budget.waitMs()).toBe(600);
    now = 1000;
    expect(budget.waitMs()).toBe(0);
  });
});
