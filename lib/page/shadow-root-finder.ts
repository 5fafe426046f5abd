// Finds the open shadow roots under a node, a little per step. A TreeWalker does not enter
// shadow trees, so each one found is handed over to be scanned and observed itself.
// The card's own host is passed over: its text (the card, its notice) is never marked.
//
// Only a few kinds of element can hold a shadow root: custom elements (a hyphen in the name)
// and the HTML elements listed below (DOM, attachShadow). In a document, those are asked for
// by name (one native collection per tag, one XPath query for the custom elements) instead of
// walking every element: on a news page, two thirds of the elements are links, list items,
// emphasis and images, and visiting each from the content script's world costs as much as
// reading the page's text. Under a shadow root (no such queries there) or an added subtree
// (a few elements), every element is still walked.
import { OWN_UI_ATTRIBUTE } from './scan-scope.ts';

const ELEMENTS_PER_STEP = 256;
const HTML_NS = 'http://www.w3.org/1999/xhtml';
const ORDERED_NODE_SNAPSHOT_TYPE = 7;

/** The HTML elements attachShadow() accepts, besides custom elements (DOM standard). */
export const SHADOW_HOST_TAGS: readonly string[] = [
  'article', 'aside', 'blockquote', 'body', 'div', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'main', 'nav', 'p', 'section', 'span',
];
/** Every element whose name holds a hyphen: every custom element, defined or not. */
const CUSTOM_ELEMENTS_XPATH = './/*[contains(local-name(), "-")]';

export class ShadowRootFinder {
  private readonly walker: TreeWalker | null = null;
  /** In a document: the lists of possible hosts still to look through, one per step. */
  private readonly hostLists: (() => ArrayLike<Element>)[] = [];
  private done = false;

  constructor(root: Node, private readonly onShadowRoot: (root: ShadowRoot) => void) {
    const doc = root.ownerDocument ?? (root as Document);
    if (root === doc && typeof doc.evaluate === 'function') {
      for (const tag of SHADOW_HOST_TAGS) this.hostLists.push(() => doc.getElementsByTagNameNS(HTML_NS, tag));
      this.hostLists.push(() => customElements(doc));
    } else {
      this.walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
      this.look(root);
    }
  }

  step(): boolean {
    if (this.done) return false;
    if (!this.walker) {
      // One whole list per step (a list is live: it is read before the page can change it).
      const list = this.hostLists.shift();
      if (!list) return this.finish();
      const hosts = list();
      for (let i = 0, n = hosts.length; i < n; i++) this.look(hosts[i]!);
      return true;
    }
    for (let i = 0; i < ELEMENTS_PER_STEP; i++) {
      const el = this.walker.nextNode();
      if (!el) return this.finish();
      this.look(el);
    }
    return true;
  }

  private look(node: Node): void {
    const shadow = (node as Element).shadowRoot;
    if (shadow && !(node as Element).hasAttribute(OWN_UI_ATTRIBUTE)) this.onShadowRoot(shadow);
  }

  private finish(): false {
    this.done = true;
    return false;
  }
}

/** The custom elements of a document, as a static list. */
function customElements(doc: Document): Element[] {
  const found = doc.evaluate(CUSTOM_ELEMENTS_XPATH, doc, null, ORDERED_NODE_SNAPSHOT_TYPE, null);
  const list: Element[] = [];
  for (let i = 0; i < found.snapshotLength; i++) list.push(found.snapshotItem(i) as Element);
  return list;
}
