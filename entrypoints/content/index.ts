// The content script: asks the background for the page config, marks the page, keeps the marks
// current as the page changes, and answers the popup and the keyboard commands.
import { askBackground, answer } from '../../lib/messaging.ts';
import type { ContentRequests, MarkCount, PageConfig } from '../../lib/messages.ts';
import { compileMatcherInSlices } from '../../lib/matcher.ts';
import { yieldToPage } from '../../lib/page/slices.ts';
import { highlightsSupported, MarkStore } from '../../lib/page/mark-store.ts';
import { PageAnnotator } from '../../lib/page/page-annotator.ts';
import { reportBench } from '../../lib/page/bench-report.ts';
import { createCardController, type CardController } from './card-controller.ts';
import { readingRequests } from './reading-requests.ts';

const ORPHAN_CHECK_MS = 5000;

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  runAt: 'document_idle',

  async main(ctx) {
    const supported = highlightsSupported();
    let store: MarkStore | undefined;
    let annotator: PageAnnotator | undefined;
    let card: CardController | undefined;
    let entityNames = new Map<string, string>();

    const summary = (): MarkCount[] => {
      const counts = new Map<string, MarkCount>();
      for (const m of store?.marks() ?? []) {
        const c = counts.get(m.entity) ?? { entity: m.entity, name: entityNames.get(m.entity) ?? m.entity, family: m.family, count: 0 };
        c.count++;
        counts.set(m.entity, c);
      }
      return [...counts.values()];
    };

    const apply = async (config: PageConfig): Promise<void> => {
      entityNames = new Map(config.entities.map((e) => [e.id, e.name]));
      if (!config.enabled) {
        annotator?.stop();
        annotator = undefined;
        store?.clear();
        store?.notify();
        return;
      }
      const compileStart = performance.now();
      const matcher = await compileMatcherInSlices(config.entities, yieldToPage);
      if (!ctx.isValid) return;
      const compileMs = performance.now() - compileStart;
      store ??= new MarkStore();
      card ??= createCardController(ctx, store, config);
      card.configure(config);
      const stats = annotator ? await annotator.reset(matcher) : await (annotator = new PageAnnotator(matcher, store, document)).annotate();
      if (__KB_BENCH__) reportBench({ ...stats, compileMs, entities: config.entities.length });
    };

    const refresh = async () => {
      if (!ctx.isValid) return;
      await apply(await askBackground('page:config', { url: location.href }));
    };

    const stopAnswering = answer<ContentRequests>({
      'page:refresh': () => refresh(),
      'marks:summary': () => ({ supported, marks: summary() }),
      'marks:reveal': ({ entity }) => card?.reveal(entity) ?? false,
      'marks:step': ({ direction }) => card?.step(direction),
      ...readingRequests(),
    });

    // After the extension is reloaded or updated, this copy of the script is orphaned:
    // take every mark, observer and listener away so the page is as it was.
    // The page's own things first: once the extension is gone even browser.runtime may be
    // undefined here, and unhooking the message listener can throw.
    ctx.onInvalidated(() => {
      annotator?.stop();
      card?.destroy();
      store?.dispose();
      try {
        stopAnswering();
      } catch {
        // Nothing left to unhook from.
      }
    });

    // An uninstalled or disabled extension starts no new copy that would tell this one to stop:
    // look now and then (ctx.setInterval checks ctx.isValid, which notices the missing runtime).
    ctx.setInterval(() => {}, ORPHAN_CHECK_MS);

    if (supported) await refresh();
  },
});
