// `npm run kb -- build DIR`: a publisher's folder made into a KB. DIR holds entities.json
// (the format of seeds/entities.json), optionally glossary.csv (more entities, one a row),
// and the articles (.txt, .md, .html, in any subfolder), each with its metadata. The
// compiler is the one the bundled KB is built with.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { extname, join } from 'node:path';
import { compileKb, SeedError, type SeedArticle } from '../../lib/compile-kb.ts';
import { decodeText, describeBadByte } from '../../lib/decode-text.ts';
import { describeGlossaryFailure, describeGlossaryIssue } from '../../lib/glossary/glossary-issue.ts';
import { glossaryEntities } from '../../lib/glossary/glossary-kb.ts';
import { parseJson } from '../../lib/json-parse.ts';
import type { KnowledgeBase, Source } from '../../lib/kb-schema.ts';
import type { UiLanguage } from '../../lib/localized.ts';
import type { MetaProblem } from '../../lib/publisher/article-meta.ts';
import { english } from './english.ts';
import { shownPath } from './output.ts';
import { ARTICLE_EXTENSIONS, readArticle } from './read-article.ts';

export interface FolderBuild {
  kb?: KnowledgeBase;
  articles: number;
  problems: MetaProblem[];
}

function articleFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => !entry.name.startsWith('.') && entry.name !== 'node_modules')
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return articleFiles(path);
      return ARTICLE_EXTENSIONS.includes(extname(entry.name).toLowerCase()) ? [path] : [];
    })
    .sort();
}

function readEntitiesFile(file: string, problems: MetaProblem[]): Record<string, unknown> | undefined {
  if (!existsSync(file)) {
    problems.push({ severity: 'error', file: shownPath(file), message: 'is missing: a KB needs its version, release date and entities (see seeds/entities.json)' });
    return undefined;
  }
  const parsed = parseJson(readFileSync(file, 'utf8'));
  if (!parsed.ok) return void problems.push({ severity: 'error', file: shownPath(file), line: parsed.line, message: parsed.message });
  if (typeof parsed.value === 'object' && parsed.value !== null && !Array.isArray(parsed.value)) return parsed.value as Record<string, unknown>;
  problems.push({ severity: 'error', file: shownPath(file), message: 'should hold a JSON object: {"version": 1, "released": "…", "entities": […]}' });
  return undefined;
}

/** glossary.csv's entities and link sources, after those of entities.json; a name taken there is skipped. */
function addGlossary(file: string, data: Record<string, unknown>, lang: UiLanguage, problems: MetaProblem[]): Source[] {
  const decoded = decodeText(readFileSync(file));
  if (!decoded.ok) {
    problems.push({ severity: 'error', file: shownPath(file), line: decoded.line, message: `is not UTF-8 text (${describeBadByte(decoded)}); ${english('sync_advice_save_utf8')}` });
    return [];
  }
  const read = glossaryEntities(decoded.text, lang);
  for (const issue of read.issues) problems.push({ severity: 'warning', file: shownPath(file), message: describeGlossaryIssue(issue, english) });
  if ('failure' in read) {
    problems.push({ severity: 'error', file: shownPath(file), message: describeGlossaryFailure(read.failure, english) });
    return [];
  }
  const curated = Array.isArray(data.entities) ? (data.entities as { id?: unknown; name?: unknown }[]) : [];
  const taken = new Set(curated.flatMap((e) => [e.id, typeof e.name === 'string' ? e.name.toLowerCase() : undefined]));
  const added = read.entities.filter((e) => {
    if (!taken.has(e.id) && !taken.has(e.name.toLowerCase())) return true;
    problems.push({ severity: 'warning', file: shownPath(file), message: `"${e.name}" is already in entities.json; the glossary's entry was left out` });
    return false;
  });
  data.entities = [...curated, ...added];
  const used = new Set(added.map((e) => e.descriptionSource));
  return read.sources.filter((s) => used.has(s.id));
}

export async function buildFolder(dir: string, options: { lang?: UiLanguage } = {}): Promise<FolderBuild> {
  const problems: MetaProblem[] = [];
  const entitiesFile = join(dir, 'entities.json');
  const data = readEntitiesFile(entitiesFile, problems);
  const glossaryFile = join(dir, 'glossary.csv');
  const glossarySources = data && existsSync(glossaryFile) ? addGlossary(glossaryFile, data, options.lang ?? 'en', problems) : [];

  const articles: SeedArticle[] = [];
  const fileOfId = new Map<string, string>();
  for (const file of articleFiles(dir)) {
    const read = await readArticle(file);
    problems.push(...read.problems);
    if (!read.article) continue;
    const { id } = read.article.meta;
    const first = fileOfId.get(id);
    if (first) problems.push({ severity: 'error', file: read.article.file, message: `has the id "${id}", as ${first} has; give one of them another "id"` });
    else fileOfId.set(id, read.article.file);
    articles.push(read.article);
  }
  if (!data || problems.some((p) => p.severity === 'error')) return { articles: articles.length, problems };

  // Articles' sources and the glossary's links: compileKb takes the sources from the seed's data when it has them.
  const seedData = glossarySources.length ? { ...data, sources: [...articles.map((a) => ({ ...a.meta })), ...glossarySources] } : data;
  try {
    return { kb: compileKb({ file: shownPath(entitiesFile), data: seedData }, articles), articles: articles.length, problems };
  } catch (error) {
    if (!(error instanceof SeedError)) throw error;
    for (const message of error.problems) problems.push({ severity: 'error', file: error.file, message });
    return { articles: articles.length, problems };
  }
}
