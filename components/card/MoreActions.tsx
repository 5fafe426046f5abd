// Behind "More": the side panel, adding the article, why the mark is there, and the switches
// that stop marking (this name on this site, this name everywhere, everything everywhere).
import { useState } from 'preact/hooks';
import type { WhyMarked } from '../../lib/card/why-marked.ts';
import type { Translate } from '../../lib/translate.ts';
import { onTrustedClick } from './trusted-click.ts';
import { WhyText } from './WhyText.tsx';

export type SwitchKind = 'site' | 'entity' | 'pause';

export interface MoreActionsProps {
  entityName: string;
  t: Translate;
  /** Only while the card shows the mark's own entity (not a related one it switched to). */
  why?: () => WhyMarked | undefined;
  onSidePanel(): void;
  onAddArticle(): void;
  onSwitchOff(kind: SwitchKind): void;
}

export function MoreActions(props: MoreActionsProps) {
  const { t, entityName } = props;
  const [why, setWhy] = useState<{ value: WhyMarked | undefined } | null>(null);
  return (
    <div class="more" id="kb-card-more" role="group" aria-label={t('card_more')}>
      <div class="actions">
        <button type="button" data-action="side-panel" onClick={onTrustedClick(props.onSidePanel)}>{t('card_open_side_panel')}</button>
        <button type="button" data-action="add-article" onClick={onTrustedClick(props.onAddArticle)}>{t('card_add_article')}</button>
        {props.why && (
          <button
            type="button"
            data-action="why"
            aria-expanded={why ? 'true' : 'false'}
            aria-controls={why ? 'kb-card-why' : undefined}
            onClick={() => setWhy(why ? null : { value: props.why!() })}
          >
            {t('card_why')}
          </button>
        )}
      </div>
      {why && <WhyText why={why.value} entityName={entityName} t={t} />}
      <div class="actions switches">
        <button type="button" data-action="not-on-site" onClick={onTrustedClick(() => props.onSwitchOff('site'))}>{t('card_not_on_site')}</button>
        <button type="button" data-action="hide-entity" onClick={onTrustedClick(() => props.onSwitchOff('entity'))}>{t('card_hide_entity', [entityName])}</button>
        <button type="button" data-action="pause" onClick={onTrustedClick(() => props.onSwitchOff('pause'))}>{t('card_pause')}</button>
      </div>
    </div>
  );
}
