// Finds the open shadow roots under a node, a few hundred elements per step. A TreeWalker does
// not enter shadow trees, so each one found is handed over to be scanned and observed itself.
// The card's own host is passed over: its text (the card, its notice) is never marked.
import { OWN_UI_ATTRIBUTE } from './scan-scope.ts';

const ELEMENTS_PER_STEP = 256;

export class ShadowRootFinder {
  private readonly walker: TreeWalker;
  private done = false;

  constructor(root: Node, private readonly onShadowRoot: (root: ShadowRoot) => void) {
    const doc = root.ownerDocument ?? (root as Document);
    this.walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
    if (root instanceof Element && root.shadowRoot && !root.hasAttribute(OWN_UI_ATTRIBUTE)) onShadowRoot(root.shadowRoot);
  }

  step(): boolean {
    if (this.done) return false;
    for (let i = 0; i < ELEMENTS_PER_STEP; i++) {
      const el = this.walker.nextNode() as Element | null;
      if (!el) {
        this.done = true;
        return false;
      }
      if (el.shadowRoot && !el.hasAttribute(OWN_UI_ATTRIBUTE)) this.onShadowRoot(el.shadowRoot);
    }
    return true;
  }
}
