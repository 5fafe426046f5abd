// While the popup's tab has a selection: a button "Add “…” as a name" that opens the name form
// right in the popup, and says so once the name is saved (it is then marked on every open page).
import { useEffect, useState } from 'preact/hooks';
import type { ReaderName } from '../../lib/reading/records.ts';
import type { SelectionDraft } from '../../lib/reading/selection-draft.ts';
import { AddNameForm } from '../reading/AddNameForm.tsx';
import { openEntity } from '../reading/open-entity.ts';
import { selectionOf } from '../reading/read-selection.ts';
import { t } from '../options/i18n.ts';

/** How much of the selection the button's label quotes. */
const LABEL_CHARS = 40;

function quoted(text: string): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > LABEL_CHARS ? `${one.slice(0, LABEL_CHARS - 1)}…` : one;
}

export function AddNameFromSelection({ tabId, onSaved }: { tabId: number; onSaved?(name: ReaderName): void }) {
  const [draft, setDraft] = useState<SelectionDraft | null | undefined>();
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState<ReaderName | undefined>();
  useEffect(() => {
    void selectionOf(tabId, 0).then((d) => setDraft(d ?? null));
  }, [tabId]);

  if (saved) return <p class="reading-notice" role="status" data-testid="name-saved">{t('yours_name_saved', [saved.name])}</p>;
  if (!draft) return null;
  if (!open) {
    return (
      <button type="button" class="reading-button" onClick={() => setOpen(true)}>
        {t('yours_add_name_button', [quoted(draft.text)])}
      </button>
    );
  }
  return (
    <AddNameForm
      draft={draft}
      onSaved={(name) => {
        setSaved(name);
        onSaved?.(name);
      }}
      onCancel={() => setOpen(false)}
      onOpen={openEntity}
    />
  );
}
