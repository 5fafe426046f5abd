// The one bench hook in the content script, installed by entrypoints/content/index.ts in bench
// builds only (`if (__KB_BENCH__)`: a normal build drops the call and, with it, this module). It
// measures the shipped code from outside, adding nothing to its paths:
// - each marking pass: the stats the pass returns, logged as `kb-bench {json}` (hook-reports.ts);
// - each hover open: the card's dialog getting `data-placed` (set once it is placed and visible),
//   seen by a MutationObserver. Its callback runs in the same task as the placing, so the time
//   since the last timer callback began is the open's work, if the card was placed in that
//   timer's task: every timer callback of this world is stamped when it starts, and a
//   MessageChannel message posted then tells whether its task has ended. Logged as
//   `kb-bench-card {json}`.
import type { PageConfig } from '../lib/page-config.ts';
import type { PassStats } from '../lib/page/page-annotator.ts';
import { CARD_PREFIX, PASS_PREFIX, type CardOpenReport, type PassReport } from './hook-reports.ts';

type Apply = (config: PageConfig) => Promise<PassStats | undefined>;

/** Frames to wait for a placed card to be visible before reporting that it never was. */
const MAX_FRAMES = 120;
const CARD_HOST = 'kb-annotations-card';

const round = (ms: number, digits = 2) => Math.round(ms * 10 ** digits) / 10 ** digits;

/** Wraps the content script's `apply` to report each pass; installs the card-open watch. */
export function withBenchHook(apply: Apply): Apply {
  watchCardOpens();
  return async (config) => {
    const started = performance.now();
    const stats = await apply(config);
    if (stats) {
      const report: PassReport = { ...stats, compileMs: performance.now() - started - stats.wallMs, nameKeys: (config.names.wordKeys.length * 3) / 16, wholeIndex: !!config.names.groups, frame: location.href };
      console.debug(`${PASS_PREFIX} ${JSON.stringify(report)}`);
    }
    return stats;
  };
}

interface TimerTask {
  startedAt: number;
  ended: boolean;
}

/** The timer callback that ran last: when it began, and whether its task is over. */
let lastTimer: TimerTask | undefined;
/** The browser's own setTimeout, for the hook's timers (set when the hook is installed: a
 * module without top-level statements is dropped whole from a normal build). */
let plainSetTimeout: typeof setTimeout;

function stampTimers(): void {
  plainSetTimeout = globalThis.setTimeout.bind(globalThis) as typeof setTimeout;
  globalThis.setTimeout = ((handler: TimerHandler, timeout?: number, ...args: unknown[]) => {
    if (typeof handler !== 'function') return plainSetTimeout(handler, timeout, ...args);
    return plainSetTimeout(
      (...callbackArgs: unknown[]) => {
        const task: TimerTask = { startedAt: performance.now(), ended: false };
        lastTimer = task;
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          task.ended = true;
          channel.port1.close();
        };
        channel.port2.postMessage(0);
        (handler as (...a: unknown[]) => void)(...callbackArgs);
      },
      timeout,
      ...args,
    );
  }) as typeof setTimeout;
}

function placedDialog(root: ShadowRoot): Element | null {
  return root.querySelector('[role="dialog"][data-placed]');
}

function reportOpen(placedAt: number, timer: TimerTask | undefined, isVisible: () => boolean): void {
  const sameTask = timer ? !timer.ended : null;
  const openedAt = timer?.startedAt;
  let frames = 0;
  const onFrame = () => {
    frames++;
    if (isVisible()) {
      // A task queued from a frame callback runs after that frame is painted.
      return void plainSetTimeout(() =>
        send({
          workMs: openedAt === undefined ? null : round(placedAt - openedAt),
          sameTask,
          frames: sameTask ? frames : null,
          openLatencyMs: openedAt === undefined ? null : round(performance.now() - openedAt, 1),
        }),
      );
    }
    if (frames < MAX_FRAMES) return void requestAnimationFrame(onFrame);
    send({ workMs: null, sameTask, frames: null, openLatencyMs: null });
  };
  requestAnimationFrame(onFrame);
}

function send(report: CardOpenReport): void {
  console.debug(`${CARD_PREFIX} ${JSON.stringify(report)}`);
}

/** Reports every time the card goes from not placed to placed. */
function watchCard(host: Element): void {
  const root = host.shadowRoot;
  if (!root) return;
  let placed = false;
  const check = () => {
    const now = !!placedDialog(root) && host.isConnected;
    if (now && !placed) reportOpen(performance.now(), lastTimer, () => host.isConnected && !!placedDialog(root));
    placed = now;
  };
  new MutationObserver(check).observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-placed'] });
  check(); // the first card is placed in the same task that puts the host on the page
}

function watchCardOpens(): void {
  stampTimers();
  const watched = new WeakSet<Element>();
  new MutationObserver(() => {
    for (const host of document.documentElement.querySelectorAll(`:scope > ${CARD_HOST}`)) {
      if (watched.has(host)) continue;
      watched.add(host);
      watchCard(host);
    }
  }).observe(document.documentElement, { childList: true });
}
