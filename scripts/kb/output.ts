// What the KB commands share: printing problems, and writing the KB so that a reader of the
// file never sees half of it (a temporary file, then a rename).
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import type { KnowledgeBase } from '../../lib/kb-schema.ts';
import { formatMetaProblem, type MetaProblem } from '../../lib/publisher/article-meta.ts';

/** A file as messages name it: relative to where the command runs, unless it lies outside. */
export function shownPath(file: string): string {
  const inside = relative(process.cwd(), file);
  return inside && !inside.startsWith('..') ? inside : file;
}

export function printProblems(problems: MetaProblem[]): void {
  for (const p of problems) process.stderr.write(`${formatMetaProblem(p)}\n`);
}

export function writeKb(file: string, kb: KnowledgeBase): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(kb, null, 2)}\n`);
  renameSync(temporary, file);
}

const many = (n: number, one: string, more: string) => `${n} ${n === 1 ? one : more}`;

export function counts(kb: KnowledgeBase): string {
  const contexts = kb.entities.reduce((n, e) => n + e.contexts.length, 0);
  return `KB version ${kb.version}: ${many(kb.entities.length, 'entity', 'entities')}, ${many(contexts, 'context', 'contexts')}, ${many(kb.sources.length, 'source', 'sources')}`;
}

/** The end of a command that makes a KB: problems, then the file or the reason there is none. */
export function finish(kb: KnowledgeBase | undefined, problems: MetaProblem[], out: string, strict: boolean): number {
  printProblems(problems);
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  if (!kb || errors || (strict && warnings)) {
    const why = errors ? many(errors, 'error', 'errors') : `${many(warnings, 'warning', 'warnings')} (--strict)`;
    process.stderr.write(`The KB was not built: ${why}. ${out} was not written.\n`);
    return 1;
  }
  writeKb(out, kb);
  process.stdout.write(`${counts(kb)} → ${out}${warnings ? ` (${many(warnings, 'warning', 'warnings')} above)` : ''}\n`);
  return 0;
}
