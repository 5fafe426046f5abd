// `npm run kb -- check FILE|URL`: judges a KB as a reader's extension would, with the same
// code (address rules, fetch with its size cap and content type, JSON, schema, references),
// and prints every problem: the JSON path of each, or the line and column of a syntax error.
import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { decodeText, describeBadByte } from '../../lib/decode-text.ts';
import { checkKbText } from '../../lib/sync/check-kb.ts';
import { describeRefusal } from '../../lib/sync/describe-outcome.ts';
import { fetchKbText, MAX_KB_BYTES } from '../../lib/sync/fetch-kb.ts';
import type { Refusal } from '../../lib/sync/outcome.ts';
import { checkSyncUrl } from '../../lib/sync/url-policy.ts';
import { DEFAULT_SETTINGS } from '../../lib/store/settings.ts';
import { linesOfPaths } from '../../lib/json-locate.ts';
import { KnowledgeBaseSchema } from '../../lib/kb-schema.ts';
import { formatProblem } from '../../lib/kb-validate.ts';
import { english } from './english.ts';
import { counts } from './output.ts';

export interface CheckReport {
  ok: boolean;
  /** One line per problem, for stderr. */
  errors: string[];
  /** Things a reader's extension accepts but a publisher should fix. */
  warnings: string[];
  /** The verdict, for stdout. */
  summary: string;
}

function refusalLines(where: string, refusal: Refusal, text = ''): string[] {
  if (refusal.kind === 'invalid-json') return [`${where}:${refusal.line}:${refusal.column}: ${refusal.message.replace(/^.*?: /, 'not valid JSON: ')}`];
  if (refusal.kind === 'invalid-kb') {
    const lines = linesOfPaths(text, refusal.problems.map((p) => p.path));
    return refusal.problems.map((p) => `${where}${lines.has(p.path) ? `:${lines.get(p.path)}` : ''}: ${formatProblem(p)}`);
  }
  const { reason, advice } = describeRefusal(refusal, english);
  return [`${where}: ${reason}${advice ? `. ${advice}` : ''}`];
}

/** The KB does not fit the schema yet, so its references were not looked at. */
function failsSchema(text: string): boolean {
  return !v.is(KnowledgeBaseSchema, JSON.parse(text));
}

function judge(where: string, text: string, warnings: string[]): CheckReport {
  const checked = checkKbText(text, { activeVersion: undefined });
  if (!checked.ok) {
    const errors = refusalLines(where, checked.refusal, text);
    // The cross-references (ids, parents, sources) are only checked in a KB that fits the schema.
    const more = checked.refusal.kind === 'invalid-kb' && failsSchema(text) ? ' References between entries are checked once these are fixed.' : '';
    return { ok: false, errors, warnings, summary: `${where}: ${errors.length} problem${errors.length === 1 ? '' : 's'}; readers' extensions would refuse this file.${more}` };
  }
  return { ok: true, errors: [], warnings, summary: `${where}: OK, ${counts(checked.kb)}, released ${checked.kb.released}.` };
}

export function checkFile(file: string): CheckReport {
  const bytes = readFileSync(file);
  const warnings: string[] = [];
  const errors: string[] = [];
  if (bytes.byteLength > MAX_KB_BYTES) errors.push(`${file}: ${describeRefusal({ kind: 'too-large', limitBytes: MAX_KB_BYTES }, english).reason}; a sync refuses it`);
  const decoded = decodeText(bytes);
  // The extension reads a synced file as UTF-8 whatever it is; other bytes become "�".
  if (!decoded.ok) warnings.push(`${file}: is not UTF-8 text (${describeBadByte(decoded)}); readers would see "�" there`);
  const text = decoded.ok ? decoded.text : new TextDecoder().decode(bytes);
  const report = judge(file, text, warnings);
  if (!errors.length) return report;
  return { ...report, ok: false, errors: [...errors, ...report.errors], summary: report.ok ? `${file}: too large to sync.` : report.summary };
}

export async function checkUrl(address: string, fetchImpl: typeof fetch = fetch): Promise<CheckReport> {
  const url = checkSyncUrl(address);
  if (!url.ok) return { ok: false, errors: refusalLines(address, url.refusal), warnings: [], summary: `${address}: readers could not sync from this address.` };
  const fetched = await fetchKbText(url.url, { fetch: fetchImpl, timeoutMs: DEFAULT_SETTINGS.syncTimeoutMs });
  if (fetched.kind !== 'body') {
    const errors = fetched.kind === 'refused' ? refusalLines(address, fetched.refusal) : [`${address}: answered 304 to a request without validators`];
    return { ok: false, errors, warnings: [], summary: `${address}: readers could not sync from this address.` };
  }
  const warnings: string[] = [];
  if (!fetched.etag && !fetched.lastModified) {
    warnings.push(`${address}: the server sends neither ETag nor Last-Modified, so every sync downloads the whole file; switch them on for this file`);
  }
  return judge(address, new TextDecoder().decode(fetched.bytes), warnings);
}
