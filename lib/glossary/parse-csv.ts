// A CSV reader for glossaries as spreadsheets export them: RFC 4180 quoting (commas, quotes
// and line breaks inside quoted fields), CRLF or LF, a byte order mark, and the delimiter
// taken from the header line (comma; semicolon as German Excel writes; tab). A quote that is
// never closed costs only the line it opens on: reading goes on with the next line.

export interface CsvRecord {
  /** The file line the record starts on (1-based). */
  line: number;
  /** The line it ends on: later than `line` where a quoted field holds line breaks. */
  lastLine: number;
  cells: string[];
}

export interface CsvResult {
  delimiter: ',' | ';' | '\t';
  records: CsvRecord[];
  /** Lines whose quote was never closed; each was left out. */
  unclosedQuotes: number[];
  /** More broken lines than a glossary plausibly has: reading stopped there. */
  gaveUpAtLine?: number;
}

/** Past this many unclosed quotes the file is not a glossary with a typo; stop re-reading it. */
export const MAX_UNCLOSED_QUOTES = 20;

function detectDelimiter(text: string): CsvResult['delimiter'] {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === '\n') break;
    else if (!quoted && c in counts) counts[c as keyof typeof counts]++;
  }
  return counts[';'] > counts[','] && counts[';'] >= counts['\t'] ? ';' : counts['\t'] > counts[','] ? '\t' : ',';
}

function linesIn(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

export function parseCsv(input: string): CsvResult {
  const text = input.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
  const delimiter = detectDelimiter(text);
  const records: CsvRecord[] = [];
  const unclosedQuotes: number[] = [];
  let i = 0;
  let line = 1;
  record: while (i < text.length) {
    const start = i;
    const startLine = line;
    const cells: string[] = [];
    for (;;) {
      let cell = '';
      if (text[i] === '"') {
        i++;
        for (;;) {
          const close = text.indexOf('"', i);
          if (close === -1) {
            // Never closed: drop this line, read on from the next one.
            unclosedQuotes.push(startLine);
            if (unclosedQuotes.length > MAX_UNCLOSED_QUOTES) return { delimiter, records, unclosedQuotes, gaveUpAtLine: startLine };
            const next = text.indexOf('\n', start);
            i = next === -1 ? text.length : next + 1;
            line = startLine + 1;
            continue record;
          }
          cell += text.slice(i, close);
          line += linesIn(text, i, close);
          if (text[close + 1] === '"') {
            cell += '"';
            i = close + 2;
          } else {
            i = close + 1;
            break;
          }
        }
      }
      // Unquoted text, or what follows a closing quote before the delimiter (kept as written).
      let end = i;
      while (end < text.length && text[end] !== delimiter && text[end] !== '\n') end++;
      cell += text.slice(i, end);
      cells.push(cell);
      i = end;
      if (text[i] === delimiter) {
        i++;
        continue;
      }
      if (text[i] === '\n') {
        i++;
        line++;
      }
      break;
    }
    const lastLine = text[i - 1] === '\n' ? line - 1 : line;
    if (cells.length > 1 || cells[0]!.trim() !== '') records.push({ line: startLine, lastLine, cells });
  }
  return { delimiter, records, unclosedQuotes };
}
