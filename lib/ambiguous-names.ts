// The ambiguity rule: which of the names the scan found only as ambiguous ("Ascend", "H100",
// "cuda", "昇腾") are names in this text. Runs once per scan, and only when such a name matched.
import { contextHasCue, prepareContext, type CompiledCues, type PreparedContext } from './context-cues.ts';
import { isHeadlineAt, isVerbAtSentenceStart, numberFollows, standsAsName } from './name-position.ts';
import { CharClass, classAt } from './text-chars.ts';

export interface AmbiguousName {
  start: number;
  end: number;
  family: string;
  /** Indexes the matcher's entities: for its cues, and for the notNames the scan met. */
  entity: number;
  /** Letters only, so it may be an ordinary word: the verb and headline checks apply. */
  wordLike: boolean;
}

export interface AmbiguityInputs {
  text: string;
  /** Text around the scanned text (a paragraph) for the cues; the text itself by default. */
  context?: string;
  /** The marks that need no context, as found so far. */
  sure: readonly { end: number; family: string }[];
  cuesOf(entity: number): CompiledCues;
  /** Entities one of whose notNames the text has ("the Ascend P1" phone). */
  otherThingsNamed?: ReadonlySet<number>;
}

/** The ambiguous names that hold, in the order given. */
export function namesThatHold<N extends AmbiguousName>(pending: readonly N[], inputs: AmbiguityInputs): N[] {
  const { text } = inputs;
  let prepared: PreparedContext | undefined;
  const context = () => (prepared ??= prepareContext(inputs.context ?? text));
  const familiesPresent = new Set(inputs.sure.map((s) => s.family));
  const markEnds = new Set(inputs.sure.map((s) => s.end));
  return pending.filter((name) => holds(name, inputs, familiesPresent, (p) => markEnds.has(p), context));
}

/**
 * Is an ambiguous name a name here? Not as the verb that starts a sentence ("Ascend the stairs").
 * Yes with a number after it ("Ascend 910B") or another mark of its family in the text. Not by
 * context where the text also names something else called the same ("the Ascend P1" phone). In a
 * headline, only where it stands as a name (name-position.ts); elsewhere where the context has
 * one of the entity's cues.
 */
function holds(
  name: AmbiguousName,
  inputs: AmbiguityInputs,
  familiesPresent: ReadonlySet<string>,
  markEndsAt: (p: number) => boolean,
  context: () => PreparedContext,
): boolean {
  const { text } = inputs;
  const { start, end } = name;
  if (name.wordLike && isVerbAtSentenceStart(text, start, end)) return false;
  const joined = classAt(text, start) === CharClass.Cjk;
  if (numberFollows(text, end, joined) || familiesPresent.has(name.family)) return true;
  if (inputs.otherThingsNamed?.has(name.entity)) return false;
  if (name.wordLike && isHeadlineAt(text, start)) return standsAsName(text, start, end, markEndsAt);
  return contextHasCue(context(), inputs.cuesOf(name.entity));
}
