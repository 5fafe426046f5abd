// "Removed “…”." with an Undo button, after a remove in one of the reader's lists (or a name
// hidden in the popup); once undone, it says the item is back.
import { useState } from 'preact/hooks';
import { t } from './i18n.ts';

export interface Removed {
  label: string;
  undo(): Promise<unknown>;
  /** What to say once undone (default: "Restored “…”."). */
  restored?: string;
}

export function UndoNotice({ removed, message }: { removed: Removed; message: string }) {
  const [restored, setRestored] = useState(false);
  if (restored) return <p class="reading-notice" role="status">{removed.restored ?? t('yours_restored', [removed.label])}</p>;
  return (
    <p class="reading-notice" role="status" data-testid="undo-notice">
      {message}{' '}
      <button
        type="button"
        onClick={() => {
          void removed.undo().then(() => setRestored(true));
        }}
      >
        {t('yours_undo')}
      </button>
    </p>
  );
}
