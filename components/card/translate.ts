// The card's UI strings come through browser.i18n in the extension; components take the
// lookup as a function so they render the same under unit tests.
export type Translate = (key: string, substitutions?: string[]) => string;

/**
 * The same lookup, with the strings that take no substitutions remembered: they cannot change
 * while the page is open, and each lookup is a call into the extension API. A card renders a
 * dozen of them on every open.
 */
export function rememberTranslations(t: Translate): Translate {
  const plain = new Map<string, string>();
  return (key, substitutions) => {
    if (substitutions?.length) return t(key, substitutions);
    let text = plain.get(key);
    if (text === undefined) plain.set(key, (text = t(key)));
    return text;
  };
}
