// The card's lookups over a KB, made once per KB: the same products and relations as a walk over
// every entity would find, in the KB's order, on the bundled KB and a generated one of 2,000.
import { describe, expect, it } from 'vitest';
import { KB_100K, scaledKb } from '../../bench/synthetic-kb.ts';
import type { Entity, KnowledgeBase } from '../../lib/kb-schema.ts';
import { kbLookup } from '../../lib/kb-lookup.ts';
import { ancestorsOf } from '../../lib/parent-chain.ts';
import { buildBundledKb } from '../../scripts/seeds.ts';

const bundled = buildBundledKb();
const generated = scaledKb(bundled, { ...KB_100K, entities: 1000, aliases: 3000 }).kb;

/** The definition: every entity whose parent chain holds this one, in the KB's order. */
function descendantsByWalk(kb: KnowledgeBase, byId: ReadonlyMap<string, Entity>, entity: Entity): Entity[] {
  return kb.entities.filter((e) => ancestorsOf(e, byId).includes(entity));
}

describe('kbLookup', () => {
  for (const [name, kb] of [['bundled', bundled], ['generated', generated]] as const) {
    it(`finds every entity's products and relations as the walk does (${name} KB)`, () => {
      const lookup = kbLookup(kb);
      const byId = new Map(kb.entities.map((e) => [e.id, e]));
      let withProducts = 0;
      for (const entity of kb.entities) {
        const walked = descendantsByWalk(kb, byId, entity);
        if (walked.length) withProducts++;
        expect(lookup.descendantsOf(entity)).toEqual(walked);
        expect(lookup.relationsOf(entity.id)).toEqual(kb.relations.filter((r) => r.from === entity.id || r.to === entity.id));
      }
      expect(withProducts).toBeGreaterThan(2);
    }, 30_000);
  }

  it('finds products two levels down, and is made once per KB', () => {
    const line = { ...bundled.entities[0]!, id: 'line', parent: 'maker' };
    const model = { ...bundled.entities[0]!, id: 'model', parent: 'line' };
    const maker = { ...bundled.entities[0]!, id: 'maker', parent: undefined };
    const kb = { ...bundled, entities: [model, maker, line], relations: [] };
    const lookup = kbLookup(kb);
    expect(kbLookup(kb)).toBe(lookup);
    expect(lookup.descendantsOf(maker).map((e) => e.id)).toEqual(['model', 'line']);
    expect(lookup.descendantsOf(model)).toEqual([]);
  });

  it('ends a parent cycle (which the KB check refuses) instead of looping', () => {
    const a = { ...bundled.entities[0]!, id: 'a', parent: 'b' };
    const b = { ...bundled.entities[0]!, id: 'b', parent: 'a' };
    const lookup = kbLookup({ ...bundled, entities: [a, b], relations: [] });
    expect(lookup.descendantsOf(a).map((e) => e.id)).toEqual(['b']);
  });
});
