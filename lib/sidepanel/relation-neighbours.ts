// The names around one name, for the relation map: one neighbour per related name, its curated
// relations (either direction) in words, and apart from them the names only mentioned together
// with it in the reader's articles. A name both related and mentioned together is drawn once,
// as related, and its description says both.
import { relationParts, type RelationPart } from '../card/relation-phrases.ts';
import type { EntityDetails, RelationInWords } from '../entity-details.ts';
import type { UiLanguage } from '../localized.ts';
import type { Translate } from '../translate.ts';
import type { MapNeighbour, RelationMapInput } from './relation-map.ts';

export interface NeighbourWords {
  t: Translate;
  language: UiLanguage;
  /** The name as the reader's language writes it. */
  nameOf(id: string, fallback: string): string;
}

/** The relation seen from the name: "makes", "made by" (panel_rel_<type>_<out|in>). */
export function relationLabel(relation: RelationInWords, t: Translate): string {
  return t(`panel_rel_${relation.type.replace(/-/g, '_')}_${relation.direction}`) || relation.type;
}

/**
 * The relation as a sentence in parts, the names as the reader's language writes them. The
 * sentence is built from the KB's names, whose form tells singular from plural ("Chinese
 * authorities" discourage), then each name is put in its reader's form ("Chinesische Behörden").
 */
export function localizedRelationParts(
  relation: RelationInWords,
  self: { id: string; name: string },
  language: UiLanguage,
  nameOf: NeighbourWords['nameOf'],
): RelationPart[] {
  return relationParts(relation, self, language).map((part) => (part.entity ? { ...part, text: nameOf(part.entity, part.text) } : part));
}

export function mapNeighbours(details: Pick<EntityDetails, 'entity' | 'relations' | 'inferred'>, words: NeighbourWords): RelationMapInput {
  const { t, language, nameOf } = words;
  const selfName = nameOf(details.entity.id, details.entity.name);
  const self = { id: details.entity.id, name: selfName };
  const curated = new Map<string, { name: string; labels: string[]; sentences: string[] }>();
  for (const relation of details.relations) {
    const { id } = relation.other;
    if (id === self.id) continue;
    const name = nameOf(id, relation.other.name);
    const node = curated.get(id) ?? { name, labels: [], sentences: [] };
    const label = relationLabel(relation, t);
    if (!node.labels.includes(label)) node.labels.push(label);
    const parts = localizedRelationParts(relation, { id: self.id, name: details.entity.name }, language, nameOf);
    node.sentences.push(parts.map((p) => p.text).join(''));
    curated.set(id, node);
  }
  const sentence = (name: string, articles: number) => t('panel_together_sentence', [selfName, name, articles]);
  const inferred: MapNeighbour[] = [];
  for (const i of details.inferred ?? []) {
    const node = curated.get(i.other.id);
    if (node) node.sentences.push(sentence(node.name, i.articles));
    else if (i.other.id !== self.id) {
      const name = nameOf(i.other.id, i.other.name);
      inferred.push({ id: i.other.id, name, label: t('panel_together_in', [i.articles]), description: sentence(name, i.articles) });
    }
  }
  return {
    self,
    curated: [...curated].map(([id, n]) => ({ id, name: n.name, label: n.labels.join(', '), description: n.sentences.join('. ') })),
    inferred,
  };
}

