// Checking a name the reader adds: what the form starts with from a selection (a selection of
// one letter, of 5,000 characters, or across paragraphs is trimmed or refused, in words), and
// the checks on save (length, letters, a name or alias that already names an entity). The form
// runs them as the reader types; the background runs them again before it stores anything.
import type { EntityKind, RelationType } from '../kb-schema.ts';
import { hashOf } from './short-hash.ts';
import { DESCRIPTION_MAX_CHARS, MAX_ALIASES, NAME_MAX_CHARS, NAME_MIN_CHARS } from './limits.ts';
import type { NameOrigin } from './records.ts';

export interface NameInput {
  name: string;
  kind: EntityKind;
  aliases: string[];
  description?: string;
  relation?: { type: RelationType; to: string };
  from: NameOrigin;
}

/** An entity the reader's name must not duplicate: the KB's and the reader's own. */
export interface KnownName {
  id: string;
  name: string;
  aliases: string[];
}

export type NameField = 'name' | 'aliases' | 'description' | 'relation';

export type NameProblem =
  | { field: NameField; kind: 'empty' }
  | { field: NameField; kind: 'too-short'; text: string; min: number }
  | { field: NameField; kind: 'too-long'; chars: number; max: number }
  | { field: NameField; kind: 'no-letters'; text: string }
  | { field: NameField; kind: 'exists'; text: string; id: string; name: string }
  | { field: 'aliases'; kind: 'too-many'; count: number; max: number }
  | { field: 'relation'; kind: 'unknown-entity'; id: string }
  /** A request the form would never send (a wrong kind, a broken origin): path and message. */
  | { field: NameField; kind: 'invalid'; detail: string };

/** What the form says about the selection it was opened with. */
export type SelectionNotice =
  | { kind: 'several-paragraphs'; paragraphs: number }
  | { kind: 'too-long'; chars: number; more: boolean; max: number }
  | { kind: 'too-short'; text: string; min: number };

const EDGE_PUNCTUATION = /^[\s"'“”„‘’‚«»‹›()[\]{}.,:;!?¡¿*•·–—-]+|[\s"'“”„‘’‚«»‹›()[\]{}.,:;!?¡¿*•·–—-]+$/gu;

/** Spaces collapsed, quotes and punctuation around it dropped, an English possessive too ("Nvidia’s"). */
export function tidyName(text: string): string {
  return text.replace(/\s+/g, ' ').replace(EDGE_PUNCTUATION, '').replace(/['’]s$/u, '').trim();
}

/** The form of a name two spellings share: "NVIDIA" and "Nvidia", full-width and plain. */
export function foldName(text: string): string {
  return tidyName(text.normalize('NFKC')).toLocaleLowerCase('und');
}

export function prefillFromSelection(selected: string, cut: boolean): { name: string; notice?: SelectionNotice } {
  const lines = selected.split('\n').map(tidyName).filter(Boolean);
  const first = lines[0] ?? '';
  if (lines.length > 1) {
    if (first.length > NAME_MAX_CHARS) return { name: '', notice: { kind: 'too-long', chars: first.length, more: false, max: NAME_MAX_CHARS } };
    return { name: first, notice: { kind: 'several-paragraphs', paragraphs: lines.length } };
  }
  const whole = tidyName(selected);
  if (cut || whole.length > NAME_MAX_CHARS) return { name: '', notice: { kind: 'too-long', chars: cut ? selected.length : whole.length, more: cut, max: NAME_MAX_CHARS } };
  if (whole.length < NAME_MIN_CHARS) return { name: whole, notice: { kind: 'too-short', text: whole, min: NAME_MIN_CHARS } };
  return { name: whole };
}

function checkOne(field: NameField, raw: string, owners: Map<string, KnownName>): { text: string; problem?: NameProblem } {
  const text = tidyName(raw);
  if (!text) return { text, problem: { field, kind: 'empty' } };
  if (text.length < NAME_MIN_CHARS) return { text, problem: { field, kind: 'too-short', text, min: NAME_MIN_CHARS } };
  if (text.length > NAME_MAX_CHARS) return { text, problem: { field, kind: 'too-long', chars: text.length, max: NAME_MAX_CHARS } };
  if (!/[\p{L}\p{N}]/u.test(text)) return { text, problem: { field, kind: 'no-letters', text } };
  const owner = owners.get(foldName(text));
  if (owner) return { text, problem: { field, kind: 'exists', text, id: owner.id, name: owner.name } };
  return { text };
}

export type NameCheck = { ok: true; input: NameInput } | { ok: false; problems: NameProblem[] };

export function checkName(input: NameInput, known: readonly KnownName[]): NameCheck {
  const owners = new Map<string, KnownName>();
  for (const entity of known) for (const spelling of [entity.name, ...entity.aliases]) owners.set(foldName(spelling), entity);
  const problems: NameProblem[] = [];

  const name = checkOne('name', input.name, owners);
  if (name.problem) problems.push(name.problem);
  const aliases: string[] = [];
  const seen = new Set([foldName(name.text)]);
  for (const raw of input.aliases) {
    if (!tidyName(raw) || seen.has(foldName(raw))) continue;
    const alias = checkOne('aliases', raw, owners);
    if (alias.problem) problems.push(alias.problem);
    seen.add(foldName(alias.text));
    aliases.push(alias.text);
  }
  if (aliases.length > MAX_ALIASES) problems.push({ field: 'aliases', kind: 'too-many', count: aliases.length, max: MAX_ALIASES });
  const description = input.description?.replace(/\s+/g, ' ').trim() || undefined;
  if (description && description.length > DESCRIPTION_MAX_CHARS) {
    problems.push({ field: 'description', kind: 'too-long', chars: description.length, max: DESCRIPTION_MAX_CHARS });
  }
  if (input.relation && !known.some((e) => e.id === input.relation!.to)) problems.push({ field: 'relation', kind: 'unknown-entity', id: input.relation.to });
  if (problems.length) return { ok: false, problems };
  const checked: NameInput = { name: name.text, kind: input.kind, aliases, from: input.from };
  if (description) checked.description = description;
  if (input.relation) checked.relation = input.relation;
  return { ok: true, input: checked };
}

/** "yours-jensen-huang"; a name without Latin letters or digits gets a number ("yours-1a2b3c"). */
export function newNameId(name: string, taken: ReadonlySet<string>): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  const base = `yours-${slug || hashOf(name)}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}
