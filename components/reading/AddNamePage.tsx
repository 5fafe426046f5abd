// The small window the context menu's "Add “…” as a name" opens (add-name.html?tab=ID&frame=F&text=…):
// it asks that frame for the selection and its sentence and shows the form. A frame that does not
// answer (a page without the content script) leaves the menu's own copy of the selected text.
import { useEffect, useState } from 'preact/hooks';
import type { ReaderName } from '../../lib/reading/records.ts';
import type { SelectionDraft } from '../../lib/reading/selection-draft.ts';
import { t } from '../options/i18n.ts';
import { AddNameForm } from './AddNameForm.tsx';
import { openEntity } from './open-entity.ts';
import { selectionOf } from './read-selection.ts';

export async function draftFromAddress(search: string): Promise<SelectionDraft | null> {
  const params = new URLSearchParams(search);
  const tabId = Number(params.get('tab'));
  const frameId = Number(params.get('frame') ?? 0);
  const fallback = params.get('text') ?? '';
  const read = Number.isInteger(tabId) && tabId >= 0 && params.has('tab') ? await selectionOf(tabId, Number.isInteger(frameId) ? frameId : 0) : undefined;
  if (read) return read;
  return fallback.trim() ? { text: fallback, cut: false, url: '' } : null;
}

export function AddNamePage({ search = location.search }: { search?: string }) {
  const [draft, setDraft] = useState<SelectionDraft | null | undefined>();
  const [saved, setSaved] = useState<ReaderName | undefined>();
  useEffect(() => {
    void draftFromAddress(search).then(setDraft);
  }, [search]);

  if (draft === undefined) return <main><p>{t('options_loading')}</p></main>;
  const close = () => window.close();
  if (saved) {
    return (
      <main>
        <p role="status" data-testid="name-saved">{t('yours_name_saved', [saved.name])}</p>
        <button type="button" onClick={close}>{t('yours_close')}</button>
      </main>
    );
  }
  // Nothing selected (any more): the form still takes a typed name, from no page.
  const start: SelectionDraft = draft ?? { text: '', cut: false, url: '' };
  return (
    <main>
      {!draft && <p role="status">{t('yours_no_selection')}</p>}
      <AddNameForm draft={start} headingLevel={1} onSaved={setSaved} onCancel={close} onOpen={openEntity} />
    </main>
  );
}
