// "Why is this marked?": which of the entity's names matched, under which case rule, and for a
// name that can mean something else, what in the paragraph decided it. Worked out only when the
// reader asks, by checking the mark's text against the entity's names and the paragraph again
// with the matcher's own rules (ambiguous-names.ts, model-names.ts, context-cues.ts,
// name-position.ts); the matcher itself is not touched.
import type { Alias, Entity } from '../kb-schema.ts';
import { compileShape, nameKey, readWindow } from '../code-shapes.ts';
import { compileCues, contextHasCue, prepareContext } from '../context-cues.ts';
import { isHeadlineAt, numberFollows, standsAsName } from '../name-position.ts';
import { CharClass, classAt } from '../text-chars.ts';

/** What the check needs of an entity: its names and the rules they are matched by. */
export type MatchableEntity = Pick<Entity, 'id' | 'name' | 'kind' | 'parent' | 'marks' | 'cues' | 'models' | 'notNames'> & {
  aliases: Alias[];
};

/** What decided an ambiguous name, in the order the matcher checks (ambiguous-names.ts). */
export type Decider =
  | { kind: 'model' }
  | { kind: 'number'; number: string }
  | { kind: 'neighbour'; name: string }
  | { kind: 'headline' }
  | { kind: 'cue'; cue: string }
  | { kind: 'unknown' };

export interface WhyMarked {
  /** The mark as written on the page. */
  written: string;
  /** The entity's name that matched, as the KB writes it. */
  alias: string;
  caseRule: Alias['case'];
  /** A model code after the name: the code, and the shape of the line's models it fits. */
  model?: { code: string; line: string; shape?: string };
  /** Set for a name that can mean something else (`needsContext`). */
  decidedBy?: Decider;
}

export interface WhyInputs {
  /** The mark's text. */
  written: string;
  entity: MatchableEntity;
  /** The entity's ancestors (a model's line), nearest first: for the model shapes. */
  ancestors?: readonly MatchableEntity[];
  /** The paragraph around the mark and where the mark stands in it. */
  paragraph: { text: string; start: number; end: number };
  /** Marks of the same family in that paragraph (their texts), other than this one. */
  neighbours: readonly string[];
}

export function whyMarked(inputs: WhyInputs): WhyMarked | undefined {
  const { written, entity } = inputs;
  const key = nameKey(written);
  // The longest name of the entity the mark's text starts with (all of it, unless a code follows).
  let alias: Alias | undefined;
  for (const candidate of entity.aliases) {
    const k = nameKey(candidate.text);
    if (k && key.startsWith(k) && (!alias || k.length > nameKey(alias.text).length)) alias = candidate;
  }
  if (!alias) return undefined;
  const why: WhyMarked = { written, alias: alias.text, caseRule: alias.case };
  const rest = afterName(written, nameKey(alias.text).length);
  if (rest) why.model = modelOf(rest, [entity, ...(inputs.ancestors ?? [])]);
  if (alias.needsContext) why.decidedBy = why.model ? { kind: 'model' } : decider(inputs, alias);
  return why;
}

/** The text after the first `keyLength` letters and digits of the name, without the gap. */
function afterName(written: string, keyLength: number): string {
  let seen = 0;
  let p = 0;
  for (; p < written.length && seen < keyLength; p++) {
    const k = classAt(written, p);
    if (k === CharClass.Word || k === CharClass.Cjk) seen++;
  }
  return written.slice(p).replace(/^[\s\u00a0-]+/, '').trim();
}

function modelOf(code: string, line: readonly MatchableEntity[]): WhyMarked['model'] {
  const text = readWindow(code, 0).text;
  for (const e of line) {
    for (const shape of [...(e.models?.codes ?? []), ...(e.models?.suffixes ?? [])]) {
      const re = compileShape(shape);
      re.lastIndex = 0;
      const m = re.exec(text);
      if (m && m[0].length > 0) return { code, line: e.name, shape };
    }
  }
  return { code, line: line[0]!.name };
}

function decider(inputs: WhyInputs, alias: Alias): Decider {
  const { text, start, end } = inputs.paragraph;
  const joined = classAt(text, start) === CharClass.Cjk;
  if (numberFollows(text, end, joined)) {
    const number = /^[\s\u00a0-]*([\d.,]+)/.exec(text.slice(end))?.[1];
    return { kind: 'number', number: number ?? '' };
  }
  const neighbour = inputs.neighbours.find((n) => nameKey(n) !== nameKey(alias.text));
  if (neighbour ?? inputs.neighbours[0]) return { kind: 'neighbour', name: neighbour ?? inputs.neighbours[0]! };
  if (/\p{L}/u.test(alias.text) && classAt(alias.text, 0) !== CharClass.Cjk && isHeadlineAt(text, start)) {
    if (standsAsName(text, start, end, () => false)) return { kind: 'headline' };
  }
  const context = prepareContext(text);
  const cue = (inputs.entity.cues ?? []).find((c) => contextHasCue(context, compileCues([c])));
  return cue ? { kind: 'cue', cue } : { kind: 'unknown' };
}
