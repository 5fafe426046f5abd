// Which sentence the hover card quotes. The entity's own contexts come before its products',
// and a sentence that also stands in the text around the mark wins: on the article the KB was
// built from, the card then quotes the very sentence the reader is looking at.
import type { Context } from '../kb-schema.ts';

/** Whitespace and typography differ between a KB and a page; compare on a folded form. */
function fold(text: string): string {
  return text.replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

export function pickQuote(
  contexts: readonly Context[],
  ownContexts: readonly Context[],
  textAroundMark = '',
): Context | undefined {
  const around = fold(textAroundMark);
  if (around) {
    const onPage = (c: Context) => around.includes(fold(c.text));
    const match = ownContexts.find(onPage) ?? contexts.find(onPage);
    if (match) return match;
  }
  return ownContexts[0] ?? contexts[0];
}
