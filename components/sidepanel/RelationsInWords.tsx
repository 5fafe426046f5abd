// The relations as sentences, every name a link that shows it in the panel: the complete list
// behind the map (which draws at most a dozen), and the same for screen readers.
import type { EntityDetails } from '../../lib/entity-details.ts';
import type { UiLanguage } from '../../lib/localized.ts';
import { localizedRelationParts } from '../../lib/sidepanel/relation-neighbours.ts';
import type { Translate } from '../../lib/translate.ts';

export interface RelationsInWordsProps {
  details: Pick<EntityDetails, 'entity' | 'relations' | 'inferred'>;
  language: UiLanguage;
  t: Translate;
  nameOf(id: string, fallback: string): string;
}

const link = (id: string, name: string) => <a href={`#entity=${encodeURIComponent(id)}`}>{name}</a>;

export function RelationsInWords({ details, language, t, nameOf }: RelationsInWordsProps) {
  const self = { id: details.entity.id, name: details.entity.name };
  const inferred = details.inferred ?? [];
  return (
    <ul class="relation-list">
      {details.relations.map((relation, i) => (
        <li key={`r${i}`}>
          {localizedRelationParts(relation, self, language, nameOf).map((part, j) =>
            part.entity && part.entity !== self.id ? <span key={j}>{link(part.entity, part.text)}</span> : <span key={j}>{part.text}</span>,
          )}
        </li>
      ))}
      {inferred.map((i) => (
        <li key={`i${i.other.id}`} class="inferred">
          {link(i.other.id, nameOf(i.other.id, i.other.name))}: {t('panel_together_short', [i.articles])}
        </li>
      ))}
    </ul>
  );
}
