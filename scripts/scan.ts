// `npm run scan`: runs the extension's matcher, with the bundled KB, over text.
//   npm run --silent scan -- --jsonl     JSON lines {"id","text"} in, {"id","spans"} out
//   npm run --silent scan -- FILE        a readable table of the mentions in a .txt or .html file
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseJson } from '../lib/json-parse.ts';
import { compileMatcher, type Matcher } from '../lib/matcher.ts';
import { htmlToParagraphs } from './html-to-text.ts';
import { buildBundledKb } from './seeds.ts';

const USAGE = 'usage: npm run --silent scan -- --jsonl < lines.jsonl\n       npm run --silent scan -- FILE.txt|FILE.html';

/** Answers one input line; returns an error message instead where the line is not usable. */
export function answerLine(matcher: Matcher, line: string): { output: string } | { error: string } {
  const parsed = parseJson(line);
  if (!parsed.ok) return { error: parsed.message.replace(/at line 1, /, 'at ') };
  const value = parsed.value as { id?: unknown; text?: unknown } | null;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { error: 'should be a JSON object like {"id": "1", "text": "…"}' };
  }
  if (typeof value.id !== 'string' && typeof value.id !== 'number') {
    return { error: '"id" is missing (it should be a string or a number)' };
  }
  if (typeof value.text !== 'string') {
    return { error: `"text" is missing or not a string (id ${JSON.stringify(value.id)})` };
  }
  const spans = matcher.scan(value.text).map(({ start, end, entity, family, model }) =>
    (model === undefined ? { start, end, entity, family } : { start, end, entity, family, model }));
  return { output: JSON.stringify({ id: value.id, spans }) };
}

async function scanJsonLines(matcher: Matcher): Promise<number> {
  let bad = 0;
  let lineNumber = 0;
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    lineNumber++;
    if (!line.trim()) continue;
    const answer = answerLine(matcher, line);
    if ('output' in answer) process.stdout.write(`${answer.output}\n`);
    else {
      bad++;
      process.stderr.write(`line ${lineNumber}: ${answer.error}; skipped\n`);
    }
  }
  if (bad) process.stderr.write(`${bad} of ${lineNumber} lines were skipped; every other line was answered.\n`);
  return bad ? 1 : 0;
}

function paragraphsOf(file: string): string[] {
  const raw = readFileSync(file, 'utf8');
  if (/\.html?$/i.test(file)) return htmlToParagraphs(raw);
  return raw.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
}

function scanFile(matcher: Matcher, file: string): number {
  let paragraphs: string[];
  try {
    paragraphs = paragraphsOf(file);
  } catch (error) {
    process.stderr.write(`${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})\n`);
    return 1;
  }
  const rows: string[][] = [['para', 'offset', 'entity', 'family', 'text', 'context']];
  const counts = new Map<string, number>();
  paragraphs.forEach((p, index) => {
    for (const s of matcher.scan(p)) {
      counts.set(s.family, (counts.get(s.family) ?? 0) + 1);
      const around = p.slice(Math.max(0, s.start - 30), s.end + 30).replace(/\s+/g, ' ');
      // A model the KB has no entity for is named after the line's id: "ascend: Ascend 920".
      const entity = s.model === undefined ? s.entity : `${s.entity}: ${s.model}`;
      rows.push([String(index + 1), String(s.start), entity, s.family, p.slice(s.start, s.end), `…${around}…`]);
    }
  });
  const widths = rows[0]!.map((_, c) => Math.min(40, Math.max(...rows.map((r) => r[c]!.length))));
  for (const row of rows) console.log(row.map((cell, c) => (c < row.length - 1 ? cell.padEnd(widths[c]!) : cell)).join('  '));
  const summary = [...counts].map(([family, n]) => `${family} ${n}`).join(', ') || 'none';
  console.log(`\n${rows.length - 1} mentions in ${paragraphs.length} paragraphs of ${file}: ${summary}`);
  return 0;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const matcher = compileMatcher(buildBundledKb().entities);
  if (args.length === 1 && args[0] === '--jsonl') process.exitCode = await scanJsonLines(matcher);
  else if (args.length === 1 && !args[0]!.startsWith('-')) process.exitCode = scanFile(matcher, args[0]!);
  else {
    process.stderr.write(`${USAGE}\n`);
    process.exitCode = 2;
  }
}

if (process.argv[1] === import.meta.filename) await main();
