// Whether a name is marked on pages and, if not, why, in words: by design (a publication or an
// authority that explains the story is never marked), switched off by the reader, or marked
// except on the sites where the reader hid it.
import type { EntityListing } from '../../lib/store/overview.ts';
import type { ReaderLayer } from '../../lib/store/reader-layer.ts';
import type { Translate } from '../../lib/translate.ts';

export type MarkingStatus =
  | { kind: 'marked' }
  | { kind: 'hidden-on'; sites: string[] }
  | { kind: 'switched-off' }
  | { kind: 'by-design'; as: EntityListing['kind'] };

export function markingStatus(entity: Pick<EntityListing, 'id' | 'kind' | 'marks'>, layer: Pick<ReaderLayer, 'disabledEntities' | 'dismissals'>): MarkingStatus {
  if (!entity.marks) return { kind: 'by-design', as: entity.kind };
  if (layer.disabledEntities.includes(entity.id)) return { kind: 'switched-off' };
  const sites = layer.dismissals.filter((d) => d.entity === entity.id).map((d) => d.site);
  return sites.length ? { kind: 'hidden-on', sites } : { kind: 'marked' };
}

export function describeMarkingStatus(status: MarkingStatus, t: Translate): string {
  switch (status.kind) {
    case 'marked':
      return t('options_status_marked');
    case 'switched-off':
      return t('options_status_switched_off');
    case 'hidden-on':
      return status.sites.length === 1 ? t('options_status_hidden_on_one', [status.sites[0]!]) : t('options_status_hidden_on', [status.sites.length]);
    case 'by-design':
      return status.as === 'publication'
        ? t('options_status_by_design_publication')
        : status.as === 'authority'
          ? t('options_status_by_design_authority')
          : t('options_status_by_design');
  }
}
