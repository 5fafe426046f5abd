// Properties over random input: the matcher, the JSON reader, the KB validator and the scan
// CLI's line handler never throw, and always answer with spans or a message.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJson } from '../../lib/json-parse.ts';
import { formatProblem, validateKb } from '../../lib/kb-validate.ts';
import { compileShape, shapeProblem } from '../../lib/code-shapes.ts';
import { compileMatcher } from '../../lib/matcher.ts';
import { labelledSpans, readEvalCases } from '../fixtures/matching/score.ts';
import { answerLine } from '../../scripts/scan.ts';
import { buildBundledKb } from '../../scripts/seeds.ts';
import { fuzzText } from './fuzz-text.ts';

const kb = buildBundledKb();
const matcher = compileMatcher(kb.entities);
const kbText = JSON.stringify(kb);

describe('fuzz: the matcher', () => {
  it('returns ordered, non-overlapping spans inside the text, on any text', () => {
    fc.assert(
      fc.property(fc.oneof(fuzzText, fc.string({ unit: 'binary', maxLength: 200 })), (text) => {
        const spans = matcher.scan(text);
        let last = 0;
        for (const s of spans) {
          expect(s.start).toBeGreaterThanOrEqual(last);
          expect(s.end).toBeGreaterThan(s.start);
          expect(s.end).toBeLessThanOrEqual(text.length);
          last = s.end;
        }
      }),
      { numRuns: 5000 },
    );
  });

  it('finds a name the same whatever sentences stand around it', () => {
    fc.assert(
      fc.property(fuzzText, fc.constantFrom('NVIDIA', 'Huawei', 'DeepSeek', 'CUDA'), fuzzText, (before, name, after) => {
        const text = `${before}. ${name}. ${after}`;
        const at = before.length + 2;
        expect(matcher.scan(text).some((s) => s.start === at && s.end === at + name.length)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('fuzz: invisible characters and no-break spaces inside a name change nothing', () => {
  // Every labelled name of the evaluation set, with an invisible character put anywhere inside
  // it (or a space inside it made a no-break space): the matcher finds the same names, at the
  // same places (shifted by the inserted character).
  const named = readEvalCases().flatMap((c) => labelledSpans(c).filter((s) => s.end - s.start > 1).map((s) => ({ text: c.text, ...s })));
  const invisible = fc.constantFrom('\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff');
  const spansOf = (text: string) => matcher.scan(text).map(({ start, end, entity, family }) => ({ start, end, entity, family }));

  it('inserting a soft hyphen or zero-width character', () => {
    fc.assert(
      fc.property(fc.constantFrom(...named), fc.nat(), invisible, ({ text, start, end }, n, ch) => {
        const at = start + 1 + (n % (end - start - 1));
        const shift = (p: number) => (p >= at ? p + 1 : p);
        const expected = spansOf(text).map((s) => ({ ...s, start: shift(s.start), end: s.end > at ? s.end + 1 : s.end }));
        expect(spansOf(text.slice(0, at) + ch + text.slice(at))).toEqual(expected);
      }),
      { numRuns: 3000 },
    );
  });

  it('writing the spaces inside a name as no-break spaces', () => {
    const withSpace = named.filter(({ text, start, end }) => text.slice(start, end).includes(' '));
    expect(withSpace.length).toBeGreaterThan(50);
    for (const { text, start, end } of withSpace) {
      const nbsp = text.slice(0, start) + text.slice(start, end).replaceAll(' ', '\u00a0') + text.slice(end);
      expect(spansOf(nbsp), text).toEqual(spansOf(text));
    }
  });
});

describe('fuzz: code shapes', () => {
  it('a shape the validator accepts compiles, and matches any text in one quick pass', () => {
    const shape = fc.string({ unit: fc.constantFrom('#', '@', '[', ']', ' ', '-', '.', 'A', 'x', '9', 'R'), maxLength: 30 });
    fc.assert(
      fc.property(shape, fc.string({ maxLength: 64 }), (s, text) => {
        if (shapeProblem(s)) return;
        const re = compileShape(s);
        re.lastIndex = 0;
        re.exec(text);
        re.lastIndex = 0;
        re.exec('9'.repeat(64));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('fuzz: reading and validating a KB', () => {
  it('never throws on random or truncated JSON, and always says where it failed', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.nat({ max: kbText.length }).map((n) => kbText.slice(0, n))), (text) => {
        const parsed = parseJson(text);
        if (parsed.ok) {
          const result = validateKb(parsed.value);
          if (!result.ok) for (const p of result.problems) expect(formatProblem(p)).toMatch(/\S/);
        } else {
          expect(parsed.message).toMatch(/^not valid JSON at line \d+, column \d+: /);
          expect(parsed.line).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('names a problem for any random JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = validateKb(value);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 2000 },
    );
  });

  it('reports a problem, never a crash, when any field of the KB is replaced by a random value', () => {
    const paths: (string | number)[][] = [];
    const walk = (v: unknown, path: (string | number)[]) => {
      if (path.length) paths.push(path);
      if (v && typeof v === 'object' && path.length < 6) for (const [k, child] of Object.entries(v)) walk(child, [...path, Array.isArray(v) ? Number(k) : k]);
    };
    walk(kb, []);
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.jsonValue(), (path, value) => {
        const copy = structuredClone(kb) as unknown as Record<string | number, unknown>;
        let target = copy;
        for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
        target[path.at(-1)!] = value;
        const result = validateKb(copy);
        if (!result.ok) for (const p of result.problems) expect(formatProblem(p)).toMatch(/\S/);
      }),
      { numRuns: 3000 },
    );
  }, 30_000); // 3000 copies of the whole KB: seconds on a busy machine
});

describe('fuzz: the scan CLI\'s lines', () => {
  it('answers or explains every line', () => {
    const line = fc.oneof(
      fc.string(),
      fuzzText.map((text) => JSON.stringify({ id: 'x', text })),
      fc.jsonValue().map((v) => JSON.stringify(v)),
      fuzzText.map((text) => JSON.stringify({ id: 'x', text }).slice(0, Math.max(1, text.length))),
    );
    fc.assert(
      fc.property(line, (l) => {
        const answer = answerLine(matcher, l);
        if ('output' in answer) expect(JSON.parse(answer.output)).toHaveProperty('spans');
        else expect(answer.error).toMatch(/\S/);
      }),
      { numRuns: 3000 },
    );
  });
});
