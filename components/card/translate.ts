// The card's UI strings come through browser.i18n in the extension; components take the
// lookup as a function so they render the same under unit tests.
export type Translate = (key: string, substitutions?: string[]) => string;
