// The result of a sync, import, roll back or reset, in words: what happened, what was kept,
// what to do. A refused older KB offers the one way to take it anyway.
import { describeOutcome } from '../../lib/sync/describe-outcome.ts';
import type { KbOutcome } from '../../lib/sync/outcome.ts';
import { t } from './i18n.ts';

export function OutcomeView(props: { outcome: KbOutcome; onConfirmOlder?: () => void; testId?: string; compact?: boolean }) {
  const { outcome, onConfirmOlder } = props;
  const text = describeOutcome(outcome, t);
  // A record of an earlier attempt: the headline only, and nothing announced.
  if (props.compact) return <p class={outcome.ok ? 'outcome ok' : 'outcome refused'}>{text.headline}</p>;
  const older = !outcome.ok && outcome.refusal.kind === 'older' ? outcome.refusal : undefined;
  return (
    <div class={outcome.ok ? 'outcome ok' : 'outcome refused'} role={outcome.ok ? 'status' : 'alert'} data-testid={props.testId}>
      <p class="headline">{text.headline}</p>
      {text.details.length > 0 && (
        <ul class="details">
          {text.details.map((line, i) => <li key={i}>{line}</li>)}
        </ul>
      )}
      {text.advice && <p class="advice">{text.advice}</p>}
      {older && onConfirmOlder && (
        <button type="button" onClick={onConfirmOlder}>{t('options_use_older', [older.offered])}</button>
      )}
    </div>
  );
}
