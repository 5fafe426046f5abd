// Where JSON paths ("entities[4].aliases") stand in a JSON text, as line numbers, so a
// problem in a 10,000-line KB file can be found in an editor. A path that is not in the text
// (a missing field) gets the line of the nearest enclosing value that is.

/** Lines (1-based) of the given paths in `text`, which must be valid JSON. */
export function linesOfPaths(text: string, paths: readonly string[]): Map<string, number> {
  const wanted = new Set<string>();
  for (const path of paths) {
    // "entities[4].aliases" also wants "entities[4]" and "entities", for the fallback.
    for (let p = path; p; p = p.replace(/(?:\.[^.[\]]+|\[\d+\])$/, '')) {
      wanted.add(p);
      if (!/[.[]/.test(p)) break;
    }
  }
  const found = new Map<string, number>();
  let i = 0;
  let line = 1;
  const space = () => {
    for (; i < text.length; i++) {
      const c = text[i];
      if (c === '\n') line++;
      else if (c !== ' ' && c !== '\t' && c !== '\r') break;
    }
  };
  const skipString = (): string => {
    const start = ++i;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    return text.slice(start, i++);
  };
  const value = (path: string): void => {
    space();
    if (wanted.has(path)) found.set(path, line);
    const c = text[i];
    if (c === '{') {
      i++;
      space();
      while (text[i] !== '}' && i < text.length) {
        const key = JSON.parse(`"${skipString()}"`) as string;
        space();
        i++; // ':'
        value(path ? `${path}.${key}` : key);
        space();
        if (text[i] === ',') i++;
        space();
      }
      i++;
    } else if (c === '[') {
      i++;
      space();
      for (let n = 0; text[i] !== ']' && i < text.length; n++) {
        value(`${path}[${n}]`);
        space();
        if (text[i] === ',') i++;
        space();
      }
      i++;
    } else if (c === '"') skipString();
    else while (i < text.length && !/[\s,\]}]/.test(text[i]!)) i++;
  };
  value('');
  const lines = new Map<string, number>();
  for (const path of paths) {
    let p = path;
    while (p && !found.has(p) && /[.[]/.test(p)) p = p.replace(/(?:\.[^.[\]]+|\[\d+\])$/, '');
    const at = found.get(p);
    if (at !== undefined) lines.set(path, at);
  }
  return lines;
}
