// A frame with no text of its own (an ad slot, a tracking pixel, an empty widget) asks for no KB
// and builds no marking machinery until text appears in it: news pages carry a score of such
// frames, and each would otherwise hold a matcher, a mark store and observers for nothing.
import { blockLookup, type BlockOf } from './scan-scope.ts';

const SHOW_TEXT = 4;
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
const NOT_BLANK = /\S/;

/** Does `root` hold text the scan could mark (not blank, not in a script, style, form field, …),
 * or a shadow root, whose text this walk cannot see? */
export function hasTextToMark(root: Node, blockOf: BlockOf = blockLookup()): boolean {
  if (root.nodeType === TEXT_NODE) return isTextToMark(root as Text, blockOf);
  if (root.nodeType === ELEMENT_NODE && (root as Element).shadowRoot) return true;
  // One native read first: most frames without text have no characters at all in their body,
  // and then no text node needs a look (each kind of node looked at costs this world its wrappers).
  const light = root.nodeType === 9 /* document */ ? (root as Document).body ?? (root as Document).documentElement : root;
  if (!light || !light.textContent!.trim()) return hasShadowRoot(root);
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (isTextToMark(n as Text, blockOf)) return true;
  return hasShadowRoot(root);
}

function hasShadowRoot(root: Node): boolean {
  if (root.nodeType !== ELEMENT_NODE && root.nodeType !== 9 /* document */) return false;
  for (const el of (root as Element | Document).querySelectorAll('*')) if (el.shadowRoot) return true;
  return false;
}

function isTextToMark(node: Text, blockOf: BlockOf): boolean {
  if (!NOT_BLANK.test(node.data)) return false;
  const parent = node.parentNode;
  return !(parent && parent.nodeType === ELEMENT_NODE && blockOf(parent as Element) === null);
}

/** Resolves once `doc` holds text to mark (at once if it does now); never, once `signal` aborts. */
export function whenTextToMark(doc: Document, signal?: AbortSignal): Promise<void> {
  if (hasTextToMark(doc)) return Promise.resolve();
  return new Promise((resolve) => {
    const observer = new MutationObserver((records) => {
      // Only what changed is looked at: an ad script that keeps changing its frame costs little.
      const blockOf = blockLookup(); // fresh: elements may have moved since the last batch
      for (const r of records) {
        const found = r.type === 'characterData'
          ? hasTextToMark(r.target, blockOf)
          : [...r.addedNodes].some((n) => hasTextToMark(n, blockOf));
        if (found) {
          observer.disconnect();
          resolve();
          return;
        }
      }
    });
    observer.observe(doc, { childList: true, subtree: true, characterData: true });
    signal?.addEventListener('abort', () => observer.disconnect(), { once: true });
  });
}
