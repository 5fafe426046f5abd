// One article of a publisher's folder: its text as the compiler reads it (title, blank line,
// paragraphs) and its metadata, settled from its .json file, its front matter and, for HTML,
// the page's own markup. Every problem names the file and, where it has one, the line.
import { existsSync, readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import type { SeedArticle } from '../../lib/compile-kb.ts';
import { decodeText, describeBadByte } from '../../lib/decode-text.ts';
import { parseJson } from '../../lib/json-parse.ts';
import { META_FIELDS, settleMeta, type MetaCandidates, type MetaField, type MetaProblem, type MetaValue } from '../../lib/publisher/article-meta.ts';
import { readFrontMatter } from '../../lib/publisher/front-matter.ts';
import { markdownToParagraphs } from '../../lib/publisher/markdown-text.ts';
import { shownPath } from './output.ts';
import { readHtmlArticle } from './read-html.ts';

export const ARTICLE_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm'];

/** Other names a metadata file or front matter may use for a field. */
const KEY_NAMES: Record<string, MetaField> = { lang: 'language', published: 'date', datepublished: 'date', link: 'url', canonical: 'url', site: 'publisher' };
/** Keys kept for people, not read (seeds/ has "note"); any other unknown key is probably a typo. */
const IGNORED_KEYS = new Set(['note', 'notes', 'author', 'authors', 'byline', 'tags', 'categories', 'description', 'summary', 'slug', 'layout', 'draft', 'image']);

export interface ReadArticle {
  article?: SeedArticle;
  problems: MetaProblem[];
}

/** What one article's files offer, gathered before it is settled. */
interface Gathered {
  file: string;
  candidates: MetaCandidates;
  problems: MetaProblem[];
}

function lineAt(text: string, index: number): number {
  return text.slice(0, index).split('\n').length;
}

function offer(into: Gathered, field: MetaField, value: Omit<MetaValue, 'file'> & { file?: string }): void {
  (into.candidates[field] ??= []).push({ file: into.file, ...value });
}

/** A key of a metadata file or front matter: read, ignored, or named as unknown. */
function offerKey(into: Gathered, key: string, value: unknown, file: string, line: number | undefined): void {
  const lower = key.toLowerCase();
  const field = (META_FIELDS as readonly string[]).includes(lower) ? (lower as MetaField) : KEY_NAMES[lower];
  if (!field) {
    if (!IGNORED_KEYS.has(lower)) into.problems.push({ severity: 'warning', file, line, message: `"${key}" is not a metadata field (${META_FIELDS.join(', ')}); it was ignored` });
  } else if (typeof value === 'string' || typeof value === 'number') offer(into, field, { value: String(value), file, line });
  else into.problems.push({ severity: 'warning', file, line, message: `"${key}" should be text; it was ignored` });
}

/** The `<name>.json` beside the article. */
function readMetaFile(path: string, into: Gathered): void {
  const file = shownPath(path);
  const text = readFileSync(path, 'utf8');
  const parsed = parseJson(text);
  if (!parsed.ok) return void into.problems.push({ severity: 'error', file, line: parsed.line, message: parsed.message });
  if (typeof parsed.value !== 'object' || parsed.value === null || Array.isArray(parsed.value)) {
    return void into.problems.push({ severity: 'error', file, message: 'should hold a JSON object like {"title": "…", "language": "en"}' });
  }
  for (const [key, value] of Object.entries(parsed.value)) {
    const at = text.indexOf(JSON.stringify(key));
    offerKey(into, key, value, file, at === -1 ? undefined : lineAt(text, at));
  }
}

async function readHtml(text: string, into: Gathered): Promise<string[]> {
  const html = await readHtmlArticle(text);
  const { title = [], ...others } = html.meta;
  // Readability's headline (the site's name stripped) is trusted over the raw <title>.
  const readability = html.readabilityTitle ? [{ value: html.readabilityTitle, from: 'Readability', needle: '<title' }] : [];
  const titles = [...title.filter((t) => t.from !== '<title>'), ...readability, ...title.filter((t) => t.from === '<title>')];
  for (const [field, values] of Object.entries({ title: titles, ...others })) {
    for (const { value, from, needle } of values) {
      const at = text.toLowerCase().indexOf(needle.toLowerCase());
      offer(into, field as MetaField, { value, from, line: at === -1 ? undefined : lineAt(text, at) });
    }
  }
  if (html.wholePage) into.problems.push({ severity: 'warning', file: into.file, message: 'Readability found no article in the page; its whole visible text was read' });
  return html.paragraphs;
}

function readTextOrMarkdown(text: string, markdown: boolean, into: Gathered): string[] {
  const front = readFrontMatter(text);
  for (const p of front.problems) into.problems.push({ severity: 'warning', file: into.file, line: p.line, message: p.message });
  for (const [key, { value, line }] of front.fields) offerKey(into, key, value, into.file, line);
  const bodyLine = (index: number) => front.bodyLine + lineAt(front.body, index) - 1;
  if (markdown) {
    const heading = /^ {0,3}#\s+(.+?)(?:\s+#+)?\s*$/m.exec(front.body);
    if (heading) offer(into, 'title', { value: markdownToParagraphs(heading[1]!)[0] ?? heading[1]!, line: bodyLine(heading.index), from: 'its "# " heading' });
    return markdownToParagraphs(front.body);
  }
  const paragraphs = front.body.replace(/\r\n?/g, '\n').split(/\n\s*\n/).map((p) => p.replace(/\s*\n\s*/g, ' ').trim()).filter(Boolean);
  // A plain text article starts with its title line, as seeds/ does: the last resort for a title.
  if (paragraphs[0] && paragraphs[0].length <= 200) offer(into, 'title', { value: paragraphs[0], line: bodyLine(Math.max(0, front.body.search(/\S/))), from: 'the first line' });
  return paragraphs;
}

function withTitle(title: string, paragraphs: string[]): string {
  // The compiler reads the first paragraph as the title (and drops a repeat of it).
  return (paragraphs[0]?.replace(/\s+/g, ' ') === title ? paragraphs : [title, ...paragraphs]).join('\n\n');
}

export async function readArticle(path: string): Promise<ReadArticle> {
  const into: Gathered = { file: shownPath(path), candidates: {}, problems: [] };
  const decoded = decodeText(readFileSync(path));
  if (!decoded.ok) {
    return { problems: [{ severity: 'error', file: into.file, line: decoded.line, message: `is not UTF-8 text (${describeBadByte(decoded)}); save it as UTF-8` }] };
  }
  const ext = extname(path).toLowerCase();
  const stem = path.slice(0, -ext.length);
  if (existsSync(`${stem}.json`)) readMetaFile(`${stem}.json`, into);
  const paragraphs = ext === '.html' || ext === '.htm' ? await readHtml(decoded.text, into) : readTextOrMarkdown(decoded.text, ext !== '.txt', into);
  offer(into, 'id', { value: basename(stem), from: 'the file name' });

  const settled = settleMeta(into.file, into.candidates);
  const problems = [...into.problems, ...settled.problems];
  if (!settled.meta || problems.some((p) => p.severity === 'error')) return { problems };
  if (!paragraphs.length) return { problems: [...problems, { severity: 'warning', file: into.file, message: 'has no text; it was left out' }] };
  return { article: { file: into.file, meta: settled.meta, text: withTitle(settled.meta.title, paragraphs) }, problems };
}
