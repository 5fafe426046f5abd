// The options page: the active KB, sync, the entity browser and view, backup, sites, and
// keyboard shortcuts. `#entity=ID` in the address opens that entity (the card links there).
import { useEffect, useState } from 'preact/hooks';
import { BackupPanel } from './BackupPanel.tsx';
import { entityFromHash } from './entity-link.ts';
import { EntityBrowser } from './EntityBrowser.tsx';
import { EntityView } from './EntityView.tsx';
import { t } from './i18n.ts';
import { KbSummaryPanel } from './KbSummaryPanel.tsx';
import { CardTimingPanel } from './CardTimingPanel.tsx';
import { ShortcutsPanel } from './ShortcutsPanel.tsx';
import { SitesPanel } from './SitesPanel.tsx';
import { SyncPanel } from './SyncPanel.tsx';
import { YourArticlesPanel } from './YourArticlesPanel.tsx';
import { YourNamesPanel } from './YourNamesPanel.tsx';
import { useOverview } from './use-overview.ts';

function useHashEntity(): string | undefined {
  const [entity, setEntity] = useState(() => entityFromHash(location.hash));
  useEffect(() => {
    const onHash = () => setEntity(entityFromHash(location.hash));
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  return entity;
}

export function OptionsApp() {
  const { overview, error } = useOverview();
  const entity = useHashEntity();
  // Arriving from a card's link: move focus to the entity, once.
  const [arrivedWith] = useState(entity);

  if (error) return <main><h1>{t('options_title')}</h1><p role="alert">{t('options_load_failed', [error])}</p></main>;
  if (!overview) return <main><h1>{t('options_title')}</h1><p>{t('options_loading')}</p></main>;
  const selected = entity ?? overview.entities[0]?.id;
  return (
    <main>
      <h1>{t('options_title')}</h1>
      <KbSummaryPanel overview={overview} />
      <SyncPanel overview={overview} />
      <div class="entities">
        <EntityBrowser overview={overview} selected={selected} />
        {selected && <EntityView key={selected} id={selected} overview={overview} focus={selected === arrivedWith} />}
      </div>
      <YourArticlesPanel />
      <YourNamesPanel />
      <BackupPanel overview={overview} />
      <SitesPanel overview={overview} />
      <CardTimingPanel overview={overview} />
      <ShortcutsPanel />
    </main>
  );
}
