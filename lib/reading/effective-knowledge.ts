// The knowledge the extension works with: the active KB, plus the names the reader added (as
// entities, marked on pages), plus the reader's articles compiled into contexts. Two steps, so
// the cheap one (names: every page's config needs it) does not wait for the costly one
// (compiling every article: only an entity's details need it). Nothing here changes the KB.
import type { KnowledgeBase } from '../kb-schema.ts';
import type { KbOrigin } from '../store/schema.ts';
import type { CompiledArticle } from './compile-reader-article.ts';
import { inferRelations, type InferredRelation } from './co-occurrence.ts';
import { kbSourceOrigin, type SourceProvenance } from './provenance.ts';
import { readerNameParts } from './reader-entities.ts';
import type { ReaderName } from './records.ts';

export interface ActiveKb {
  kb: KnowledgeBase;
  origin: KbOrigin;
  /** When it became active. */
  savedAt: string;
}

export interface KnowledgeWithNames {
  kb: KnowledgeBase;
  /** Where each source came from, by source id. */
  provenance: Map<string, SourceProvenance>;
  /** The reader's names by entity id. */
  names: Map<string, ReaderName>;
}

export interface EffectiveKnowledge extends KnowledgeWithNames {
  /** Relations inferred from the reader's articles, by entity id. */
  inferred: Map<string, InferredRelation[]>;
}

export function withReaderNames(active: ActiveKb, names: readonly ReaderName[]): KnowledgeWithNames {
  const origin = kbSourceOrigin(active.origin);
  const provenance = new Map<string, SourceProvenance>(active.kb.sources.map((s) => [s.id, { origin, added: active.savedAt }]));
  const kbIds = new Set(active.kb.entities.map((e) => e.id));
  const kb: KnowledgeBase = { ...active.kb, entities: [...active.kb.entities], sources: [...active.kb.sources], relations: [...active.kb.relations] };
  const byId = new Map<string, ReaderName>();
  for (const name of names) {
    // A KB that came later with the same id keeps its entity (ids start "yours-", so only a KB that means to).
    if (kbIds.has(name.id) || byId.has(name.id)) continue;
    byId.set(name.id, name);
    const parts = readerNameParts(name);
    kb.entities.push(parts.entity);
    if (parts.relation && kbIds.has(parts.relation.to)) kb.relations.push(parts.relation);
    if (parts.source && !provenance.has(parts.source.id)) {
      kb.sources.push(parts.source);
      provenance.set(parts.source.id, parts.provenance!);
    }
  }
  // Relations between two of the reader's names, once all of them are in.
  for (const name of byId.values()) {
    const relation = readerNameParts(name).relation;
    if (relation && !kbIds.has(relation.to) && byId.has(relation.to)) kb.relations.push(relation);
  }
  return { kb, provenance, names: byId };
}

export function withReaderArticles(base: KnowledgeWithNames, articles: readonly CompiledArticle[]): EffectiveKnowledge {
  const extra = new Map<string, KnowledgeBase['entities'][number]['contexts']>();
  // An article the reader also selected a name on: the article's fuller source replaces the page's.
  const articleIds = new Set(articles.map((a) => a.source.id));
  const sources = base.kb.sources.filter((s) => !articleIds.has(s.id));
  const provenance = new Map(base.provenance);
  for (const article of articles) {
    const { origin, added, byline, pageUrl, ...source } = article.source;
    sources.push(source);
    provenance.set(source.id, { origin: origin ?? 'yours', ...(added && { added }), ...(byline && { byline }), ...(pageUrl && { pageUrl }) });
    for (const [entity, contexts] of article.contexts) {
      const list = extra.get(entity) ?? [];
      list.push(...contexts);
      extra.set(entity, list);
    }
  }
  const entities = base.kb.entities.map((e) => (extra.has(e.id) ? { ...e, contexts: [...e.contexts, ...extra.get(e.id)!] } : e));
  return { ...base, kb: { ...base.kb, entities, sources }, provenance, inferred: inferRelations(articles, entities) };
}
