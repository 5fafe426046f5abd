// The marks on the page, one row per entity with its count. Choosing a row scrolls to the
// first mark and opens its card; the small button hides that entity on this site.
import type { MarkCount } from '../../lib/page/mark-counts.ts';
import { t } from '../options/i18n.ts';

export interface MarksListProps {
  marks: readonly MarkCount[];
  onReveal(entity: string): void;
  onHideOnSite?(entity: string): void;
}

export function MarksList({ marks, onReveal, onHideOnSite }: MarksListProps) {
  const sorted = [...marks].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  return (
    <ul class="marks" data-testid="marks">
      {sorted.map((mark) => (
        <li key={mark.entity} data-entity={mark.entity}>
          <button type="button" class="reveal" onClick={() => onReveal(mark.entity)} aria-label={t('popup_reveal', [mark.name, mark.count])}>
            <span class="name">{mark.name}</span>
            <span class="count">{mark.count}</span>
          </button>
          {onHideOnSite && (
            <button type="button" class="hide" onClick={() => onHideOnSite(mark.entity)} title={t('popup_hide_on_site', [mark.name])} aria-label={t('popup_hide_on_site', [mark.name])}>
              ×
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
