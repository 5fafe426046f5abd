// Checking a KB in slices (a sync or import of 100,000 entities must not hold the background):
// the sliced check gives exactly validateKb's answer, problem for problem.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KB_100K, scaledKb } from '../../bench/synthetic-kb.ts';
import { validateKb, validateKbInSlices } from '../../lib/kb-validate.ts';
import { buildBundledKb } from '../../scripts/seeds.ts';

const bundled = buildBundledKb();
/** A KB big enough to be taken apart: 2,000 entities, 6,000 aliases. */
const { kb: mid } = scaledKb(bundled, { entities: 2000, aliases: 6000 });
const midText = JSON.stringify(mid);
let pauses = 0;
const pause = async () => void pauses++;

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
