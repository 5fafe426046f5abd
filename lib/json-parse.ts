// JSON.parse that says where it failed: line and column (1-based), for sync, import, seeds and
// the scan CLI. Engines word the error differently and some give no position, so on failure a
// small scanner walks the text to the first offending character.
export type JsonResult = { ok: true; value: unknown } | { ok: false; line: number; column: number; message: string };

export function parseJson(text: string): JsonResult {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const { at, reason } = firstError(text);
    const before = text.slice(0, at);
    const line = before.split('\n').length;
    const column = at - before.lastIndexOf('\n');
    const fallback = error instanceof Error ? error.message : String(error);
    return { ok: false, line, column, message: `not valid JSON at line ${line}, column ${column}: ${reason ?? fallback}` };
  }
}

/** Offset and reason of the first syntax error (the text is known to be invalid). */
function firstError(text: string): { at: number; reason?: string } {
  let i = 0;
  const fail = (reason: string): never => {
    throw { at: Math.min(i, text.length), reason };
  };
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const literal = (word: string) => {
    if (text.startsWith(word, i)) i += word.length;
    else fail(`expected ${word}`);
  };
  const string = () => {
    i++;
    while (i < text.length && text[i] !== '"') {
      if (text.charCodeAt(i) < 0x20) fail('a control character inside a string');
      if (text[i] === '\\') {
        i++;
        if (text[i] === 'u' ? !/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5)) : !'"\\/bfnrt'.includes(text[i] ?? 'x')) fail('a bad escape');
        if (text[i] === 'u') i += 4;
      }
      i++;
    }
    if (i >= text.length) fail('the text ends inside a string');
    i++;
  };
  const number = () => {
    const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m) fail('a malformed number');
    i += m![0].length;
  };
  const list = (close: string, item: () => void) => {
    i++;
    space();
    if (text[i] === close) return void i++;
    for (;;) {
      item();
      space();
      if (text[i] === ',') { i++; space(); continue; }
      if (text[i] === close) return void i++;
      fail(i >= text.length ? 'the text ends too early' : `expected "," or "${close}"`);
    }
  };
  const value = (): void => {
    space();
    const c = text[i];
    if (c === '{') list('}', () => {
      if (text[i] !== '"') fail('expected a property name in double quotes');
      string();
      space();
      if (text[i] !== ':') fail('expected ":"');
      i++;
      value();
    });
    else if (c === '[') list(']', value);
    else if (c === '"') string();
    else if (c === 't') literal('true');
    else if (c === 'f') literal('false');
    else if (c === 'n') literal('null');
    else if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) number();
    else fail(c === undefined ? 'the text is empty or ends too early' : `unexpected "${c}"`);
  };
  try {
    value();
    space();
    if (i < text.length) fail('unexpected text after the JSON value');
  } catch (e) {
    return e as { at: number; reason: string };
  }
  return { at: text.length };
}
