// What a selection on a page gives the "Add … as a name" form: the selected text (bounded: a
// "select all" on a huge page is never read whole), with a line break where it crosses from one
// paragraph into the next, the sentence it stands in, and the page it came from.
import { splitSentences } from '../article.ts';
import { textAround } from '../card/text-around.ts';
import { languageTag, readPageMetadata } from './page-metadata.ts';
import { SENTENCE_MAX_CHARS } from './limits.ts';

export interface SelectionDraft {
  /** The selection, at most `SELECTION_READ_CHARS` of it, "\n" between paragraphs. */
  text: string;
  /** The selection was longer than what `text` holds. */
  cut: boolean;
  sentence?: string;
  url: string;
  title?: string;
  date?: string;
}

/** More than any name; enough to tell the reader how far off a long selection is. */
export const SELECTION_READ_CHARS = 5_000;
const BLOCK = 'p, li, blockquote, h1, h2, h3, h4, h5, h6, td, th, dd, dt, figcaption, pre, article, section, div';

function blockOf(node: Node): Element | null {
  const element = node instanceof Element ? node : node.parentElement;
  return element?.closest(BLOCK) ?? element;
}

/** The text of `range`, reading at most `max` characters of it. */
export function boundedRangeText(range: Range, max = SELECTION_READ_CHARS): { text: string; cut: boolean } {
  const root = range.commonAncestorContainer;
  if (root.nodeType === Node.TEXT_NODE) {
    const data = (root as Text).data.slice(range.startOffset, range.endOffset);
    return { text: data.slice(0, max), cut: data.length > max };
  }
  const walker = root.ownerDocument!.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let text = '';
  let block: Element | null | undefined;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!range.intersectsNode(node)) {
      if (text) break;
      continue;
    }
    const data = (node as Text).data;
    const start = node === range.startContainer ? range.startOffset : 0;
    const end = node === range.endContainer ? range.endOffset : data.length;
    const here = blockOf(node);
    if (block !== undefined && here !== block && text.trim()) text += '\n';
    block = here;
    text += data.slice(start, end);
    if (text.length > max) return { text: text.slice(0, max), cut: true };
  }
  return { text, cut: false };
}

/** The sentence (or sentences) of the page that hold the selection, at most SENTENCE_MAX_CHARS. */
export function sentenceAround(range: Range, selected: string, language: string): string | undefined {
  const around = textAround(range, SENTENCE_MAX_CHARS).replace(/\s+/g, ' ');
  const needle = selected.replace(/\s+/g, ' ').trim();
  const at = around.indexOf(needle);
  if (!needle || at < 0) return undefined;
  let offset = 0;
  const hits: string[] = [];
  for (const sentence of splitSentences(around, language)) {
    const start = around.indexOf(sentence, offset);
    const end = start + sentence.length;
    offset = end;
    if (end > at && start < at + needle.length) hits.push(sentence);
  }
  const sentence = hits.join(' ').trim();
  if (!sentence) return undefined;
  if (sentence.length <= SENTENCE_MAX_CHARS) return sentence;
  const from = Math.max(0, sentence.indexOf(needle) - SENTENCE_MAX_CHARS / 2);
  return `…${sentence.slice(from, from + SENTENCE_MAX_CHARS - 2).trim()}…`;
}

export function readSelectionDraft(win: Window): SelectionDraft | null {
  const selection = win.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const { text, cut } = boundedRangeText(range);
  if (!text.trim()) return null;
  const doc = win.document;
  const meta = readPageMetadata(doc, win.location.href);
  const language = languageTag(doc.documentElement.lang) ?? 'und';
  const sentence = cut || text.includes('\n') ? undefined : sentenceAround(range, text, language);
  const draft: SelectionDraft = { text, cut, url: win.location.href, title: meta.title ?? (doc.title.trim() || undefined), sentence, date: meta.published };
  for (const key of ['sentence', 'title', 'date'] as const) if (draft[key] === undefined) delete draft[key];
  return draft;
}
