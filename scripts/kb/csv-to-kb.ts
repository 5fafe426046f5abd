// `npm run kb -- csv FILE --out kb.json`: a CSV glossary made into a KB file, with the same
// reading and the same messages as an import of the glossary on the options page.
import { readFileSync } from 'node:fs';
import { decodeText } from '../../lib/decode-text.ts';
import { describeGlossaryFailure, describeGlossaryIssue } from '../../lib/glossary/glossary-issue.ts';
import { glossaryToKb } from '../../lib/glossary/glossary-kb.ts';
import type { KnowledgeBase } from '../../lib/kb-schema.ts';
import type { UiLanguage } from '../../lib/localized.ts';
import type { MetaProblem } from '../../lib/publisher/article-meta.ts';
import { describeRefusal } from '../../lib/sync/describe-outcome.ts';
import { english } from './english.ts';
import { shownPath } from './output.ts';

export interface CsvOptions {
  lang: UiLanguage;
  version: number;
  released: string;
  title?: string;
}

export function csvToKb(path: string, options: CsvOptions): { kb?: KnowledgeBase; problems: MetaProblem[] } {
  const file = shownPath(path);
  const decoded = decodeText(readFileSync(path));
  if (!decoded.ok) {
    const { reason, advice } = describeRefusal({ kind: 'not-utf8', line: decoded.line, byte: decoded.byte, asWindows1252: decoded.asWindows1252 }, english);
    return { problems: [{ severity: 'error', file, line: decoded.line, message: `${reason}. ${advice}` }] };
  }
  const made = glossaryToKb(decoded.text, options);
  const problems: MetaProblem[] = made.issues.map((issue) => ({ severity: 'warning', file, message: describeGlossaryIssue(issue, english) }));
  if (!made.ok) return { problems: [...problems, { severity: 'error', file, message: describeGlossaryFailure(made.failure, english) }] };
  return { kb: made.kb, problems };
}
