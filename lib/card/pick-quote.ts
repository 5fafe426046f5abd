// Which sentence the hover card quotes under "In the news", across every source the reader's
// knowledge has (bundled, synced, imported, their own articles). In order of preference:
// - for a name the reader added, the sentence they added it from;
// - a sentence of the body over a headline or a section heading;
// - the very sentence around the mark, where the page is one of the sources;
// - the entity's own sentences over its products';
// - a sentence that fits the page around the mark (shares at least two words of substance);
// - the newest source (the contexts come newest first), then the source's own order.
import type { Context } from '../kb-schema.ts';
import type { SourceWithOrigin } from '../reading/provenance.ts';
import { foldedWords } from '../context-cues.ts';

export interface QuoteInputs {
  /** Every context of the entity and its products, newest source first. */
  contexts: readonly Context[];
  /** The entity's own contexts. */
  own: readonly Context[];
  sources: readonly SourceWithOrigin[];
  /** The text around the mark on the page (text-around.ts). */
  around?: string;
  /** The mark's own text, whose words say nothing about fit. */
  markText?: string;
  /** A name the reader added: the sentence they added it from. */
  addedFrom?: string;
}

/** Words shorter than this are mostly function words, in English and German alike. */
const SUBSTANTIAL = 5;
const FITS = 2;

/** Whitespace, invisible characters and case differ between a KB and a page: compare folded. */
export function foldSentence(text: string): string {
  return text.replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Whether a context is a headline: the source's title, or the heading of its own section. */
export function isHeadline(context: Context, source: SourceWithOrigin | undefined): boolean {
  const text = foldSentence(context.text);
  return text === foldSentence(context.section) || (!!source && text === foldSentence(source.title));
}

function substantialWords(text: string, leaveOut: ReadonlySet<string> = new Set()): Set<string> {
  return new Set(foldedWords(text).filter((w) => w.length >= SUBSTANTIAL && !leaveOut.has(w)));
}

export function pickQuote(inputs: QuoteInputs): Context | undefined {
  const { contexts, own, sources } = inputs;
  if (!contexts.length && !own.length) return undefined;
  const byId = new Map(sources.map((s) => [s.id, s]));
  // Details cross a message (JSON), so the same sentence is not the same object: compare by content.
  const keyOf = (c: Context) => `${c.source}\u0000${c.text}`;
  const ownKeys = new Set(own.map(keyOf));
  const around = inputs.around ? foldSentence(inputs.around) : '';
  const addedFrom = inputs.addedFrom ? foldSentence(inputs.addedFrom) : '';
  const markWords = new Set(foldedWords(inputs.markText ?? ''));
  let pageWords: Set<string> | undefined;
  const fits = (context: Context) => {
    if (!around) return false;
    pageWords ??= substantialWords(inputs.around!, markWords);
    let shared = 0;
    for (const word of substantialWords(context.text, markWords)) if (pageWords.has(word) && ++shared >= FITS) return true;
    return false;
  };

  const candidates = contexts.length ? contexts : own;
  const ranked = candidates.map((context, index) => {
    const text = foldSentence(context.text);
    return {
      context,
      key: [
        addedFrom && text === addedFrom ? 0 : 1,
        isHeadline(context, byId.get(context.source)) ? 1 : 0,
        around && text && around.includes(text) ? 0 : 1,
        ownKeys.has(keyOf(context)) || !own.length ? 0 : 1,
        fits(context) ? 0 : 1,
        index,
      ],
    };
  });
  ranked.sort((a, b) => {
    for (let i = 0; i < a.key.length; i++) if (a.key[i] !== b.key[i]) return a.key[i]! - b.key[i]!;
    return 0;
  });
  return ranked[0]?.context;
}
