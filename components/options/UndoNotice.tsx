// "Removed “…”." with an Undo button, after a remove in one of the reader's lists; once undone,
// it says the item is back.
import { useState } from 'preact/hooks';
import { t } from './i18n.ts';

export interface Removed {
  label: string;
  undo(): Promise<unknown>;
}

export function UndoNotice({ removed, message }: { removed: Removed; message: string }) {
  const [restored, setRestored] = useState(false);
  if (restored) return <p class="reading-notice" role="status">{t('yours_restored', [removed.label])}</p>;
  return (
    <p class="reading-notice" role="status">
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
