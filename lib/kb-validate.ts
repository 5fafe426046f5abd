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

function problemMessage(issue: v.BaseIssue<unknown>): string {
  return issue.input === undefined && issue.kind === 'schema' ? 'is missing' : issue.message;
}

function schemaProblems(issues: v.BaseIssue<unknown>[]): Problem[] {
  return issues.map((issue) => ({ path: pathOf(issue), message: problemMessage(issue) }));
}

function referenceProblems(kb: KnowledgeBase): Problem[] {
  return drain(referenceSteps(kb));
}

/** Runs a generator of steps to its end, at once. */
function drain<T>(steps: Generator<void, T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** Entities checked between two pauses of a sliced check. */
const STEP = 500;

function* referenceSteps(kb: KnowledgeBase): Generator<void, Problem[]> {
  const problems: Problem[] = [];
  const firstIndex = new Map<string, number>();
  kb.entities.forEach((e, i) => {
    const seen = firstIndex.get(e.id);
    if (seen === undefined) firstIndex.set(e.id, i);
    else problems.push({ path: `entities[${i}].id`, message: `"${e.id}" is already the id of entities[${seen}]` });
  });
  const sourceIds = new Set(kb.sources.map((s) => s.id));
  for (let i = 0; i < kb.entities.length; i++) {
    if (i % STEP === 0) yield;
    const e = kb.entities[i]!;
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
  }
  yield;
  problems.push(...(yield* parentCycles(kb, firstIndex)));
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

function* parentCycles(kb: KnowledgeBase, indexOf: Map<string, number>): Generator<void, Problem[]> {
  const problems: Problem[] = [];
  for (let i = 0; i < kb.entities.length; i++) {
    if (i % (STEP * 4) === 0) yield;
    const e = kb.entities[i]!;
    const seen = new Set<string>([e.id]);
    let parent = e.parent;
    while (parent !== undefined) {
      if (seen.has(parent)) {
        problems.push({ path: `entities[${i}].parent`, message: `makes a loop: "${e.id}" is its own ancestor` });
        break;
      }
      seen.add(parent);
      const next = indexOf.get(parent);
      parent = next === undefined ? undefined : kb.entities[next]!.parent;
    }
  }
  return problems;
}

export function validateKb(input: unknown): Validated {
  const parsed = v.safeParse(KnowledgeBaseSchema, input);
  if (!parsed.success) return { ok: false, problems: schemaProblems(parsed.issues) };
  const problems = referenceProblems(parsed.output);
  return problems.length ? { ok: false, problems } : { ok: true, kb: parsed.output };
}

/**
 * validateKb, with `pause()` awaited between slices of about `budgetMs`: the entities (and
 * relations) are checked one by one against their own schema, so a KB of 100,000 entities
 * does not hold the background. The answer is validateKb's, problem for problem.
 */
export async function validateKbInSlices(input: unknown, pause: () => Promise<void>, budgetMs = 8): Promise<Validated> {
  const record = input as Record<string, unknown> | null;
  if (!record || typeof record !== 'object' || !Array.isArray(record.entities)) return validateKb(input);
  let sliceStart = performance.now();
  const steps = slicedSteps(record);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    if (performance.now() - sliceStart > budgetMs) {
      await pause();
      sliceStart = performance.now();
    }
  }
}

/** The KB with its two long lists taken out, to be checked item by item. */
const ShellSchema = v.object(
  { ...KnowledgeBaseSchema.entries, entities: v.any(), relations: v.optional(v.any()) },
  KnowledgeBaseSchema.message,
);

function* slicedSteps(input: Record<string, unknown>): Generator<void, Validated> {
  const shell = v.safeParse(ShellSchema, input);
  const problems = shell.success ? [] : schemaProblems(shell.issues);
  const entities = yield* listSteps(input.entities, 'entities', KnowledgeBaseSchema.entries.entities);
  const relationsSchema = KnowledgeBaseSchema.entries.relations.wrapped;
  const relations = 'relations' in input && input.relations !== undefined ? yield* listSteps(input.relations, 'relations', relationsSchema) : { problems: [], output: [] };
  problems.push(...entities.problems, ...relations.problems);
  if (problems.length || !shell.success) return { ok: false, problems };
  const kb = { ...shell.output, entities: entities.output, relations: relations.output } as KnowledgeBase;
  const references = yield* referenceSteps(kb);
  return references.length ? { ok: false, problems: references } : { ok: true, kb };
}

type ListSchema = typeof KnowledgeBaseSchema.entries.entities | typeof KnowledgeBaseSchema.entries.relations.wrapped;

/** A list checked item by item as `schema` (a pipe of an array schema and length checks) checks it whole. */
function* listSteps(value: unknown, key: string, schema: ListSchema): Generator<void, { problems: Problem[]; output: unknown[] }> {
  const [list, ...checks] = schema.pipe;
  const at = (issue: v.BaseIssue<unknown>, prefix: string) => {
    const inner = pathOf(issue);
    return { path: inner ? (inner.startsWith('[') ? `${prefix}${inner}` : `${prefix}.${inner}`) : prefix, message: problemMessage(issue) };
  };
  if (!Array.isArray(value)) {
    const whole = v.safeParse(schema, value);
    return { problems: whole.success ? [] : whole.issues.map((issue) => at(issue, key)), output: [] };
  }
  const problems: Problem[] = [];
  const output: unknown[] = [];
  // As valibot does: the length checks run when every item has the right type, even if some
  // broke a rule (a text too long).
  let typed = true;
  for (let i = 0; i < value.length; i++) {
    if (i % 100 === 0) yield;
    const item = v.safeParse(list.item, value[i]);
    output.push(item.output);
    if (!item.typed) typed = false;
    if (!item.success) problems.push(...item.issues.map((issue) => at(issue, `${key}[${i}]`)));
  }
  if (!typed) return { problems, output };
  const length = v.safeParse(v.pipe(v.array(v.any(), list.message), ...(checks as unknown as [])), value);
  if (!length.success) problems.push(...length.issues.map((issue) => at(issue, key)));
  return { problems, output };
}
