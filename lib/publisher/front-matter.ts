// The front matter of a Markdown or text article: a block between two `---` lines at the very
// top, one `key: value` per line. Only this simple subset of YAML is read (quoted or bare
// values, `#` comments, blank lines); anything else is named with its line, never guessed at.

export interface FrontMatterField {
  value: string;
  /** 1-based line in the file. */
  line: number;
}

export interface FrontMatterProblem {
  line: number;
  message: string;
}

export interface FrontMatter {
  /** Keys lower-cased; the first occurrence of a key wins. */
  fields: Map<string, FrontMatterField>;
  /** The text after the block (the whole text where there is none). */
  body: string;
  /** The file line the body starts on. */
  bodyLine: number;
  problems: FrontMatterProblem[];
}

const FENCE = /^---[ \t]*$/;

function unquote(raw: string): string {
  const value = raw.trim();
  if (value.length >= 2 && value[0] === '"' && value.endsWith('"')) {
    return value.slice(1, -1).replace(/\\(["\\])/g, '$1');
  }
  if (value.length >= 2 && value[0] === "'" && value.endsWith("'")) return value.slice(1, -1).replace(/''/g, "'");
  // A bare value ends at a comment: "date: 2025-08-14  # from the print edition".
  return value.replace(/\s+#.*$/, '');
}

export function readFrontMatter(text: string): FrontMatter {
  const lines = text.replace(/^\ufeff/, '').split(/\r\n?|\n/);
  const fields = new Map<string, FrontMatterField>();
  const problems: FrontMatterProblem[] = [];
  if (!FENCE.test(lines[0] ?? '')) return { fields, body: text.replace(/^\ufeff/, ''), bodyLine: 1, problems };
  const end = lines.findIndex((line, i) => i > 0 && FENCE.test(line));
  if (end === -1) {
    problems.push({ line: 1, message: 'the front matter that starts here has no closing "---" line, so the whole file was read as the article' });
    return { fields, body: lines.slice(1).join('\n'), bodyLine: 2, problems };
  }
  for (let i = 1; i < end; i++) {
    const line = lines[i]!;
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    const m = /^([A-Za-z][\w-]*)[ \t]*:(.*)$/.exec(line);
    if (!m) {
      problems.push({ line: i + 1, message: `"${line.trim().slice(0, 60)}" is not a "key: value" line; it was ignored` });
      continue;
    }
    const key = m[1]!.toLowerCase();
    if (fields.has(key)) {
      problems.push({ line: i + 1, message: `"${key}" is given twice; the first one (line ${fields.get(key)!.line}) was used` });
      continue;
    }
    fields.set(key, { value: unquote(m[2]!), line: i + 1 });
  }
  return { fields, body: lines.slice(end + 1).join('\n'), bodyLine: end + 2, problems };
}
