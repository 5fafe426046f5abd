// With their third-party scripts blocked, some pages call document.write() from a late callback
// (gne--163-huawei-mate20x writes `location.host`), which replaces the whole page and leaves it
// "loading" forever. In both browsers, on every page, such late writes are ignored and counted;
// writes while the document is still being parsed work as usual.
import type { BrowserContext } from '@playwright/test';

// A string, so that tsx's keepNames helpers cannot end up in the page.
const IGNORE_LATE_WRITES = `(() => {
  const proto = Document.prototype;
  for (const name of ['write', 'writeln']) {
    const original = proto[name];
    proto[name] = function (...args) {
      if (this.readyState === 'loading') return original.apply(this, args);
      window.__kbBenchLateWrites = (window.__kbBenchLateWrites || 0) + 1;
    };
  }
})();`;

export async function ignoreLateDocumentWrites(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: IGNORE_LATE_WRITES });
}
