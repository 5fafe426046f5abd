// The options page, ordered for a reader: first "On your pages" (pause, sites where marking is
// off, hidden names, the card's timing, shortcuts), then "Your knowledge" (articles, names and
// notes of the reader's own), then "Knowledge base" (what it holds and where it comes from, the
// names in it, sync, backup). `#entity=ID` in the address opens that name (the card links there).
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { BackupPanel } from './BackupPanel.tsx';
import { CardTimingPanel } from './CardTimingPanel.tsx';
import { entityFromHash } from './entity-link.ts';
import { EntityBrowser } from './EntityBrowser.tsx';
import { EntityView } from './EntityView.tsx';
import { t } from './i18n.ts';
import { KbSummaryPanel } from './KbSummaryPanel.tsx';
import { ShortcutsPanel } from './ShortcutsPanel.tsx';
import { SitesPanel } from './SitesPanel.tsx';
import { SyncPanel } from './SyncPanel.tsx';
import { useOverview } from './use-overview.ts';
import { YourArticlesPanel } from './YourArticlesPanel.tsx';
import { YourNamesPanel } from './YourNamesPanel.tsx';
import { YourNotesPanel } from './YourNotesPanel.tsx';

function useHashEntity(): string | undefined {
  const [entity, setEntity] = useState(() => entityFromHash(location.hash));
  useEffect(() => {
    const onHash = () => setEntity(entityFromHash(location.hash));
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  return entity;
}

function Section(props: { id: string; title: string; hint: string; children: ComponentChildren }) {
  return (
    <section aria-labelledby={`section-${props.id}-heading`} class="section" data-testid={`section-${props.id}`}>
      <h2 id={`section-${props.id}-heading`}>{props.title}</h2>
      <p class="hint">{props.hint}</p>
      {props.children}
    </section>
  );
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
      <Section id="pages" title={t('options_section_pages')} hint={t('options_section_pages_hint')}>
        <SitesPanel overview={overview} />
        <CardTimingPanel overview={overview} />
        <ShortcutsPanel />
      </Section>
      <Section id="yours" title={t('options_section_yours')} hint={t('options_section_yours_hint')}>
        <YourArticlesPanel />
        <YourNamesPanel />
        <YourNotesPanel overview={overview} />
      </Section>
      <Section id="kb" title={t('options_kb_heading')} hint={t('options_section_kb_hint')}>
        <KbSummaryPanel overview={overview} />
        <div class="entities">
          <EntityBrowser overview={overview} selected={selected} />
          {selected && <EntityView key={selected} id={selected} overview={overview} focus={selected === arrivedWith} />}
        </div>
        <SyncPanel overview={overview} />
        <BackupPanel overview={overview} />
      </Section>
    </main>
  );
}
