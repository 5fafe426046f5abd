// What saving a name came to: stored (and marked on every open page), or refused with the
// problem of each field.
import type { NameProblem } from './name-input.ts';
import type { ReaderName } from './records.ts';

export type NameAddOutcome = { ok: true; name: ReaderName } | { ok: false; problems: NameProblem[] };
