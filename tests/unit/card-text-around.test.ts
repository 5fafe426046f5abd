// @vitest-environment happy-dom
// The text around a mark that the quote is chosen from: its block, but never more than
// `reach` characters on either side, however big the block.
import { afterEach, describe, expect, it } from 'vitest';
import { textAround } from '../../lib/card/text-around.ts';

afterEach(() => {
  document.body.innerHTML = '';
});

/** A range over the first occurrence of `word` in `node`'s text nodes. */
function rangeOf(root: Node, word: string): Range {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = (node as Text).data.indexOf(word);
    if (at === -1) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + word.length);
    return range;
  }
  throw new Error(`no "${word}"`);
}

describe('textAround', () => {
  it('is the text of the mark’s block, across inline elements, and nothing beyond it', () => {
    document.body.innerHTML = '<p>Before.</p><p id="p">DeepSeek trains on <b>NVIDIA</b> chips, <i>not Huawei</i>.</p><p>After.</p>';
    const p = document.getElementById('p')!;
    expect(textAround(rangeOf(p, 'NVIDIA'))).toBe('DeepSeek trains on NVIDIA chips, not Huawei.');
    expect(textAround(rangeOf(p, 'Huawei'))).toBe('DeepSeek trains on NVIDIA chips, not Huawei.');
    expect(textAround(rangeOf(p, 'DeepSeek'))).toBe('DeepSeek trains on NVIDIA chips, not Huawei.');
  });

  it('reads blocks as the page scanner does: a mark in a <nav> or a <summary> stops there', () => {
    document.body.innerHTML = '<div><nav id="n">Huawei menu</nav><details><summary id="s">NVIDIA chips</summary>More.</details></div>';
    expect(textAround(rangeOf(document.getElementById('n')!, 'Huawei'))).toBe('Huawei menu');
    expect(textAround(rangeOf(document.getElementById('s')!, 'NVIDIA'))).toBe('NVIDIA chips');
  });

  it('takes at most `reach` characters on each side of the mark', () => {
    document.body.innerHTML = `<div id="d">${'a'.repeat(50)} NVIDIA ${'b'.repeat(50)}</div>`;
    const range = rangeOf(document.getElementById('d')!, 'NVIDIA');
    expect(textAround(range, 10)).toBe(`${'a'.repeat(9)} NVIDIA ${'b'.repeat(9)}`);
  });

  it('counts the reach across text nodes', () => {
    document.body.innerHTML = '<p id="p"><span>one two </span><span>three </span>NVIDIA<span> four</span><span> five six</span></p>';
    const range = rangeOf(document.getElementById('p')!, 'NVIDIA');
    expect(textAround(range, 8)).toBe('o three NVIDIA four fi');
  });

  it('stays bounded in a page that is one huge block', () => {
    const filler = 'Lorem ipsum dolor sit amet. '.repeat(20_000); // 560,000 characters
    document.body.innerHTML = `<div id="d">${filler}Huawei makes the Ascend 910C. ${filler}</div>`;
    const text = textAround(rangeOf(document.getElementById('d')!, 'Ascend 910C'));
    expect(text.length).toBeLessThanOrEqual(2 * 5_000 + 'Ascend 910C'.length);
    expect(text).toContain('Huawei makes the Ascend 910C.');
  });

  it('is empty for a range outside any element', () => {
    const range = document.createRange();
    range.setStart(document.createTextNode('NVIDIA'), 0);
    expect(textAround(range)).toBe('');
  });
});
