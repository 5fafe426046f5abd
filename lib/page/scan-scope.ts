// Which parts of a page are scanned, and what a paragraph is. Text in form fields, editable
// regions, code, SVG and the extension's own UI is never marked; text runs are grouped by their
// nearest block so an ambiguous name is judged by its paragraph, and a name split by inline
// markup is still found. The one place for these rules: the card's quote (lib/card/text-around.ts)
// and `npm run scan FILE.html` (scripts/html-to-text.ts) read paragraphs by them too.

/** Elements whose text is not prose for the reader (or not ours to touch), by tag name. */
export const SKIPPED_ELEMENTS: ReadonlySet<string> = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'OPTGROUP',
  'BUTTON', 'CODE', 'PRE', 'KBD', 'SAMP', 'VAR', 'SVG', 'MATH', 'CANVAS', 'IFRAME', 'OBJECT',
  'EMBED', 'HEAD', 'TITLE', 'DATALIST',
]);

/** Class names of code editors that render text in ordinary elements. */
const EDITOR_CLASSES = ['CodeMirror', 'cm-editor', 'cm-content', 'monaco-editor', 'ace_editor', 'ql-editor', 'ProseMirror'];
const EDITOR = new RegExp(`(?:^|\\s)(?:${EDITOR_CLASSES.join('|')})(?:\\s|$)`);

/** Elements that start a new block of text (their text is judged as one paragraph), by tag name. */
export const BLOCK_ELEMENTS: ReadonlySet<string> = new Set([
  'P', 'DIV', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TD', 'TH', 'TR',
  'TABLE', 'CAPTION', 'BLOCKQUOTE', 'SECTION', 'ARTICLE', 'ASIDE', 'HEADER', 'FOOTER', 'NAV', 'MAIN',
  'FIGURE', 'FIGCAPTION', 'ADDRESS', 'DETAILS', 'SUMMARY', 'FORM', 'FIELDSET', 'LEGEND', 'BODY', 'HTML',
  'CENTER', 'HR', 'BR',
]);

/** Attribute set on the card's host element: never scanned. */
export const OWN_UI_ATTRIBUTE = 'data-kb-annotations-ui';

/**
 * Matches every element that isSkipped() or isBlock() could say yes to, and a few more (any
 * contenteditable, any class containing an editor's name): a block without a match inside holds
 * only its own text, all of it. One native query answers that for a whole paragraph.
 */
export const INNER_BOUNDARY_SELECTOR = /* @__PURE__ */ (() => [
  ...[...SKIPPED_ELEMENTS, ...BLOCK_ELEMENTS].map((tag) => tag.toLowerCase()),
  '[hidden]', `[${OWN_UI_ATTRIBUTE}]`, '[contenteditable]', '[role="textbox"]',
  ...EDITOR_CLASSES.map((name) => `[class*="${name}"]`),
].join(','))(); // pure: a script that does not use it (the frame watcher) does not build it

export function isSkipped(el: Element): boolean {
  if (SKIPPED_ELEMENTS.has(el.tagName.toUpperCase())) return true;
  if (el.namespaceURI === 'http://www.w3.org/2000/svg') return true;
  if (el.hasAttribute('hidden') || el.hasAttribute(OWN_UI_ATTRIBUTE)) return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  if (el.getAttribute('role') === 'textbox') return true;
  const cls = el.getAttribute('class');
  return cls !== null && EDITOR.test(cls);
}

export function isBlock(el: Element): boolean {
  return BLOCK_ELEMENTS.has(el.tagName.toUpperCase());
}

/** The paragraph `el` is part of: itself if it is a block, else its nearest block ancestor
 * (within its own tree: null in a shadow root without one). */
export function closestBlock(el: Element): Element | null {
  for (let at: Element | null = el; at; at = at.parentElement) if (isBlock(at)) return at;
  return null;
}

/** The container a text node's paragraph belongs to, or null where its text is skipped. */
export type BlockOf = (parent: Element) => Element | ShadowRoot | Document | null;

/**
 * Returns a lookup from a text node's parent element to its block, caching every element
 * it walks through, so a page of N text nodes costs about N map reads.
 */
export function blockLookup(): BlockOf {
  const cache = new Map<Element, Element | ShadowRoot | Document | null>();
  const lookup: BlockOf = (parent) => {
    const cached = cache.get(parent);
    if (cached !== undefined) return cached;
    let result: Element | ShadowRoot | Document | null;
    if (isSkipped(parent)) result = null;
    else if (isBlock(parent)) {
      const above = parent.parentNode;
      result = above instanceof Element && lookup(above) === null ? null : parent;
    } else {
      const above = parent.parentNode;
      if (above instanceof Element) result = lookup(above);
      else result = (above as ShadowRoot | Document | null) ?? null;
    }
    cache.set(parent, result);
    return result;
  };
  return lookup;
}
