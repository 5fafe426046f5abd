// How much of the reader's own knowledge is kept: shared by the schemas (./records.ts) and by
// code that must stay small, such as the content script's selection reader.

/** Article text kept per article; longer articles are trimmed at a paragraph (and say so). */
export const MAX_ARTICLE_CHARS = 200_000;
export const NAME_MIN_CHARS = 2;
export const NAME_MAX_CHARS = 100;
export const MAX_ALIASES = 20;
export const DESCRIPTION_MAX_CHARS = 400;
/** The sentence a name was selected in. */
export const SENTENCE_MAX_CHARS = 1000;
