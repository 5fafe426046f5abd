// Sync from a URL: the address, 'Sync now', progress while it runs, the result in words, then
// the open tabs re-marking (the answer does not wait for them), and automatic sync with its last
// attempt. The host permission for the address is asked for here, on the click, and never at
// install: the address is checked here for that (the background checks it again, trusting no message).
import { useCallback, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { askBackground } from '../../lib/messaging.ts';
import type { StoreOverview } from '../../lib/store/overview.ts';
import { MAX_KB_MEGABYTES } from '../../lib/store/settings.ts';
import type { ExtensionPageEvents } from '../../lib/messages.ts';
import type { KbOutcome, SyncPhase } from '../../lib/sync/outcome.ts';
import { checkSyncUrl } from '../../lib/sync/url-policy.ts';
import { formatDateTime } from './format.ts';
import { t, uiLanguage } from './i18n.ts';
import { OutcomeView } from './OutcomeView.tsx';
import { usePageEvent } from './page-events.ts';

const INTERVALS = [6, 12, 24, 24 * 7];

export function SyncPanel({ overview }: { overview: StoreOverview }) {
  const { settings, syncStatus } = overview;
  const [url, setUrl] = useState(settings.syncUrl);
  const [phase, setPhase] = useState<SyncPhase | undefined>();
  const [outcome, setOutcome] = useState<KbOutcome | undefined>();
  const [remarking, setRemarking] = useState<ExtensionPageEvents['tabs:remarking'] | undefined>();
  const busy = useRef(false);
  /** Where the sync had got to, for saying where it stopped if the background stops answering. */
  const lastPhase = useRef<SyncPhase>('fetching');
  /** Tabs re-marking are shown once a sync has been asked for from this page. */
  const synced = useRef(false);
  usePageEvent('sync:progress', useCallback(({ phase }) => {
    if (!busy.current) return;
    lastPhase.current = phase;
    setPhase(phase);
  }, []));
  usePageEvent('tabs:remarking', useCallback((event) => synced.current && setRemarking(event), []));

  const sync = async (confirmOlder = false) => {
    // A second click while a sync runs joins it (the background also runs one at a time).
    if (busy.current) return;
    const keptVersion = overview.active.version;
    const address = checkSyncUrl(url);
    if (!address.ok) return setOutcome({ ok: false, action: 'sync', refusal: address.refusal, keptVersion });
    busy.current = true;
    synced.current = true;
    setOutcome(undefined);
    setRemarking(undefined);
    setPhase('fetching');
    lastPhase.current = 'fetching';
    try {
      // Must be the first thing the click does: browsers grant permissions only during a user gesture.
      const granted = await browser.permissions.request({ origins: [address.permission] }).catch(() => false);
      if (!granted) return setOutcome({ ok: false, action: 'sync', refusal: { kind: 'no-permission', origin: address.url.origin }, keptVersion });
      setOutcome(await askBackground('sync:now', { url: address.url.href, confirmOlder }));
    } catch {
      // No answer: the browser stopped the background mid-sync (its next start records the
      // attempt, and the sync status below shows it once the page reads the store again).
      setOutcome({ ok: false, action: 'sync', refusal: { kind: 'interrupted', phase: lastPhase.current }, keptVersion });
    } finally {
      busy.current = false;
      setPhase(undefined);
    }
  };

  const last = syncStatus.last;
  return (
    <section aria-labelledby="sync-heading" class="panel">
      <h3 id="sync-heading">{t('options_sync_heading')}</h3>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void sync();
        }}
      >
        <label for="sync-url">{t('options_sync_url_label')}</label>
        <div class="row">
          <input
            id="sync-url"
            type="text"
            inputMode="url"
            spellcheck={false}
            autoComplete="url"
            placeholder="https://example.org/kb.json"
            value={url}
            onInput={(e) => setUrl(e.currentTarget.value)}
            aria-describedby="sync-url-hint"
          />
          <button type="submit" aria-disabled={phase !== undefined}>{t('options_sync_now')}</button>
        </div>
        <p id="sync-url-hint" class="hint">{t('options_sync_url_hint')}</p>
      </form>
      <MaxSizeField megabytes={settings.maxKbMegabytes} />
      <p role="status" class="progress" data-testid="sync-progress">
        {phase ? t(`options_sync_phase_${phase}`) : ''}
      </p>
      {outcome && <OutcomeView outcome={outcome} testId="sync-outcome" onConfirmOlder={() => void sync(true)} />}
      {outcome && remarking && (
        <p role="status" class="progress" data-testid="sync-remarking">
          {remarking.left > 0
            ? t('options_tabs_remarking')
            : remarking.unanswered
              ? t('options_tabs_unanswered', [remarking.unanswered])
              : t('options_tabs_remarked')}
        </p>
      )}

      <h4>{t('options_autosync_heading')}</h4>
      <label class="switch">
        <input
          type="checkbox"
          role="switch"
          checked={settings.autoSync}
          disabled={!settings.syncUrl}
          onChange={(e) => void askBackground('settings:update', { autoSync: e.currentTarget.checked })}
        />
        {t('options_autosync_label')}
      </label>
      {!settings.syncUrl && <p class="hint">{t('options_autosync_needs_url')}</p>}
      <label class="inline">
        {t('options_autosync_interval')}{' '}
        <select
          value={String(settings.autoSyncHours)}
          onChange={(e) => void askBackground('settings:update', { autoSyncHours: Number(e.currentTarget.value) })}
        >
          {INTERVALS.map((hours) => (
            <option key={hours} value={String(hours)}>{t(`options_autosync_every_${hours}h`)}</option>
          ))}
        </select>
      </label>
      <div data-testid="sync-last-attempt">
        {last ? (
          <>
            <p>{t(last.trigger === 'auto' ? 'options_last_attempt_auto' : 'options_last_attempt_manual', [formatDateTime(last.at, uiLanguage), last.url])}</p>
            <OutcomeView outcome={last.outcome} compact />
          </>
        ) : (
          <p>{t('options_last_attempt_none')}</p>
        )}
        {settings.autoSync && syncStatus.nextAutoAt && (
          <p>{t('options_next_attempt', [formatDateTime(syncStatus.nextAutoAt, uiLanguage)])}</p>
        )}
        {settings.autoSync && syncStatus.failures > 0 && <p>{t('options_failures_in_a_row', [syncStatus.failures])}</p>}
      </div>
    </section>
  );
}

/** The largest KB a sync or import reads, in MB; a value out of range is not sent (the field shows the setting again). */
function MaxSizeField({ megabytes }: { megabytes: number }) {
  const [text, setText] = useState(String(megabytes));
  const commit = (value: string) => {
    const n = Number(value);
    if (Number.isInteger(n) && n >= 1 && n <= MAX_KB_MEGABYTES) {
      if (n !== megabytes) void askBackground('settings:update', { maxKbMegabytes: n });
    } else setText(String(megabytes));
  };
  return (
    <p class="inline">
      <label for="sync-max-size">{t('options_sync_max_size')}</label>{' '}
      <input
        id="sync-max-size"
        type="number"
        min={1}
        max={MAX_KB_MEGABYTES}
        step={1}
        size={5}
        value={text}
        aria-describedby="sync-max-size-hint"
        onInput={(e) => setText(e.currentTarget.value)}
        onChange={(e) => commit(e.currentTarget.value)}
      />{' '}
      {t('options_sync_max_size_unit')}
      <br />
      <span id="sync-max-size-hint" class="hint">{t('options_sync_max_size_hint')}</span>
    </p>
  );
}
