// The effective knowledge (lib/reading/effective-knowledge.ts) as the background's answers use
// it, cached in memory: the KB with the reader's names is rebuilt only when the active KB or the
// names change (a card's details and the names form read it), and each article is compiled once
// per such build and kept until it changes. A new database connection (the data was cleared)
// starts afresh. Articles are matched with the pages' index (page-index.ts), not a matcher of its own.
import type { KnowledgeBase } from '../../lib/kb-schema.ts';
import { matcherOver, type Matcher } from '../../lib/matcher.ts';
import { compileReaderArticle, type CompiledArticle } from '../../lib/reading/compile-reader-article.ts';
import { withReaderArticles, withReaderNames, type EffectiveKnowledge, type KnowledgeWithNames } from '../../lib/reading/effective-knowledge.ts';
import type { ReaderArticle, ReaderName } from '../../lib/reading/records.ts';
import { getActiveKb } from '../../lib/store/kb-slots.ts';
import type { KbDb } from '../../lib/store/open-db.ts';
import { getArticles } from '../../lib/store/reader-knowledge.ts';
import { activeKb, database } from './database.ts';
import { fullView } from './page-index.ts';
import { forgetReaderNames, readerNames } from './reader-names.ts';

interface Base {
  db: KbDb;
  kb: KnowledgeBase;
  names: ReaderName[];
  knowledge: KnowledgeWithNames;
  matcher?: Matcher;
}

let articles: { db: KbDb; list: Promise<ReaderArticle[]> } | undefined;
let base: Base | undefined;
/** Compiled articles of the current base, by URL, with the `updated` they were compiled at. */
let compiled = new Map<string, { updated: string; article: CompiledArticle }>();
let effective: { base: Base; list: ReaderArticle[]; value: EffectiveKnowledge } | undefined;

async function readerArticles(db: KbDb): Promise<ReaderArticle[]> {
  if (articles?.db !== db) articles = { db, list: getArticles(db) };
  const list = articles.list;
  list.catch(() => (articles = undefined));
  return list;
}

async function currentBase(): Promise<Base> {
  const db = await database();
  const [kb, list] = await Promise.all([activeKb(), readerNames(db)]);
  if (base?.db === db && base.kb === kb && base.names === list) return base;
  const stored = await getActiveKb(db);
  const active = { kb, origin: stored?.origin ?? { kind: 'bundled' as const }, savedAt: stored?.savedAt ?? new Date(0).toISOString() };
  base = { db, kb, names: list, knowledge: withReaderNames(active, list) };
  compiled = new Map();
  return base;
}

/** The active KB with the reader's names: what pages are marked with. */
export async function knowledgeWithNames(): Promise<KnowledgeWithNames> {
  return (await currentBase()).knowledge;
}

/** The matcher of every entity of the KB and the reader's names (the same index pages use, unmasked). */
async function matcherOf(b: Base): Promise<Matcher> {
  b.matcher ??= matcherOver(await fullView());
  return b.matcher;
}

/** Compiles one article against the current knowledge and keeps the result; returns it with the time it took. */
export async function compileArticleNow(article: ReaderArticle): Promise<{ compiled: CompiledArticle; ms: number; knowledge: KnowledgeWithNames }> {
  const b = await currentBase();
  const matcher = await matcherOf(b);
  const start = performance.now();
  const result = compileReaderArticle(matcher, article);
  const ms = performance.now() - start;
  if (base === b) compiled.set(article.url, { updated: article.updated, article: result });
  return { compiled: result, ms, knowledge: b.knowledge };
}

/** Everything: the KB, the reader's names and their articles compiled (for an entity's details). */
export async function effectiveKnowledge(): Promise<EffectiveKnowledge> {
  const b = await currentBase();
  const list = await readerArticles(b.db);
  if (effective?.base === b && effective.list === list) return effective.value;
  const kept = new Map<string, { updated: string; article: CompiledArticle }>();
  for (const article of list) {
    let entry = compiled.get(article.url);
    if (entry?.updated !== article.updated) entry = { updated: article.updated, article: compileReaderArticle(await matcherOf(b), article) };
    kept.set(article.url, entry);
  }
  const value = withReaderArticles(b.knowledge, [...kept.values()].map((e) => e.article));
  if (base === b) {
    compiled = kept;
    effective = { base: b, list, value };
  }
  return value;
}

export { forgetReaderNames };

export function forgetReaderArticles(): void {
  articles = undefined;
}

/** An import may bring names and articles along with its KB. */
export function forgetReaderKnowledge(): void {
  forgetReaderNames();
  forgetReaderArticles();
}
