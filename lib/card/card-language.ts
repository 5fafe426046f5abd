// The language the card writes in: German for a German browser UI, English for everything
// else (the KB carries summaries in exactly these two).
import type { UiLanguage } from '../localized.ts';

export type CardLanguage = UiLanguage;

export function cardLanguage(uiLanguage: string): CardLanguage {
  return uiLanguage.toLowerCase().startsWith('de') ? 'de' : 'en';
}
