// The one signature UI text goes through: a message key and its substitutions ($1 … $9 in
// public/_locales/*/messages.json). In the extension it is browser.i18n.getMessage; under unit
// tests, the same catalogues read by tests/fixtures/translator.ts. lib/ code takes it as a parameter.
export type Translate = (key: string, substitutions?: readonly (string | number)[]) => string;

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

export type MessageCatalog = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

/** getMessage over a messages.json catalogue, with the browser's rules: $1 … $9 become the
 * substitutions, $$ a $, and a key the catalogue lacks gives ''. (For the CLI and the tests.) */
export function catalogTranslator(catalog: MessageCatalog): Translate {
  return (key, substitutions = []) => {
    const entry = catalog[key];
    if (!entry) return '';
    return entry.message.replace(/\$(\d|\$)/g, (whole, which: string) =>
      which === '$' ? '$' : String(substitutions[Number(which) - 1] ?? ''),
    );
  };
}
