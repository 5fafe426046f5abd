// Export to a file (the KB and the reader's layer in one JSON) and import from one, checked
// exactly like a sync: nothing changes unless the whole file is good. A CSV glossary is read
// as bytes here, so a file that is not UTF-8 is refused before it is sent anywhere.
import { useState } from 'preact/hooks';
import { decodeText } from '../../lib/decode-text.ts';
import { isGlossaryFile } from '../../lib/glossary/glossary-import.ts';
import { askBackground } from '../../lib/messaging.ts';
import type { StoreOverview } from '../../lib/store/overview.ts';
import type { KbOutcome } from '../../lib/sync/outcome.ts';
import { kbLanguage, t } from './i18n.ts';
import { OutcomeView } from './OutcomeView.tsx';

/** Larger than any KB a sync accepts (5 MB) plus room for notes and the reader's articles
 * (up to 200,000 characters each); past this a file is not read at all. */
const MAX_IMPORT_BYTES = 48 * 1024 * 1024;

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function BackupPanel({ overview }: { overview: StoreOverview }) {
  const [outcome, setOutcome] = useState<KbOutcome | undefined>();
  const [pendingFile, setPendingFile] = useState<{ text: string; name: string } | undefined>();
  const [exportError, setExportError] = useState<string | undefined>();

  const exportFile = async () => {
    try {
      const backup = await askBackground('kb:export', {});
      download(`kb-backup-${backup.exported.slice(0, 10)}.json`, `${JSON.stringify(backup, null, 2)}\n`);
      setExportError(undefined);
    } catch (error) {
      setExportError(t('options_export_failed', [String(error)]));
    }
  };

  const importText = async (text: string, name: string, confirmOlder = false) => {
    setPendingFile({ text, name });
    setOutcome(await askBackground('kb:import', { text, fileName: name, confirmOlder, language: kbLanguage }));
  };

  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = ''; // choosing the same file again must fire another change
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) {
      return setOutcome({
        ok: false,
        action: 'import',
        refusal: { kind: 'too-large', limitBytes: MAX_IMPORT_BYTES },
        keptVersion: overview.active.version,
      });
    }
    if (!isGlossaryFile(file.name)) return importText(await file.text(), file.name);
    const decoded = decodeText(new Uint8Array(await file.arrayBuffer()));
    if (decoded.ok) return importText(decoded.text, file.name);
    const { line, byte, asWindows1252 } = decoded;
    setOutcome({ ok: false, action: 'import', refusal: { kind: 'not-utf8', line, byte, asWindows1252 }, keptVersion: overview.active.version });
  };

  return (
    <section aria-labelledby="backup-heading" class="panel">
      <h3 id="backup-heading">{t('options_backup_heading')}</h3>
      <p class="hint">{t('options_backup_hint')}</p>
      <div class="row">
        <button type="button" onClick={() => void exportFile()}>{t('options_export')}</button>
        <label class="file-button">
          {t('options_import')}
          <input type="file" accept=".json,application/json,.csv,text/csv" onChange={(e) => void onFile(e.currentTarget)} />
        </label>
      </div>
      {exportError && <p role="alert">{exportError}</p>}
      {outcome && (
        <OutcomeView
          outcome={outcome}
          testId="import-outcome"
          onConfirmOlder={pendingFile ? () => void importText(pendingFile.text, pendingFile.name, true) : undefined}
        />
      )}
    </section>
  );
}
