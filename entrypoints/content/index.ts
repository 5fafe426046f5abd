// The content script: asks the background for the page config, marks the page, keeps the marks
// current as the page changes, re-marks when the background says the KB or the settings
// changed (and says when it is done), and answers the popup and the keyboard commands.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { askBackground, answer } from '../../lib/messaging.ts';
import type { ContentRequests } from '../../lib/messages.ts';
import type { PageConfig } from '../../lib/page-config.ts';
import { whenTextToMark } from '../../lib/page/first-text.ts';
import { countMarks } from '../../lib/page/mark-counts.ts';
import { pageMatcher } from '../../lib/match-index/page-names.ts';
import { highlightsSupported, MarkStore } from '../../lib/page/mark-store.ts';
import { PageAnnotator, type PassStats } from '../../lib/page/page-annotator.ts';
import { withBenchHook } from '../../bench/content-hook.ts';
import { createCardController, type CardController } from './card-controller.ts';
import { readingRequests } from './reading-requests.ts';

const ORPHAN_CHECK_MS = 5000;

// The top frame's, from the manifest. A sub-frame imports it only once its watcher has found
// text there (entrypoints/frame-watcher.ts).
export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: false,
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  runAt: 'document_idle',

  async main(ctx) {
    const supported = highlightsSupported();
    let store: MarkStore | undefined;
    let annotator: PageAnnotator | undefined;
    let card: CardController | undefined;
    /** Display names of the entities marked (the popup's list): the matcher has them with their aliases. */
    let entityName: (id: string) => string | undefined = () => undefined;

    /** Marks the page with `config`; what the pass took, when there was one. */
    let apply = async (config: PageConfig): Promise<PassStats | undefined> => {
      if (!config.enabled) {
        annotator?.stop();
        annotator = undefined;
        store?.clear();
        store?.publish();
        return undefined;
      }
      // The names come ready to use: no compiling here. Alias groups the page's text needs and
      // the config did not bring are asked for as the scan meets them.
      // Only the id is kept: the config's keys (half a MB of text with 100,000 names) are done
      // with once the matcher is built.
      const namesId = config.names.id;
      const matcher = pageMatcher(config.names, async (keys) => {
        const groups = await askBackground('names:groups', { id: namesId, url: location.href, ...keys });
        // The names changed meanwhile: mark with the new ones (the background asks every tab, too).
        if (!groups) void refresh();
        return groups;
      });
      entityName = matcher.name;
      store ??= new MarkStore();
      card ??= createCardController(ctx, store, config);
      card.configure(config);
      return annotator ? annotator.reset(matcher) : (annotator = new PageAnnotator(matcher, store, document)).annotate();
    };
    // `npm run bench` builds only (a normal build leaves this line and bench/ out): the bench
    // reads each pass and each card open from this one hook.
    if (__KB_BENCH__) apply = withBenchHook(apply);

    // A frame without text of its own asks for nothing until text appears (lib/page/first-text.ts;
    // its watcher loads this script only then, but the text may have gone again meanwhile);
    // a refresh the background sends meanwhile has nothing to re-mark.
    let started = false;
    // One refresh at a time, in order: an older config never lands after a newer one.
    let refreshing: Promise<unknown> = Promise.resolve();
    const refresh = (): Promise<void> => {
      const next = refreshing.then(async () => {
        if (ctx.isValid && started) await apply(await askBackground('page:config', { url: location.href }));
      });
      refreshing = next.catch(() => undefined);
      return next;
    };

    /** Re-marks, then (the top frame, for its tab) tells the background it is done. */
    const remark = async (round: number): Promise<void> => {
      await refresh().catch(() => undefined);
      if (ctx.isValid && window === window.top) await askBackground('page:remarked', { round }).catch(() => undefined);
    };

    const stopAnswering = answer<ContentRequests>({
      // Answered at once: the background does not wait for the page to be re-marked.
      'page:refresh': ({ round }) => {
        void remark(round);
        return true;
      },
      'marks:summary': () => ({ supported, marks: countMarks(store?.marks() ?? [], { get: entityName }) }),
      'marks:reveal': ({ entity, next }) => card?.reveal(entity, next) ?? false,
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

    if (!supported) return;
    if (window !== window.top) await whenTextToMark(document, ctx.signal);
    started = true;
    await refresh();
  },
});
