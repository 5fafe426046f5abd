// Reading and checking a KB in slices (a sync or import of 100,000 entities must not hold the
// background): the sliced JSON reader gives exactly JSON.parse's value, or parseJson's message
// with line and column; the sliced check gives exactly validateKb's answer, problem for problem.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KB_100K, scaledKb } from '../../bench/synthetic-kb.ts';
import { parseJson } from '../../lib/json-parse.ts';
import { parseJsonInSlices } from '../../lib/json-slices.ts';
import { validateKb, validateKbInSlices } from '../../lib/kb-validate.ts';
import { buildBundledKb } from '../../scripts/seeds.ts';

const bundled = buildBundledKb();
/** A KB big enough to be taken apart: 2,000 entities, 6,000 aliases. */
const { kb: mid } = scaledKb(bundled, { entities: 2000, aliases: 6000 });
const midText = JSON.stringify(mid);
let pauses = 0;
const pause = async () => void pauses++;

describe('parseJsonInSlices', () => {
  it('reads a KB of thousands of entities, compact or indented, exactly as JSON.parse does, pausing between slices', async () => {
    pauses = 0;
    for (const text of [midText, JSON.stringify(mid, null, 2), JSON.stringify({ backup: 'x', kb: mid, notes: [] }, null, '\t')]) {
      expect(await parseJsonInSlices(text, pause, 0)).toEqual({ ok: true, value: JSON.parse(text) });
    }
    expect(pauses).toBeGreaterThan(10);
  });

  it('keeps what JSON.parse keeps: the last of duplicate keys, "__proto__" as a key, escapes and brackets inside strings', async () => {
    const filler = JSON.stringify(Array.from({ length: 9000 }, (_, i) => ({ i, s: `a"]},[{\\${i}` })));
    const text = `{"a":1,"__proto__":{"x":[1,2]},"list":${filler},"a":{"b":"\\u005d\\"}"},"n":-1.5e3,"t":true,"z":null}`;
    const parsed = await parseJsonInSlices(text, pause, 0);
    expect(parsed).toEqual({ ok: true, value: JSON.parse(text) });
    expect(Object.keys((parsed as { value: object }).value)).toEqual(Object.keys(JSON.parse(text) as object));
  });

  it('says where a broken file breaks, as parseJson does', async () => {
    const cuts = [midText.length - 1, 70_000, 123_457, midText.length >> 1];
    for (const at of cuts) {
      const truncated = midText.slice(0, at);
      expect(await parseJsonInSlices(truncated, pause, 0)).toEqual(parseJson(truncated));
      const garbled = `${midText.slice(0, at)}]${midText.slice(at + 1)}`;
      expect(await parseJsonInSlices(garbled, pause, 0)).toEqual(parseJson(garbled));
    }
  }, 60_000);

  it('agrees with JSON.parse on any JSON value, and on any text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), fc.nat({ max: 1000 }), async (value, pad) => {
        const text = JSON.stringify({ pad: 'x'.repeat(pad * 80), value, list: Array.from({ length: pad }, () => value) });
        expect(await parseJsonInSlices(text, pause, 0)).toEqual(parseJson(text));
      }),
      { numRuns: 150 },
    );
    const shorter = JSON.stringify({ ...mid, entities: mid.entities.slice(0, 300) });
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 3 }), fc.nat({ max: shorter.length - 1 }), async (junk, at) => {
        const text = shorter.slice(0, at) + junk + shorter.slice(at);
        expect(await parseJsonInSlices(text, pause, 0)).toEqual(parseJson(text));
      }),
      { numRuns: 80 },
    );
  }, 120_000);
});

describe('validateKbInSlices', () => {
  it('accepts a valid KB with the same output as validateKb (defaults filled, unknown keys dropped)', async () => {
    const value = JSON.parse(midText) as Record<string, unknown>;
    value.extra = 'dropped';
    expect(await validateKbInSlices(value, pause, 0)).toEqual(validateKb(value));
    expect(validateKb(value).ok).toBe(true);
  });

  it('reports exactly validateKb’s problems when any field of the KB is replaced by a random value', async () => {
    const paths: (string | number)[][] = [];
    const walk = (v: unknown, path: (string | number)[]) => {
      if (path.length) paths.push(path);
      if (v && typeof v === 'object' && path.length < 5) for (const [k, child] of Object.entries(v)) walk(child, [...path, Array.isArray(v) ? Number(k) : k]);
    };
    const small = { ...mid, entities: mid.entities.slice(0, 120), relations: mid.relations.filter((r) => mid.entities.slice(0, 120).some((e) => e.id === r.from)) };
    walk(small, []);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.constantFrom(...paths), fc.jsonValue()), { minLength: 1, maxLength: 3 }), async (changes) => {
        const copy = structuredClone(small) as unknown as Record<string | number, unknown>;
        for (const [path, value] of changes) {
          let target = copy;
          for (const key of path.slice(0, -1)) {
            if (!target || typeof target !== 'object') break;
            target = target[key] as Record<string | number, unknown>;
          }
          if (target && typeof target === 'object') target[path.at(-1)!] = value;
        }
        expect(await validateKbInSlices(copy, pause, 0)).toEqual(validateKb(copy));
      }),
      { numRuns: 800 },
    );
  }, 120_000);

  it('on the 100,000-name KB: valid, the same output, and many pauses', async () => {
    const { kb } = scaledKb(bundled, KB_100K);
    pauses = 0;
    const sliced = await validateKbInSlices(kb, pause);
    expect(sliced).toEqual(validateKb(kb));
    expect(sliced.ok).toBe(true);
    expect(pauses).toBeGreaterThan(20);
  }, 180_000);
});
