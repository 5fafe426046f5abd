// The notice under the card: shown for a while (longer with more to read), kept while the
// reader's pointer or focus is on it, then gone.
import type { CardHost } from '../../components/card/card-host.tsx';
import type { Notice } from '../../lib/card/notice.ts';
import type { Translate } from '../../lib/translate.ts';

const SHOW_MS = 10_000;
const AFTER_LEAVING_MS = 4_000;

export interface Notices {
  show(notice: Notice, focus?: boolean): void;
  dismiss(): void;
  /** Forgets the timer (the host goes away with the notice in it). */
  stop(): void;
}

export function createNotices(host: () => CardHost, t: Translate): Notices {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = (ms: number) => {
    clearTimeout(timer);
    timer = setTimeout(dismiss, ms);
  };
  const dismiss = () => {
    clearTimeout(timer);
    timer = undefined;
    host().notice(undefined, t, handlers);
  };
  const handlers = {
    onDismiss: dismiss,
    onHold: (holding: boolean) => (holding ? clearTimeout(timer) : schedule(AFTER_LEAVING_MS)),
  };
  return {
    show(notice, focus = false) {
      host().notice(notice, t, handlers, focus);
      schedule(SHOW_MS + 2_000 * (notice.details?.length ?? 0));
    },
    dismiss,
    stop: () => clearTimeout(timer),
  };
}
