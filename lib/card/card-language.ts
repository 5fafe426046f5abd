// The language the card writes in: German for a German browser UI, English for everything
// else (the KB carries summaries in exactly these two).
export type CardLanguage = 'en' | 'de';

export function cardLanguage(uiLanguage: string): CardLanguage {
  return uiLanguage.toLowerCase().startsWith('de') ? 'de' : 'en';
}
