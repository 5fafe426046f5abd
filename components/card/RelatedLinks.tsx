// The other entities this one relates to, as buttons that switch the card to them.
import type { RelationInWords } from '../../lib/entity-details.ts';
import type { CardLanguage } from '../../lib/card/card-language.ts';
import type { Translate } from '../../lib/translate.ts';

export function relatedEntities(relations: readonly RelationInWords[], language: CardLanguage = 'en'): { id: string; name: string }[] {
  const seen = new Map<string, string>();
  for (const { other } of relations) if (!seen.has(other.id)) seen.set(other.id, other.names?.[language] ?? other.name);
  return [...seen].map(([id, name]) => ({ id, name }));
}

export function RelatedLinks(props: { relations: readonly RelationInWords[]; language: CardLanguage; t: Translate; onSwitch(id: string): void }) {
  const related = relatedEntities(props.relations, props.language);
  if (!related.length) return null;
  return (
    <nav class="related" aria-label={props.t('card_related')}>
      <span class="label">{props.t('card_related')}</span>
      <ul>
        {related.map((entity) => (
          <li key={entity.id}>
            <button type="button" class="link" data-switch={entity.id} onClick={() => props.onSwitch(entity.id)}>
              {entity.name}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
