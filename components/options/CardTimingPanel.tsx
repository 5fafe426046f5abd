// The card's timing: how long to rest on a mark before it opens, and how long it stays after
// the pointer leaves. Defaults are Wikipedia's Page Previews' (500 ms and 300 ms).
import { askBackground } from '../../lib/messaging.ts';
import type { StoreOverview } from '../../lib/store/overview.ts';
import { t } from './i18n.ts';

export function CardTimingPanel({ overview }: { overview: StoreOverview }) {
  const { openDelayMs, closeDelayMs } = overview.settings;
  const save = (key: 'openDelayMs' | 'closeDelayMs', input: HTMLInputElement) => {
    const value = Math.round(Number(input.value));
    // The browser's own range check (min/max) says what is wrong; only valid values are sent.
    if (input.checkValidity() && Number.isFinite(value)) void askBackground('settings:update', { [key]: value });
  };
  return (
    <section aria-labelledby="card-timing-heading" class="panel">
      <h3 id="card-timing-heading">{t('options_card_timing_heading')}</h3>
      <label>
        {t('options_card_open_delay')}{' '}
        <input type="number" min={100} max={5000} step={50} value={openDelayMs} onChange={(e) => save('openDelayMs', e.currentTarget)} /> ms
      </label>
      <label>
        {t('options_card_close_delay')}{' '}
        <input type="number" min={0} max={5000} step={50} value={closeDelayMs} onChange={(e) => save('closeDelayMs', e.currentTarget)} /> ms
      </label>
    </section>
  );
}
