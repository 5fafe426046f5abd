// Finds the open shadow roots under a node, a few hundred elements per step. A TreeWalker does
// not enter shadow trees, so each one found is handed over to be scanned and observed itself.

const ELEMENTS_PER_STEP = 256;

export class ShadowRootFinder {
  private readonly walker: TreeWalker;
  private done = false;

  constructor(root: Node, private readonly onShadowRoot: (root: ShadowRoot) => void) {
    const doc = root.ownerDocument ?? (root as Document);
    this.walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
    if (root instanceof Element && root.shadowRoot) onShadowRoot(root.shadowRoot);
  }

  step(): boolean {
    if (this.done) return false;
    for (let i = 0; i < ELEMENTS_PER_STEP; i++) {
      const el = this.walker.nextNode() as Element | null;
      if (!el) {
        this.done = true;
        return false;
      }
      if (el.shadowRoot) this.onShadowRoot(el.shadowRoot);
    }
    return true;
  }
}
