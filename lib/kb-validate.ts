// Validation of a whole KB: the schema, then the rules a schema cannot state (unique ids,
// known references, no parent cycles, spans inside their sentence). Every problem is
// reported with its JSON path, e.g. "entities[4].aliases is empty".
import * as v from 'valibot';
import { KnowledgeBaseSchema, type Entity, type KnowledgeBase } from './kb-schema.ts';
import { shapeProblem } from './code-shapes.ts';

export interface Problem {
  /** JSON path of the offending value, e.g. "entities[4].aliases"; "" for the whole document. */
  path: string;
  message: string;
}

export type Validated = { ok: true; kb: KnowledgeBase } | { ok: false; problems: Problem[] };

export function formatProblem(p: Problem): string {
  return p.path ? `${p.path} ${p.message}` : p.message;
}

/** A valibot issue's place as a JSON path: "entities[4].aliases". */
export function pathOf(issue: v.BaseIssue<unknown>): string {
  let out = '';
  for (const item of issue.path ?? []) {
    const key = item.key as string | number;
    out += typeof key === 'number' ? `[${key}]` : out ? `.${key}` : key;
  }
  return out;
}

function schemaProblems(issues: v.BaseIssue<unknown>[]): Problem[] {
  return issues.map((issue) => ({
    path: pathOf(issue),
    message: issue.input === undefined && issue.kind === 'schema' ? 'is missing' : issue.message,
  }));
}

function referenceProblems(kb: KnowledgeBase): Problem[] {
  const problems: Problem[] = [];
  const firstIndex = new Map<string, number>();
  kb.entities.forEach((e, i) => {
    const seen = firstIndex.get(e.id);
    if (seen === undefined) firstIndex.set(e.id, i);
    else problems.push({ path: `entities[${i}].id`, message: `"${e.id}" is already the id of entities[${seen}]` });
  });
  const sourceIds = new Set(kb.sources.map((s) => s.id));
  kb.entities.forEach((e, i) => {
    if (e.parent !== undefined && !firstIndex.has(e.parent)) {
      problems.push({ path: `entities[${i}].parent`, message: `names "${e.parent}", which is not an entity in this KB` });
    }
    if (e.descriptionSource !== undefined && !sourceIds.has(e.descriptionSource)) {
      problems.push({ path: `entities[${i}].descriptionSource`, message: `names "${e.descriptionSource}", which is not in sources` });
    }
    e.aliases.forEach((a, j) => {
      if (!/[\p{L}\p{N}]/u.test(a.text)) {
        problems.push({ path: `entities[${i}].aliases[${j}].text`, message: 'has no letter or digit, so it can never be found' });
      }
    });
    problems.push(...matchingProblems(e, `entities[${i}]`));
    e.contexts.forEach((c, j) => {
      if (!sourceIds.has(c.source)) {
        problems.push({ path: `entities[${i}].contexts[${j}].source`, message: `names "${c.source}", which is not in sources` });
      }
      c.spans.forEach((s, k) => {
        if (s.end <= s.start || s.end > c.text.length) {
          problems.push({ path: `entities[${i}].contexts[${j}].spans[${k}]`, message: `(${s.start}–${s.end}) is not inside the quoted text` });
        }
      });
    });
  });
  problems.push(...parentCycles(kb, firstIndex));
  kb.relations.forEach((r, i) => {
    for (const end of ['from', 'to'] as const) {
      if (!firstIndex.has(r[end])) {
        problems.push({ path: `relations[${i}].${end}`, message: `names "${r[end]}", which is not an entity in this KB` });
      }
    }
    if (r.source !== undefined && !sourceIds.has(r.source)) {
      problems.push({ path: `relations[${i}].source`, message: `names "${r.source}", which is not in sources` });
    }
  });
  return problems;
}

/** The model shapes and the names that are something else: each must be a shape the matcher can
 * use, and each of those names must start with one of the entity's own. */
function matchingProblems(e: Entity, at: string): Problem[] {
  const problems: Problem[] = [];
  const check = (list: readonly string[] | undefined, path: string) => list?.forEach((s, j) => {
    const problem = shapeProblem(s);
    if (problem) problems.push({ path: `${path}[${j}]`, message: `("${s}") ${problem}` });
  });
  check(e.models?.codes, `${at}.models.codes`);
  check(e.models?.suffixes, `${at}.models.suffixes`);
  check(e.notNames, `${at}.notNames`);
  if (!e.notNames?.length) return problems;
  const names = e.aliases.map((a) => comparable(a.text));
  e.notNames.forEach((form, j) => {
    if (!names.some((name) => comparable(form).startsWith(name))) {
      problems.push({
        path: `${at}.notNames[${j}]`,
        message: `("${form}") should start with one of this entity's names (${e.aliases.map((a) => `"${a.text}"`).join(', ')}), like "${e.aliases[0]!.text} Money"; as it is, it can never apply`,
      });
    }
  });
  return problems;
}

const comparable = (s: string) => s.toLowerCase().replace(/[\s\u00ad\u200b-\u200d\u2060-]+/g, ' ').trim();

function parentCycles(kb: KnowledgeBase, indexOf: Map<string, number>): Problem[] {
  const problems: Problem[] = [];
  kb.entities.forEach((e, i) => {
    const seen = new Set<string>([e.id]);
    let parent = e.parent;
    while (parent !== undefined) {
      if (seen.has(parent)) {
        problems.push({ path: `entities[${i}].parent`, message: `makes a loop: "${e.id}" is its own ancestor` });
        return;
      }
      seen.add(parent);
      const next = indexOf.get(parent);
      parent = next === undefined ? undefined : kb.entities[next]!.parent;
    }
  });
  return problems;
}

export function validateKb(input: unknown): Validated {
  const parsed = v.safeParse(KnowledgeBaseSchema, input);
  if (!parsed.success) return { ok: false, problems: schemaProblems(parsed.issues) };
  const problems = referenceProblems(parsed.output);
  return problems.length ? { ok: false, problems } : { ok: true, kb: parsed.output };
}
