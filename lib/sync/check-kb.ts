// The checks every incoming KB passes, whether synced or imported: JSON (with line and
// column), the published schema and its cross-references (with JSON paths), and the version
// rule (an older KB than the active one only when the reader has confirmed it).
import { parseJson } from '../json-parse.ts';
import type { KnowledgeBase } from '../kb-schema.ts';
import { validateKb, validateKbInSlices, type Validated } from '../kb-validate.ts';
import type { Refusal } from './outcome.ts';

export type KbCheck = { ok: true; kb: KnowledgeBase } | { ok: false; refusal: Refusal };

export interface VersionRule {
  /** The active KB's version; undefined when there is none yet. */
  activeVersion: number | undefined;
  confirmOlder?: boolean;
}

export type ParsedText = { ok: true; value: unknown } | { ok: false; refusal: Refusal };

export function parseJsonText(text: string): ParsedText {
  return asParsed(parseJson(text));
}

function asParsed(parsed: ReturnType<typeof parseJson>): ParsedText {
  if (parsed.ok) return parsed;
  return { ok: false, refusal: { kind: 'invalid-json', line: parsed.line, column: parsed.column, message: parsed.message } };
}

/** Validates a parsed value as a KB; `pathPrefix` places problems inside a larger file ("kb."). */
export function checkKbValue(value: unknown, rule: VersionRule, pathPrefix = ''): KbCheck {
  return checkValidated(validateKb(value), rule, pathPrefix);
}

/** checkKbValue, pausing between slices (a KB of 100,000 entities). */
export async function checkKbValueInSlices(value: unknown, rule: VersionRule, pause: () => Promise<void>, pathPrefix = ''): Promise<KbCheck> {
  return checkValidated(await validateKbInSlices(value, pause), rule, pathPrefix);
}

function checkValidated(validated: Validated, rule: VersionRule, pathPrefix: string): KbCheck {
  if (!validated.ok) {
    const problems = validated.problems.map((p) => ({
      ...p,
      path: pathPrefix && p.path ? `${pathPrefix}.${p.path}` : p.path || pathPrefix,
    }));
    return { ok: false, refusal: { kind: 'invalid-kb', problems } };
  }
  const { kb } = validated;
  if (rule.activeVersion !== undefined && kb.version < rule.activeVersion && !rule.confirmOlder) {
    return { ok: false, refusal: { kind: 'older', offered: kb.version, active: rule.activeVersion } };
  }
  return { ok: true, kb };
}

export function checkKbText(text: string, rule: VersionRule): KbCheck {
  const parsed = parseJsonText(text);
  return parsed.ok ? checkKbValue(parsed.value, rule) : parsed;
}

/** checkKbText for a big KB: the check in slices. The JSON is read by one JSON.parse all the
 * same: native, it reads 88 MB in about a second, where reading it in slices in script took ten
 * times as long (docs/architecture.md, "Sync at 100,000 names"). */
export async function checkKbTextInSlices(text: string, rule: VersionRule, pause: () => Promise<void>): Promise<KbCheck> {
  const parsed = parseJsonText(text);
  return parsed.ok ? checkKbValueInSlices(parsed.value, rule, pause) : parsed;
}
