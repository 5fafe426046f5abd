// Where marking is off: everywhere (paused), on whole sites, or for one entity on one site.
import { askBackground } from '../../lib/messaging.ts';
import type { StoreOverview } from '../../lib/store/overview.ts';
import { t } from './i18n.ts';

export function SitesPanel({ overview }: { overview: StoreOverview }) {
  const { settings, layer, entities } = overview;
  const nameOf = new Map(entities.map((e) => [e.id, e.name]));
  return (
    <section aria-labelledby="sites-heading" class="panel">
      <h2 id="sites-heading">{t('options_sites_heading')}</h2>
      <label class="switch">
        <input
          type="checkbox"
          role="switch"
          checked={settings.paused}
          onChange={(e) => void askBackground('settings:update', { paused: e.currentTarget.checked })}
        />
        {t('options_pause_label')}
      </label>
      <h3>{t('options_sites_off_heading')}</h3>
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
          <h3>{t('options_dismissals_heading')}</h3>
          <ul>
            {layer.dismissals.map((d) => (
              <li key={`${d.entity} ${d.site}`}>
                {t('options_dismissal_item', [nameOf.get(d.entity) ?? d.entity, d.site])}{' '}
                <button type="button" onClick={() => void askBackground('dismissal:set', { ...d, dismissed: false })}>
                  {t('options_mark_there_again')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
