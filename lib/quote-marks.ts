// Quotation marks as the reader's language writes them: “…” in English, „…“ in German. They
// follow the language of the UI around the quote, not of the quote itself.
import type { UiLanguage } from './localized.ts';

export function quoteMarks(language: UiLanguage): readonly [open: string, close: string] {
  return language === 'de' ? ['\u201E', '\u201C'] : ['\u201C', '\u201D'];
}
