// Finds the open shadow roots under a node, a few hundred elements per step. A TreeWalker does
// not enter shadow trees, so each one found is handed over to be scanned and observed itself.
// Only elements that can hold a shadow root are looked at: one native query leaves out the rest
// (links, list items, images, emphasis… two thirds of a news page), each of which would
// otherwise cost a call and a wrapper in the content script's world.

const ELEMENTS_PER_STEP = 256;

/**
 * Elements that never hold a shadow root: attachShadow() and declarative shadow roots accept
 * only custom elements (a name with a hyphen) and article, aside, blockquote, body, div, footer,
 * h1–h6, header, main, nav, p, section and span, of the HTML namespace. The common others, most
 * frequent first (a query stops at the first that matches).
 */
export const NEVER_SHADOW_HOSTS: readonly string[] = [
  'a', 'li', 'img', 'sup', 'b', 'i', 'cite', 'br', 'em', 'ul', 'strong', 'u', 'td', 'tr', 'q', 'code', 'abbr',
  'time', 'small', 'ol', 'dd', 'dt', 'dl', 'th', 'table', 'tbody', 'thead', 'tfoot', 'figure', 'figcaption',
  'picture', 'source', 'label', 'input', 'button', 'select', 'option', 'textarea', 'form', 'iframe', 'script',
  'style', 'link', 'meta', 'noscript', 'svg', 'path', 'g', 'use', 'video', 'audio', 'pre', 'hr', 'mark', 's',
  'sub', 'var', 'kbd', 'samp', 'caption', 'col', 'colgroup', 'title', 'head', 'html', 'template', 'canvas',
  'object', 'embed', 'wbr', 'data', 'ins', 'del', 'dfn', 'bdi', 'bdo', 'ruby', 'rt', 'rp', 'map', 'area',
  'track', 'fieldset', 'legend', 'output', 'progress', 'meter', 'details', 'summary', 'dialog', 'menu',
  'address', 'center', 'font',
];

const CANDIDATES = `*:not(${NEVER_SHADOW_HOSTS.join(',')})`;

export class ShadowRootFinder {
  private candidates: NodeListOf<Element> | null = null;
  private at = 0;

  constructor(private readonly root: Node, private readonly onShadowRoot: (root: ShadowRoot) => void) {
    if (root instanceof Element && root.shadowRoot) onShadowRoot(root.shadowRoot);
  }

  step(): boolean {
    const root = this.root as Partial<ParentNode>;
    this.candidates ??= root.querySelectorAll ? root.querySelectorAll(CANDIDATES) : ([] as unknown as NodeListOf<Element>);
    const list = this.candidates;
    const end = Math.min(list.length, this.at + ELEMENTS_PER_STEP);
    for (; this.at < end; this.at++) {
      const el = list[this.at]!;
      // The list is a snapshot: an element removed since has nothing left to mark.
      if (el.shadowRoot && el.isConnected) this.onShadowRoot(el.shadowRoot);
    }
    return this.at < list.length;
  }
}
