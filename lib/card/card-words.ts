// Words the card puts together from parts: an entity's kind, the live region's announcement, and
// the names of related entities in the reader's language.
import type { Translate } from '../translate.ts';
import type { MentionPlace } from './mark-steps.ts';

export function kindLabel(kind: string, t: Translate): string {
  return t(`card_kind_${kind}`) || kind;
}

/** "NVIDIA, company, mention 2 of 9": what the live region says when a card opens. */
export function announcement(name: string, kind: string, mention: MentionPlace, t: Translate): string {
  const label = kindLabel(kind, t);
  return mention.index === null ? t('card_announce', [name, label]) : t('card_announceMention', [name, label, String(mention.index), String(mention.total)]);
}
