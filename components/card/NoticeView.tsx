// The short notice at the foot of the window: what a switch or "Add this article" did, with
// Undo where it can be undone. It lives in the card's host but apart from the card, so it stays
// when the card closes.
import type { Notice } from '../../lib/card/notice.ts';
import type { Translate } from '../../lib/translate.ts';
import { onTrustedClick } from './trusted-click.ts';

export interface NoticeHandlers {
  onDismiss(): void;
  /** The reader is on the notice (pointer or focus): it should stay while they are. */
  onHold(holding: boolean): void;
}

export function NoticeView({ notice, t, onDismiss, onHold }: { notice: Notice; t: Translate } & NoticeHandlers) {
  return (
    <div
      class="notice"
      data-failed={notice.failed ? 'true' : undefined}
      onPointerEnter={() => onHold(true)}
      onPointerLeave={() => onHold(false)}
      onFocusIn={() => onHold(true)}
      onFocusOut={() => onHold(false)}
    >
      <div class="notice-text">
        <p>{notice.text}</p>
        {notice.details?.map((line, i) => <p key={i} class="detail">{line}</p>)}
      </div>
      {notice.undo && (
        <button type="button" class="primary" data-action="undo" onClick={onTrustedClick(notice.undo)}>{t('card_undo')}</button>
      )}
      <button type="button" class="close" aria-label={t('card_dismiss')} title={t('card_dismiss')} onClick={onDismiss}>
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}
