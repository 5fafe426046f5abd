// What can be wrong in a CSV glossary, structured so the options page can say it in the
// reader's language and the CLI in English, from the same catalogue (glossary_* messages).
import { ENTITY_KINDS, type EntityKind } from '../kb-schema.ts';

/** A line that was read with a change, or left out; the rest of the file is still used. */
export type GlossaryIssue =
  | { kind: 'unclosed-quote'; line: number }
  | { kind: 'too-many-columns'; line: number; found: number; expected: number }
  | { kind: 'too-few-columns'; line: number; found: number; expected: number }
  | { kind: 'runaway-quote'; line: number; closedOn: number }
  | { kind: 'no-name'; line: number }
  | { kind: 'name-too-long'; line: number; max: number }
  | { kind: 'duplicate-name'; line: number; name: string; firstLine: number }
  | { kind: 'unknown-kind'; line: number; value: string; used: EntityKind }
  | { kind: 'bad-url'; line: number; value: string }
  | { kind: 'no-description'; line: number; name: string; used: string }
  | { kind: 'description-cut'; line: number; max: number }
  | { kind: 'bad-alias'; line: number; value: string }
  | { kind: 'too-many-aliases'; line: number; max: number }
  | { kind: 'unknown-column'; line: number; column: string }
  | { kind: 'too-many-entries'; line: number; max: number }
  | { kind: 'too-many-links'; line: number; max: number };

/** Why no KB could be made of the file at all. */
export type GlossaryFailure =
  | { kind: 'no-name-column'; found: string }
  | { kind: 'no-entries' }
  | { kind: 'too-many-broken-lines'; line: number; count: number };

type Translate = (key: string, substitutions?: readonly (string | number)[]) => string;

const quoted = (value: string) => value.replace(/\s+/g, ' ').slice(0, 60);

/** The issue in words: "line 7: …; the line was left out". */
export function describeGlossaryIssue(issue: GlossaryIssue, t: Translate): string {
  const key = `glossary_${issue.kind.replace(/-/g, '_')}`;
  switch (issue.kind) {
    case 'unclosed-quote':
    case 'no-name':
      return t(key, [issue.line]);
    case 'too-many-columns':
    case 'too-few-columns':
      return t(key, [issue.line, issue.found, issue.expected]);
    case 'runaway-quote':
      return t(key, [issue.line, issue.closedOn]);
    case 'name-too-long':
    case 'description-cut':
    case 'too-many-aliases':
    case 'too-many-entries':
    case 'too-many-links':
      return t(key, [issue.line, issue.max]);
    case 'duplicate-name':
      return t(key, [issue.line, quoted(issue.name), issue.firstLine]);
    case 'unknown-kind':
      return t(key, [issue.line, quoted(issue.value), issue.used, ENTITY_KINDS.join(', ')]);
    case 'bad-url':
    case 'bad-alias':
      return t(key, [issue.line, quoted(issue.value)]);
    case 'no-description':
      return t(key, [issue.line, quoted(issue.name), issue.used]);
    case 'unknown-column':
      return t(key, [issue.line, quoted(issue.column)]);
  }
}

export function describeGlossaryFailure(failure: GlossaryFailure, t: Translate): string {
  switch (failure.kind) {
    case 'no-name-column':
      return t('glossary_no_name_column', [quoted(failure.found)]);
    case 'no-entries':
      return t('glossary_no_entries');
    case 'too-many-broken-lines':
      return t('glossary_too_many_broken_lines', [failure.count, failure.line]);
  }
}
