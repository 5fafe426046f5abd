// The names on the page, one row each: the name with its count (choosing it scrolls to its
// first mention and opens its card) and a labelled button that hides it on this site.
import type { MarkCount } from '../../lib/page/mark-counts.ts';
import { t } from '../options/i18n.ts';

export interface MarksListProps {
  marks: readonly MarkCount[];
  onReveal(entity: string): void;
  onHideOnSite?(mark: MarkCount): void;
}

export function MarksList({ marks, onReveal, onHideOnSite }: MarksListProps) {
  const sorted = [...marks].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  return (
    <ul class="marks" data-testid="marks" aria-labelledby="on-page-heading">
      {sorted.map((mark) => (
        <li key={mark.entity} data-entity={mark.entity}>
          <button type="button" class="reveal" onClick={() => onReveal(mark.entity)} title={t('popup_reveal_hint')}>
            <span class="name">{mark.name}</span> <span class="count">{mark.count}</span>
            <span class="sr-only"> {t('popup_on_this_page')}</span>
          </button>
          {onHideOnSite && (
            // The accessible name starts with the visible word, so speech control finds it by what it shows.
            <button type="button" class="hide" onClick={() => onHideOnSite(mark)} aria-label={t('popup_hide_on_site', [mark.name])}>
              {t('popup_hide')}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
