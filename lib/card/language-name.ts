// "in German": the language a text is in, named in the reader's language, where it is not the
// reader's own. A text whose language is unknown ("und") says nothing.
import type { UiLanguage } from '../localized.ts';

/** The primary language of a BCP 47 tag ("de-AT" → "de"), or undefined for none or "und". */
export function primaryLanguage(tag: string | undefined): string | undefined {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return primary && primary !== 'und' && /^[a-z]{2,3}$/.test(primary) ? primary : undefined;
}

/** The name of the text's language in the UI's language, where it differs from the UI's. */
export function otherLanguageName(tag: string | undefined, ui: UiLanguage): string | undefined {
  const primary = primaryLanguage(tag);
  if (!primary || primary === ui) return undefined;
  try {
    return new Intl.DisplayNames([ui], { type: 'language' }).of(primary) ?? primary;
  } catch {
    return primary;
  }
}
