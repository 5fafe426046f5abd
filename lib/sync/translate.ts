// The one signature UI text goes through. In the extension it is browser.i18n.getMessage;
// in Node and tests, a messages.json catalogue read with the same $1…$9 substitution rules.
export type Translate = (key: string, substitutions?: readonly (string | number)[]) => string;

export type MessageCatalog = Record<string, { message: string }>;

export function catalogTranslator(catalog: MessageCatalog): Translate {
  return (key, substitutions = []) => {
    const entry = catalog[key];
    if (!entry) return '';
    return entry.message.replace(/\$(\d|\$)/g, (whole, which: string) =>
      which === '$' ? '$' : String(substitutions[Number(which) - 1] ?? ''),
    );
  };
}
