// Puts a KB outcome into words for the reader: a headline that says what happened and what
// was kept, the details (every schema problem with its JSON path), and what to do next.
import { describeGlossaryFailure, describeGlossaryIssue } from '../glossary/glossary-issue.ts';
import { formatProblem } from '../kb-validate.ts';
import type { KbOutcome, Refusal } from './outcome.ts';
import type { Translate } from '../translate.ts';

export interface OutcomeText {
  headline: string;
  details: string[];
  advice?: string;
}

/** Problems listed under the headline; a broken file can have thousands. */
const MAX_DETAILS = 30;

function megabytes(bytes: number): string {
  return String(Math.round((bytes / (1024 * 1024)) * 10) / 10);
}

function kilobytes(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : `${Math.round(bytes / 1024)} KB`;
}

export function describeRefusal(r: Refusal, t: Translate): { reason: string; advice?: string } {
  switch (r.kind) {
    case 'bad-url':
      return { reason: t(`sync_reason_url_${r.detail.replace(/-/g, '_')}`), advice: t('sync_advice_url') };
    case 'no-permission':
      return { reason: t('sync_reason_no_permission', [r.origin]), advice: t('sync_advice_no_permission') };
    case 'network':
      return { reason: t('sync_reason_network', [r.origin]), advice: t('sync_advice_network') };
    case 'timeout':
      return { reason: t('sync_reason_timeout', [r.seconds]), advice: t('sync_advice_later') };
    case 'dropped':
      return { reason: t('sync_reason_dropped', [kilobytes(r.receivedBytes)]), advice: t('sync_advice_later') };
    case 'http-status': {
      const status = `${r.status}${r.statusText ? ` ${r.statusText}` : ''}`;
      if (r.status === 404 || r.status === 410) return { reason: t('sync_reason_http_missing', [status]), advice: t('sync_advice_check_url') };
      if (r.status >= 500) return { reason: t('sync_reason_http_server', [status]), advice: t('sync_advice_later') };
      return { reason: t('sync_reason_http_refused', [status]), advice: t('sync_advice_check_url') };
    }
    case 'redirect-insecure':
      return { reason: t('sync_reason_redirect_insecure', [r.to]), advice: t('sync_advice_redirect') };
    case 'redirect-other-origin':
      return { reason: t('sync_reason_redirect_other_origin', [r.to]), advice: t('sync_advice_redirect') };
    case 'content-type':
      return r.contentType === 'text/html'
        ? { reason: t('sync_reason_html'), advice: t('sync_advice_content_type') }
        : { reason: t('sync_reason_content_type', [r.contentType]), advice: t('sync_advice_content_type') };
    case 'too-large':
      return { reason: t('sync_reason_too_large', [megabytes(r.limitBytes)]), advice: t('sync_advice_too_large') };
    case 'invalid-json':
      return { reason: t('sync_reason_invalid_json', [r.line, r.column, r.message.replace(/^.*?: /, '')]), advice: t('sync_advice_publisher') };
    case 'invalid-kb':
      return { reason: r.problems[0] ? formatProblem(r.problems[0]) : t('sync_reason_not_a_kb'), advice: t('sync_advice_publisher') };
    case 'not-a-kb':
      return { reason: t('sync_reason_not_a_kb'), advice: t('sync_advice_publisher') };
    case 'not-utf8': {
      const byte = `0x${r.byte.toString(16).toUpperCase().padStart(2, '0')}`;
      const reason = r.asWindows1252 ? t('sync_reason_not_utf8_windows', [r.line, byte, r.asWindows1252]) : t('sync_reason_not_utf8', [r.line, byte]);
      return { reason, advice: t('sync_advice_save_utf8') };
    }
    case 'invalid-glossary':
      return { reason: describeGlossaryFailure(r.failure, t), advice: t('sync_advice_glossary') };
    case 'older':
      return { reason: t('sync_reason_older', [r.offered, r.active]), advice: t('sync_advice_older', [r.offered]) };
    case 'no-previous':
      return { reason: t('sync_reason_no_previous') };
    case 'storage':
      return r.full
        ? { reason: t('sync_reason_storage_full'), advice: t('sync_advice_storage_full') }
        : { reason: t('sync_reason_storage', [r.detail]), advice: t('sync_advice_storage') };
    case 'interrupted':
      return { reason: t(`sync_reason_interrupted_${r.phase}`), advice: t('sync_advice_interrupted') };
  }
}

/** The lines under the headline, capped: a broken file can have thousands. */
function listed(lines: string[], t: Translate): string[] {
  if (lines.length <= MAX_DETAILS) return lines;
  return [...lines.slice(0, MAX_DETAILS - 1), t('sync_more_problems', [lines.length - MAX_DETAILS + 1])];
}

export function describeOutcome(outcome: KbOutcome, t: Translate): OutcomeText {
  if (outcome.ok) {
    if (outcome.kind === 'not-modified') return { headline: t('sync_not_modified', [outcome.version]), details: [] };
    if (outcome.kind === 'same') return { headline: t('sync_same', [outcome.version]), details: [] };
    const counts = [outcome.version, outcome.entities, outcome.newEntities, outcome.contexts];
    if (outcome.glossary) {
      const issues = outcome.glossary.issues.map((issue) => describeGlossaryIssue(issue, t));
      return { headline: t('sync_done_import_glossary', counts), details: listed(issues, t), advice: issues.length ? t('sync_glossary_kept') : undefined };
    }
    return { headline: t(`sync_done_${outcome.action.replace('-', '_')}`, counts), details: [] };
  }
  const { reason, advice } = describeRefusal(outcome.refusal, t);
  const action = outcome.action.replace('-', '_');
  const headline =
    outcome.keptVersion === null ? t('sync_not_changed_no_kb', [reason]) : t(`sync_not_changed_${action}`, [reason, outcome.keptVersion]);
  const { refusal } = outcome;
  if (refusal.kind === 'invalid-glossary') return { headline, details: listed(refusal.issues.map((issue) => describeGlossaryIssue(issue, t)), t), advice };
  const problems = refusal.kind === 'invalid-kb' ? refusal.problems : [];
  const details = problems.slice(1, MAX_DETAILS).map(formatProblem);
  if (problems.length > MAX_DETAILS) details.push(t('sync_more_problems', [problems.length - MAX_DETAILS]));
  return { headline, details, advice };
}
