import { describe, expect, it } from 'vitest';
import { parseJson } from '../../lib/json-parse.ts';

describe('parseJson', () => {
  it('parses valid JSON', () => {
    expect(parseJson('{"a": [1, true, null, "x\\u00e4"]}')).toEqual({ ok: true, value: { a: [1, true, null, 'xä'] } });
  });
  it.each([
    ['{\n  "a": 1,\n}', 3, 1, 'expected a property name in double quotes'],
    ['{"a": [,]}', 1, 8, 'unexpected ","'],
    ['[1, 2', 1, 6, 'the text ends too early'],
    ['{"a": "unterminated', 1, 20, 'the text ends inside a string'],
    ['', 1, 1, 'the text is empty or ends too early'],
    ['{"a": 01}', 1, 8, 'expected "," or "}"'],
    ['{"a": tru}', 1, 7, 'expected true'],
    ['{} x', 1, 4, 'unexpected text after the JSON value'],
    ["{'a': 1}", 1, 2, 'expected a property name in double quotes'],
  ])('%j fails at line %i, column %i', (text, line, column, reason) => {
    const result = parseJson(text);
    expect(result).toMatchObject({ ok: false, line, column });
    expect(result.ok === false && result.message).toBe(`not valid JSON at line ${line}, column ${column}: ${reason}`);
  });
});
