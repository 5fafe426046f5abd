// JSON.parse that says where it failed: line and column (1-based), for sync, import, seeds
// and the scan CLI. Engines word the error differently; all of them give a position.
export type JsonResult = { ok: true; value: unknown } | { ok: false; line: number; column: number; message: string };

export function parseJson(text: string): JsonResult {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const raw = error instanceof Error ? error.message : String(error);
    const position = Number(/position (\d+)/.exec(raw)?.[1] ?? text.length);
    const before = text.slice(0, position);
    const line = before.split('\n').length;
    const column = position - before.lastIndexOf('\n');
    const reason = raw.replace(/\s*in JSON at position \d+.*$/s, '').replace(/^JSON\.parse: /, '');
    return { ok: false, line, column, message: `not valid JSON at line ${line}, column ${column}: ${reason}` };
  }
}
