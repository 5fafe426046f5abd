// The card's switches: "Not on this site" (this name, on the site of the page), "Hide <name>
// everywhere" and "Pause everywhere". Each is one request to the background, which stores it and
// re-marks every open tab (entrypoints/background/store-changes.ts); each is undone by the
// opposite request, from the notice that says what happened.
import type { BackgroundRequests } from '../messages.ts';
import type { Translate } from '../translate.ts';
import type { Notice } from './notice.ts';

export type CardSwitch =
  | { kind: 'site'; entity: string; name: string; site: string }
  | { kind: 'entity'; entity: string; name: string }
  | { kind: 'pause' };

export type Send = <K extends keyof BackgroundRequests>(type: K, payload: BackgroundRequests[K][0]) => Promise<unknown>;

/** The request that switches marking off (`off`) or back on. */
export function switchRequest(s: CardSwitch, off: boolean, send: Send): Promise<unknown> {
  switch (s.kind) {
    case 'site':
      return send('dismissal:set', { entity: s.entity, site: s.site, dismissed: off });
    case 'entity':
      return send('entity:set-enabled', { entity: s.entity, enabled: !off });
    case 'pause':
      return send('settings:update', { paused: off });
  }
}

export function switchedText(s: CardSwitch, off: boolean, t: Translate): string {
  switch (s.kind) {
    case 'site':
      return off ? t('card_switched_site', [s.name, s.site]) : t('card_unswitched_site', [s.name, s.site]);
    case 'entity':
      return off ? t('card_switched_entity', [s.name]) : t('card_unswitched_entity', [s.name]);
    case 'pause':
      return off ? t('card_switched_pause') : t('card_unswitched_pause');
  }
}

/** Applies a switch and says so, with Undo; Undo switches it back and says that. A request that
 * fails says so, and nothing was changed. */
export async function applySwitch(s: CardSwitch, send: Send, t: Translate, show: (notice: Notice) => void): Promise<void> {
  const attempt = async (off: boolean): Promise<boolean> => {
    try {
      await switchRequest(s, off, send);
      return true;
    } catch {
      show({ text: t('card_switch_failed'), failed: true });
      return false;
    }
  };
  if (!(await attempt(true))) return;
  let undone = false;
  show({
    text: switchedText(s, true, t),
    undo: () => {
      if (undone) return;
      undone = true;
      void attempt(false).then((ok) => ok && show({ text: switchedText(s, false, t) }));
    },
  });
}
