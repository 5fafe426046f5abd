// `npm run scan FILE.html` reads paragraphs by the page scanner's rules (lib/page/scan-scope.ts).
import { describe, expect, it } from 'vitest';
import { htmlToParagraphs } from '../../scripts/html-to-text.ts';

describe('htmlToParagraphs', () => {
  it('drops what the page scanner skips, buttons and keyboard keys included', () => {
    expect(htmlToParagraphs('<p>NVIDIA <button>Huawei</button> and <kbd>CUDA</kbd> and <code>x</code> chips</p>')).toEqual(['NVIDIA and and chips']);
  });

  it('ends a paragraph at every element the page scanner counts as a block', () => {
    expect(htmlToParagraphs('<nav>Huawei</nav><details><summary>NVIDIA</summary>CUDA</details><span>DeepSeek</span>')).toEqual(['Huawei', 'NVIDIA', 'CUDA', 'DeepSeek']);
  });

  it('keeps the text after an input, which has no end tag', () => {
    expect(htmlToParagraphs('<p>Search <input name="q"> NVIDIA</p><p>Huawei</p>')).toEqual(['Search NVIDIA', 'Huawei']);
  });
});
