// The walk up an entity's parent chain that the matcher and the card share.
import { describe, expect, it } from 'vitest';
import { ancestorsOf, familyOf, type Linked } from '../../lib/parent-chain.ts';

const index = (entities: Linked[]) => new Map(entities.map((e) => [e.id, e]));

describe('the parent chain', () => {
  it('runs from the nearest parent to the top', () => {
    const byId = index([{ id: 'huawei' }, { id: 'ascend', parent: 'huawei' }, { id: 'ascend-910c', parent: 'ascend' }]);
    expect(ancestorsOf(byId.get('ascend-910c')!, byId).map((e) => e.id)).toEqual(['ascend', 'huawei']);
    expect(familyOf(byId.get('ascend-910c')!, byId).id).toBe('huawei');
    expect(familyOf(byId.get('huawei')!, byId).id).toBe('huawei');
  });

  it('ends at a parent the KB does not have', () => {
    const byId = index([{ id: 'h100', parent: 'hopper' }]);
    expect(ancestorsOf(byId.get('h100')!, byId)).toEqual([]);
    expect(familyOf(byId.get('h100')!, byId).id).toBe('h100');
  });

  it('ends a cycle after as many steps as there are entities', () => {
    const byId = index([{ id: 'a', parent: 'b' }, { id: 'b', parent: 'a' }]);
    expect(ancestorsOf(byId.get('a')!, byId).map((e) => e.id)).toEqual(['b', 'a']);
  });
});
