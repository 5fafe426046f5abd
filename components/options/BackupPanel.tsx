// Export to a file (the KB and the reader's layer in one JSON) and import from one, checked
// exactly like a sync: nothing changes unless the whole file is good. A CSV glossary is read
// as bytes here, so a file that is not UTF-8 is refused before it is sent anywhere.
import { useState } from 'preact/hooks';
import { decodeText } from '../../lib/decode-text.ts';
import { isGlossaryFile } from '../../lib/glossary/glossary-import.ts';
import { askBackground } from '../../lib/messaging.ts';
import type { StoreOverview } from '../../lib/store/overview.ts';
import { importLimitBytes } from '../../lib/store/settings.ts';
import type { KbOutcome } from '../../lib/sync/outcome.ts';
import { kbLanguage, t } from './i18n.ts';
import { OutcomeView } from './OutcomeView.tsx';

/** Characters per message: Chrome refuses a message over 64 MB (of JSON), so a big file goes in parts. */
const PART_CHARS = 8 * 1024 * 1024;

/** Sends a big file's text in parts; returns what 'kb:import' then names. */
async function upload(text: string): Promise<{ id: string; parts: number }> {
  const id = crypto.randomUUID();
  const parts = Math.ceil(text.length / PART_CHARS);
  for (let index = 0; index < parts; index++) {
    await askBackground('kb:import-part', { upload: id, index, text: text.slice(index * PART_CHARS, (index + 1) * PART_CHARS) });
  }
  return { id, parts };
}

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
    try {
      const file = text.length > PART_CHARS ? { upload: await upload(text) } : { text };
      setOutcome(await askBackground('kb:import', { ...file, fileName: name, confirmOlder, language: kbLanguage }));
    } catch {
      // No answer: the browser stopped the background mid-import; nothing of it was kept.
      setOutcome({ ok: false, action: 'import', refusal: { kind: 'interrupted', phase: 'checking' }, keptVersion: overview.active.version });
    }
  };

  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = ''; // choosing the same file again must fire another change
    if (!file) return;
    const limitBytes = importLimitBytes(overview.settings.maxKbMegabytes);
    if (file.size > limitBytes) {
      return setOutcome({
        ok: false,
        action: 'import',
        refusal: { kind: 'too-large', limitBytes },
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
