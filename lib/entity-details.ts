// What the card and the background view show for one entity, derived from a KB and the
// reader's note: its contexts and its products' contexts, its relations both ways, its sources.
import type { KnowledgeBase } from './kb-schema.ts';
import type { EntityDetails, RelationInWords } from './messages.ts';

export function entityDetails(kb: KnowledgeBase, id: string, note = ''): EntityDetails | null {
  const byId = new Map(kb.entities.map((e) => [e.id, e]));
  const entity = byId.get(id);
  if (!entity) return null;

  let family = entity;
  for (let hops = 0; family.parent && byId.has(family.parent) && hops < kb.entities.length; hops++) {
    family = byId.get(family.parent)!;
  }
  const descendants = kb.entities.filter((e) => {
    for (let p = e.parent, hops = 0; p && hops < kb.entities.length; p = byId.get(p)?.parent, hops++) {
      if (p === id) return true;
    }
    return false;
  });
  const contexts = [...entity.contexts, ...descendants.flatMap((e) => e.contexts)];

  const relations: RelationInWords[] = [];
  for (const r of kb.relations) {
    if (r.from === id && byId.has(r.to)) relations.push({ type: r.type, direction: 'out', other: { id: r.to, name: byId.get(r.to)!.name } });
    else if (r.to === id && byId.has(r.from)) relations.push({ type: r.type, direction: 'in', other: { id: r.from, name: byId.get(r.from)!.name } });
  }
  const sourceIds = new Set(contexts.map((c) => c.source));
  if (entity.descriptionSource) sourceIds.add(entity.descriptionSource);
  return {
    entity,
    contexts,
    family: { id: family.id, name: family.name },
    relations,
    sources: kb.sources.filter((s) => sourceIds.has(s.id)),
    kb: { version: kb.version, released: kb.released, title: kb.title },
    note,
  };
}
