// A CSV reader for glossaries as spreadsheets export them: RFC 4180 quoting (commas, quotes
// and line breaks inside quoted fields), CRLF or LF, a byte order mark, and the delimiter
// taken from the header line (comma; semicolon as German Excel writes; tab). A quote left
// open costs only the line it opens on: reading goes on with the next line. "Left open" is
// a quote never closed, or one closed lines later in a way no spreadsheet writes (text right
// after the closing quote, or more columns than the header has).

export interface CsvRecord {
  /** The file line the record starts on (1-based). */
  line: number;
  /** The line it ends on: later than `line` where a quoted field holds line breaks. */
  lastLine: number;
  cells: string[];
}

export interface BrokenQuote {
  /** The line of the record whose quote was left open; that line was left out. */
  line: number;
  /** Where a later quote closed it, if one did. */
  closedOn?: number;
}

export interface CsvResult {
  delimiter: ',' | ';' | '\t';
  records: CsvRecord[];
  brokenQuotes: BrokenQuote[];
  /** More broken quotes than a glossary plausibly has: reading stopped at this line. */
  gaveUpAtLine?: number;
}

/** Each broken quote means reading the rest of the file again; past this many, stop. */
export const MAX_BROKEN_QUOTES = 20;

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
  const brokenQuotes: BrokenQuote[] = [];
  let columns: number | undefined;
  let i = 0;
  let line = 1;
  record: while (i < text.length) {
    const start = i;
    const startLine = line;
    /** Leaves out the record's first line and reads on from the next; false when it is time to stop. */
    const leaveOut = (closedOn?: number): boolean => {
      brokenQuotes.push(closedOn === undefined ? { line: startLine } : { line: startLine, closedOn });
      if (brokenQuotes.length > MAX_BROKEN_QUOTES) return false;
      const next = text.indexOf('\n', start);
      i = next === -1 ? text.length : next + 1;
      line = startLine + 1;
      return true;
    };
    const cells: string[] = [];
    let spansLines = false;
    for (;;) {
      let cell = '';
      if (text[i] === '"') {
        const openLine = line;
        i++;
        for (;;) {
          const close = text.indexOf('"', i);
          if (close === -1) {
            if (leaveOut()) continue record;
            return { delimiter, records, brokenQuotes, gaveUpAtLine: startLine };
          }
          cell += text.slice(i, close);
          line += linesIn(text, i, close);
          i = close + 1;
          if (text[i] !== '"') break;
          cell += '"';
          i++;
        }
        if (line > openLine) {
          spansLines = true;
          if (i < text.length && text[i] !== delimiter && text[i] !== '\n') {
            if (leaveOut(line)) continue record;
            return { delimiter, records, brokenQuotes, gaveUpAtLine: startLine };
          }
        }
      }
      // Unquoted text, or what follows a closing quote on its line (kept as written).
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
    if (spansLines && columns !== undefined && cells.length > columns) {
      if (leaveOut(lastLine)) continue record;
      return { delimiter, records, brokenQuotes, gaveUpAtLine: startLine };
    }
    if (cells.length === 1 && cells[0]!.trim() === '') continue; // a blank line
    records.push({ line: startLine, lastLine, cells });
    columns ??= cells.length;
  }
  return { delimiter, records, brokenQuotes };
}
