// Compiles the seeds (curated entities + source articles) into the KB the extension ships:
// every sentence of every article is run through the same matcher the extension uses, and
// each entity keeps the sentences that name it as its quoted context.
import { parseArticle } from './article.ts';
import { KB_FORMAT, type Context, type KnowledgeBase, type Source } from './kb-schema.ts';
import { compileMatcher, type Matcher } from './matcher.ts';
import { formatProblem, validateKb, type Problem } from './kb-validate.ts';

export interface SeedArticle {
  /** Where it was read from, for error messages. */
  file: string;
  meta: Omit<Source, 'id'> & { id: string };
  text: string;
}

export interface SeedEntities {
  file: string;
  /** The parsed entities file: version, released, title, entities, relations. */
  data: Record<string, unknown>;
}

export class SeedError extends Error {
  constructor(readonly file: string, readonly problems: string[]) {
    super(`${file}:\n  ${problems.join('\n  ')}`);
    this.name = 'SeedError';
  }
}

/** "entities[2].aliases" → "entity \"huawei\" (entities[2]), field aliases". */
function describe(problem: Problem, draft: Record<string, unknown>): string {
  const m = /^entities\[(\d+)\](?:\.(.*))?$/.exec(problem.path);
  if (!m) return formatProblem(problem);
  const entities = Array.isArray(draft.entities) ? draft.entities : [];
  const id = (entities[Number(m[1])] as { id?: unknown } | undefined)?.id;
  const who = typeof id === 'string' ? `entity "${id}" (entities[${m[1]}])` : `entities[${m[1]}]`;
  return m[2] ? `${who}, field ${m[2]}: ${problem.message}` : `${who}: ${problem.message}`;
}

function validateOrThrow(file: string, draft: Record<string, unknown>): KnowledgeBase {
  const result = validateKb(draft);
  if (!result.ok) throw new SeedError(file, result.problems.map((p) => describe(p, draft)));
  return result.kb;
}

export interface ArticleToCompile {
  /** The source id its contexts name. */
  id: string;
  language: string;
  /** The title, then the paragraphs, separated by blank lines (lib/article.ts). */
  text: string;
}

/** The contexts one article gives each entity it names: every sentence that names it, with the spans. */
export function compileArticle(matcher: Matcher, article: ArticleToCompile): Map<string, Context[]> {
  const contexts = new Map<string, Context[]>();
  for (const sentence of parseArticle(article.text, article.language).sentences) {
    const byEntity = new Map<string, Context['spans']>();
    for (const span of matcher.scan(sentence.text)) {
      const spans = byEntity.get(span.entity) ?? [];
      spans.push({ start: span.start, end: span.end });
      byEntity.set(span.entity, spans);
    }
    for (const [entity, spans] of byEntity) {
      const list = contexts.get(entity) ?? [];
      list.push({ source: article.id, section: sentence.section, text: sentence.text, spans });
      contexts.set(entity, list);
    }
  }
  return contexts;
}

export function compileKb(seed: SeedEntities, articles: SeedArticle[]): KnowledgeBase {
  const sources: Source[] = articles.map((a) => ({ ...a.meta }));
  const draft = { format: KB_FORMAT, sources, relations: [], ...seed.data };
  const kb = validateOrThrow(seed.file, draft);
  const matcher = compileMatcher(kb.entities, { includeUnmarked: true });
  const contexts = new Map<string, Context[]>(kb.entities.map((e) => [e.id, []]));

  for (const article of articles) {
    const compiled = compileArticle(matcher, { id: article.meta.id, language: article.meta.language, text: article.text });
    for (const [entity, found] of compiled) contexts.get(entity)!.push(...found);
  }
  const compiled = { ...kb, entities: kb.entities.map((e) => ({ ...e, contexts: contexts.get(e.id)! })) };
  return validateOrThrow(seed.file, compiled);
}
