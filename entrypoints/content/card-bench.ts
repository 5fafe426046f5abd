// `npm run bench` only (the __KB_BENCH__ build): what one hover open cost, logged as
// `kb-bench-card {json}` once it is known. Normal builds get `undefined` and carry none of it.
//
// - workMs: main-thread time from the intent timer firing to the card placed and visible
//   (`data-placed` set). When the open path stays in one task (synchronous code and
//   microtasks), nothing else can run in between, so this is our own work.
// - sameTask: whether it did stay in one task (a MessageChannel task queued at the start had
//   not run yet when the card was placed).
// - frames: how many animation frames began before the first one in which the card was
//   visible; 1 = the very next frame after the timer. Checked in a requestAnimationFrame
//   callback registered when the timer fired, so it runs before that frame is painted.
// - openLatencyMs: the old end-to-end figure: to the task after the frame that painted it.
// - steps: when each stage of show() was reached, ms after the timer (for the breakdown).

export interface OpenReport {
  workMs: number | null;
  sameTask: boolean | null;
  frames: number | null;
  openLatencyMs: number | null;
  steps: Record<string, number>;
}

export interface OpenProbe {
  /** A stage of the open path was reached. */
  step(name: string): void;
  /** The card for this open is placed and visible (only the first call counts). */
  placed(): void;
}

/** Frames to wait for the card before reporting that this open never showed one. */
const MAX_FRAMES = 120;

const round = (ms: number) => Math.round(ms * 100) / 100;

export function startOpenProbe(isVisible: () => boolean): OpenProbe | undefined {
  if (!__KB_BENCH__) return undefined;
  const openedAt = performance.now();
  const steps: Record<string, number> = {};
  let placedAt: number | undefined;
  let taskEnded = false;
  let sameTask: boolean | null = null;
  let frames: number | null | undefined;
  let openLatencyMs: number | null | undefined;
  let count = 0;
  let reported = false;

  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    taskEnded = true;
    channel.port1.close();
  };
  channel.port2.postMessage(0);

  const report = () => {
    if (reported || frames === undefined || openLatencyMs === undefined) return;
    reported = true;
    const out: OpenReport = {
      workMs: placedAt === undefined ? null : round(placedAt - openedAt),
      sameTask,
      frames,
      openLatencyMs,
      steps,
    };
    console.debug('kb-bench-card', JSON.stringify(out));
  };

  const onFrame = () => {
    count++;
    if (placedAt !== undefined && isVisible()) {
      frames = count;
      return report();
    }
    if (count < MAX_FRAMES) return void requestAnimationFrame(onFrame);
    frames = null;
    openLatencyMs ??= null;
    report();
  };
  requestAnimationFrame(onFrame);

  return {
    step(name) {
      steps[name] ??= round(performance.now() - openedAt);
    },
    placed() {
      if (placedAt !== undefined) return;
      placedAt = performance.now();
      sameTask = !taskEnded;
      steps.placed = round(placedAt - openedAt);
      requestAnimationFrame(() =>
        // A task queued from a frame callback runs after that frame is painted.
        setTimeout(() => {
          openLatencyMs = Math.round((performance.now() - openedAt) * 10) / 10;
          report();
        }),
      );
    },
  };
}
