// Reads seeds/ from disk: the curated entities and every article with its metadata.
// Malformed JSON is reported with the file, line and column.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { compileKb, SeedError, type SeedArticle, type SeedEntities } from '../lib/compile-kb.ts';
import { parseJson } from '../lib/json-parse.ts';
import type { KnowledgeBase } from '../lib/kb-schema.ts';

export const SEEDS_DIR = join(import.meta.dirname, '..', 'seeds');

function readJsonObject(file: string): Record<string, unknown> {
  const name = relative(process.cwd(), file) || file;
  const parsed = parseJson(readFileSync(file, 'utf8'));
  if (!parsed.ok) throw new SeedError(name, [parsed.message]);
  if (typeof parsed.value !== 'object' || parsed.value === null || Array.isArray(parsed.value)) {
    throw new SeedError(name, ['should hold a JSON object']);
  }
  return parsed.value as Record<string, unknown>;
}

export function readSeeds(dir = SEEDS_DIR): { entities: SeedEntities; articles: SeedArticle[] } {
  const entitiesFile = join(dir, 'entities.json');
  const entities = { file: relative(process.cwd(), entitiesFile), data: readJsonObject(entitiesFile) };
  const articlesDir = join(dir, 'articles');
  const articles = readdirSync(articlesDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const metaFile = join(articlesDir, f.replace(/\.txt$/, '.json'));
      const meta = readJsonObject(metaFile) as SeedArticle['meta'];
      return { file: relative(process.cwd(), join(articlesDir, f)), meta, text: readFileSync(join(articlesDir, f), 'utf8') };
    });
  return { entities, articles };
}

/** The KB exactly as the build bundles it. */
export function buildBundledKb(dir = SEEDS_DIR): KnowledgeBase {
  const { entities, articles } = readSeeds(dir);
  return compileKb(entities, articles);
}
