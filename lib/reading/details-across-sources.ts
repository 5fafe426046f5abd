// An entity's details over the effective knowledge: its contexts from every source (bundled,
// synced or imported, the reader's), newest first, each source with where it came from and
// when; the relations inferred from the reader's articles; what is new since the reader last
// opened this name; and for a name the reader added, where they added it from.
import { entityDetails, type EntityDetails } from '../entity-details.ts';
import type { EffectiveKnowledge } from './effective-knowledge.ts';
import { timelineDay, type SourceWithOrigin } from './provenance.ts';

export type { NewSince } from './provenance.ts';

export function detailsAcrossSources(knowledge: EffectiveKnowledge, id: string, note = '', lastOpened?: string): EntityDetails | null {
  const details = entityDetails(knowledge.kb, id, note);
  if (!details) return null;
  const sources: SourceWithOrigin[] = details.sources.map((s) => ({ ...s, ...knowledge.provenance.get(s.id) }));
  const byId = new Map(sources.map((s) => [s.id, s]));
  // Newest first; contexts of one source keep the article's order (the sort is stable).
  const contexts = [...details.contexts].sort((a, b) => timelineDay(byId.get(b.source)).localeCompare(timelineDay(byId.get(a.source))));
  const out: EntityDetails = { ...details, contexts, sources, inferred: knowledge.inferred.get(id) ?? [] };
  if (lastOpened) {
    const fresh = sources.filter((s) => s.added !== undefined && s.added > lastOpened).map((s) => s.id);
    const freshSet = new Set(fresh);
    out.newSince = { lastOpened, sources: fresh, contexts: contexts.filter((c) => freshSet.has(c.source)).length };
  }
  const name = knowledge.names.get(id);
  if (name) out.addedFrom = name.from;
  return out;
}
