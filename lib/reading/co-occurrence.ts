// Relations inferred from the reader's articles: two names mentioned in one sentence are
// "mentioned together", counted per article. Kept apart from the KB's curated relations (they
// say only that the two appear together, not how they relate). A name and its own family
// (NVIDIA and NVIDIA H100) are not counted: that relation is already known.
import type { Entity } from '../kb-schema.ts';
import type { CompiledArticle } from './compile-reader-article.ts';

export interface InferredRelation {
  other: { id: string; name: string };
  /** In how many of the reader's articles the two share a sentence. */
  articles: number;
  /** Those articles' source ids. */
  sources: string[];
}

function ancestors(id: string, byId: ReadonlyMap<string, Pick<Entity, 'parent'>>): Set<string> {
  const out = new Set<string>();
  for (let p = byId.get(id)?.parent; p && !out.has(p); p = byId.get(p)?.parent) out.add(p);
  return out;
}

/** For every entity, the others it shares a sentence with in the reader's articles, most articles first. */
export function inferRelations(articles: readonly CompiledArticle[], entities: readonly Pick<Entity, 'id' | 'name' | 'parent'>[]): Map<string, InferredRelation[]> {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const family = new Map<string, Set<string>>();
  const familyOf = (id: string) => {
    let set = family.get(id);
    if (!set) family.set(id, (set = ancestors(id, byId)));
    return set;
  };
  // "a b" → the articles where a and b share a sentence.
  const together = new Map<string, Set<string>>();
  for (const article of articles) {
    const bySentence = new Map<string, Set<string>>();
    for (const [entity, contexts] of article.contexts) {
      for (const c of contexts) {
        const key = `${c.section}\u0000${c.text}`;
        const set = bySentence.get(key) ?? new Set<string>();
        set.add(entity);
        bySentence.set(key, set);
      }
    }
    for (const names of bySentence.values()) {
      const ids = [...names].sort();
      for (let i = 0; i < ids.length; i++) {
        for (let j = i + 1; j < ids.length; j++) {
          const [a, b] = [ids[i]!, ids[j]!];
          if (familyOf(a).has(b) || familyOf(b).has(a)) continue;
          const key = `${a} ${b}`;
          const seen = together.get(key) ?? new Set<string>();
          seen.add(article.source.id);
          together.set(key, seen);
        }
      }
    }
  }
  const out = new Map<string, InferredRelation[]>();
  const add = (id: string, other: string, sources: Set<string>) => {
    const entity = byId.get(other);
    if (!entity || !byId.has(id)) return;
    const list = out.get(id) ?? [];
    list.push({ other: { id: other, name: entity.name }, articles: sources.size, sources: [...sources] });
    out.set(id, list);
  };
  for (const [key, sources] of together) {
    const [a, b] = key.split(' ') as [string, string];
    add(a, b, sources);
    add(b, a, sources);
  }
  for (const list of out.values()) list.sort((x, y) => y.articles - x.articles || x.other.name.localeCompare(y.other.name));
  return out;
}
