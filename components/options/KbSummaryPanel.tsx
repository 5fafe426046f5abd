// What the knowledge base holds and where it comes from, in plain words (what a "name" and a
// "quoted sentence" are), with its version and date, and the two ways back: roll back to the
// previous KB, reset to the one bundled with the extension.
import { useState } from 'preact/hooks';
import { askBackground } from '../../lib/messaging.ts';
import type { KbSummary, StoreOverview } from '../../lib/store/overview.ts';
import type { KbOutcome } from '../../lib/sync/outcome.ts';
import { formatAge, formatDate, formatDateTime } from './format.ts';
import { kbLanguage, t, uiLanguage } from './i18n.ts';
import { kbTitle } from '../../lib/localized.ts';
import { OutcomeView } from './OutcomeView.tsx';

export function originText(summary: KbSummary): string {
  const { origin } = summary;
  if (origin.kind === 'bundled') return t('options_origin_bundled');
  if (origin.kind === 'url') return origin.url;
  return t('options_origin_file', [origin.name]);
}

export function KbSummaryPanel({ overview }: { overview: StoreOverview }) {
  const { active, previous } = overview;
  const [outcome, setOutcome] = useState<KbOutcome | undefined>();
  const act = async (type: 'kb:roll-back' | 'kb:reset') => setOutcome(await askBackground(type, {}));
  return (
    <section aria-labelledby="kb-heading" class="panel" data-testid="kb-summary">
      <h3 id="kb-heading">{t('options_kb_what_heading')}</h3>
      {kbTitle(active, kbLanguage) && <p class="kb-title">{kbTitle(active, kbLanguage)}</p>}
      <dl class="facts">
        <dt>{t('options_kb_source')}</dt>
        <dd data-testid="kb-source">{originText(active)}</dd>
        <dt>{t('options_kb_version')}</dt>
        <dd data-testid="kb-version">{active.version}</dd>
        <dt>{t('options_kb_released')}</dt>
        <dd>{t('options_kb_released_value', [formatDate(active.released, uiLanguage), formatAge(active.released, uiLanguage)])}</dd>
        <dt>{t('options_kb_contents')}</dt>
        <dd data-testid="kb-counts">{t('options_kb_counts', [active.entities, active.contexts])}</dd>
        <dt>{t('options_kb_active_since')}</dt>
        <dd>{formatDateTime(active.savedAt, uiLanguage)}</dd>
      </dl>
      <p class="hint">{t('options_kb_explained')}</p>
      <div class="row">
        <button type="button" disabled={!previous} onClick={() => void act('kb:roll-back')}>
          {t('options_roll_back')}
        </button>
        <button type="button" onClick={() => void act('kb:reset')}>{t('options_reset')}</button>
      </div>
      <p class="hint">
        {previous ? t('options_roll_back_hint', [previous.version, originText(previous)]) : t('options_roll_back_none')}
      </p>
      <p class="hint">{t('options_kb_layer_kept')}</p>
      {outcome && <OutcomeView outcome={outcome} testId="kb-outcome" />}
    </section>
  );
}
