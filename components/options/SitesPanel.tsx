// Where marking is off: everywhere (paused), on whole sites, for one name on one site, and the
// names switched off everywhere; each with the way to mark it again.
import { entityName } from '../../lib/localized.ts';
import { askBackground } from '../../lib/messaging.ts';
import type { StoreOverview } from '../../lib/store/overview.ts';
import { kbLanguage, t } from './i18n.ts';

export function SitesPanel({ overview }: { overview: StoreOverview }) {
  const { settings, layer, entities } = overview;
  const byId = new Map(entities.map((e) => [e.id, e]));
  const nameOf = (id: string) => {
    const entity = byId.get(id);
    return entity ? entityName(entity, kbLanguage) : id;
  };
  return (
    <section aria-labelledby="sites-heading" class="panel">
      <h3 id="sites-heading">{t('options_sites_heading')}</h3>
      <label class="switch">
        <input
          type="checkbox"
          role="switch"
          checked={settings.paused}
          onChange={(e) => void askBackground('settings:update', { paused: e.currentTarget.checked })}
        />
        {t('options_pause_label')}
      </label>
      <h4>{t('options_sites_off_heading')}</h4>
      {settings.sitesOff.length ? (
        <ul data-testid="sites-off">
          {settings.sitesOff.map((site) => (
            <li key={site}>
              {site}{' '}
              <button type="button" onClick={() => void askBackground('site:set-enabled', { site, enabled: true })}>
                {t('options_mark_there_again')}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="hint">{t('options_sites_off_none')}</p>
      )}
      {layer.dismissals.length > 0 && (
        <>
          <h4>{t('options_dismissals_heading')}</h4>
          <ul data-testid="hidden-names">
            {layer.dismissals.map((d) => (
              <li key={`${d.entity} ${d.site}`}>
                {t('options_dismissal_item', [nameOf(d.entity), d.site])}{' '}
                <button type="button" onClick={() => void askBackground('dismissal:set', { ...d, dismissed: false })}>
                  {t('options_mark_there_again')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {layer.disabledEntities.length > 0 && (
        <>
          <h4>{t('options_switched_off_heading')}</h4>
          <ul data-testid="switched-off">
            {layer.disabledEntities.map((entity) => (
              <li key={entity}>
                <a href={`#entity=${encodeURIComponent(entity)}`}>{nameOf(entity)}</a>{' '}
                <button type="button" onClick={() => void askBackground('entity:set-enabled', { entity, enabled: true })}>
                  {t('options_mark_again')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
