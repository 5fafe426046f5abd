// What the card and the background view show for one entity, derived from a KB and the
// reader's note: its contexts and its products' contexts, its relations both ways, its sources.
import type { Entity, KnowledgeBase, RelationType, Source } from './kb-schema.ts';
import { kbLookup } from './kb-lookup.ts';
import { ancestorsOf, familyOf } from './parent-chain.ts';
import type { InferredRelation } from './reading/co-occurrence.ts';
import type { NewSince, SourceWithOrigin } from './reading/provenance.ts';
import type { NameOrigin } from './reading/records.ts';

export interface RelationInWords {
  type: RelationType;
  /** 'out': this entity is the subject ("Huawei makes …"); 'in': the object ("… makes the Ascend 910C"). */
  direction: 'out' | 'in';
  /** `names`: where a language writes it differently ("Chinesische Behörden"). */
  other: { id: string; name: string; names?: Entity['names'] };
}

/** What the card shows for one entity. */
export interface EntityDetails {
  entity: Entity;
  /** Its parent chain, nearest first, without their contexts (for "Why is this marked?"). */
  ancestors: Omit<Entity, 'contexts'>[];
  /** Contexts of this entity and of its products (children), from every source, newest first. */
  contexts: Entity['contexts'];
  family: { id: string; name: string };
  relations: RelationInWords[];
  /** Each with where it came from (bundled, synced, imported, yours) and when it arrived, where known. */
  sources: SourceWithOrigin[];
  kb: Pick<KnowledgeBase, 'version' | 'released' | 'title'>;
  note: string;
  /** Names it shares a sentence with in the reader's articles, apart from the curated relations. */
  inferred?: InferredRelation[];
  /** What arrived since the reader last opened this name's background (absent before the first time). */
  newSince?: NewSince;
  /** A name the reader added: the sentence and page they added it from. */
  addedFrom?: NameOrigin;
}

export function entityDetails(kb: KnowledgeBase, id: string, note = ''): EntityDetails | null {
  const lookup = kbLookup(kb);
  const { byId } = lookup;
  const entity = byId.get(id);
  if (!entity) return null;

  const family = familyOf(entity, byId);
  const descendants = lookup.descendantsOf(entity);
  const contexts = [...entity.contexts, ...descendants.flatMap((e) => e.contexts)];

  const relations: RelationInWords[] = [];
  const other = (e: Entity) => (e.names ? { id: e.id, name: e.name, names: e.names } : { id: e.id, name: e.name });
  for (const r of lookup.relationsOf(id)) {
    if (r.from === id && byId.has(r.to)) relations.push({ type: r.type, direction: 'out', other: other(byId.get(r.to)!) });
    else if (r.to === id && byId.has(r.from)) relations.push({ type: r.type, direction: 'in', other: other(byId.get(r.from)!) });
  }
  const sourceIds = new Set(contexts.map((c) => c.source));
  if (entity.descriptionSource) sourceIds.add(entity.descriptionSource);
  return {
    entity,
    ancestors: ancestorsOf(entity, byId).map(({ contexts: _, ...rest }) => rest),
    contexts,
    family: { id: family.id, name: family.name },
    relations,
    sources: kb.sources.filter((s) => sourceIds.has(s.id)),
    kb: { version: kb.version, released: kb.released, title: kb.title },
    note,
  };
}
