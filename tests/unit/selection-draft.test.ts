// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://news.example/story"}
// What a selection gives the name form: its text (bounded, a line break where it crosses into
// another paragraph), the sentence it stands in, and the page it is on.
import { beforeEach, describe, expect, it } from 'vitest';
import { boundedRangeText, readSelectionDraft } from '../../lib/reading/selection-draft.ts';

function select(node: Node, start: number, endNode: Node, end: number): Range {
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(endNode, end);
  getSelection()!.removeAllRanges();
  getSelection()!.addRange(range);
  return range;
}

beforeEach(() => {
  document.documentElement.lang = 'en';
  document.head.innerHTML = '<title>Chips | News Example</title><meta property="og:title" content="Chips and people"><meta property="article:published_time" content="2026-11-24T08:00:00Z">';
  document.body.innerHTML = '<article><p id="a">The market moved. Jensen <b>Huang</b> told investors that NVIDIA would ship more. Others disagreed.</p><p id="b">A second paragraph.</p></article>';
});

describe('the selection', () => {
  it('a name across an inline element: its text, its sentence, the page’s title and date', () => {
    const p = document.getElementById('a')!;
    select(p.firstChild!, 'The market moved. '.length, p.querySelector('b')!.firstChild!, 5);
    expect(readSelectionDraft(window)).toEqual({
      text: 'Jensen Huang',
      cut: false,
      sentence: 'Jensen Huang told investors that NVIDIA would ship more.',
      url: 'https://news.example/story',
      title: 'Chips and people',
      date: '2026-11-24',
    });
  });

  it('across two paragraphs: a line break between them, and no sentence', () => {
    const a = document.getElementById('a')!;
    const b = document.getElementById('b')!;
    select(a.lastChild!, ' told investors that NVIDIA would ship more. '.length, b.firstChild!, 8);
    const draft = readSelectionDraft(window)!;
    expect(draft.text).toBe('Others disagreed.\nA second');
    expect(draft.sentence).toBeUndefined();
  });

  it('nothing selected: no draft', () => {
    getSelection()!.removeAllRanges();
    expect(readSelectionDraft(window)).toBeNull();
  });

  it('a huge selection is read only so far', () => {
    document.body.innerHTML = `<div id="big">${'<p>Some words in a paragraph.</p>'.repeat(400)}</div>`;
    const range = document.createRange();
    range.selectNodeContents(document.getElementById('big')!);
    const { text, cut } = boundedRangeText(range, 5000);
    expect(cut).toBe(true);
    expect(text).toHaveLength(5000);
  });
});
