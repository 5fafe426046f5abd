// The relation map's layout (lib/sidepanel/relation-map.ts) and its neighbours from an entity's
// details (lib/sidepanel/relation-neighbours.ts): one node per related name, the curated ones
// first and the merely "mentioned together" apart below, nothing overlapping, words in both languages.
import { describe, expect, it } from 'vitest';
import type { EntityDetails } from '../../lib/entity-details.ts';
import { fitText, layoutRelationMap, MAP, type MapBox, type MapNeighbour } from '../../lib/sidepanel/relation-map.ts';
import { mapNeighbours } from '../../lib/sidepanel/relation-neighbours.ts';
import { de, en } from '../fixtures/translator.ts';

const neighbour = (id: string, label = 'makes'): MapNeighbour => ({ id, name: id.toUpperCase(), label, description: `${id} sentence` });
const overlaps = (a: MapBox, b: MapBox) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('the relation map’s layout', () => {
  it('draws one node per related name and one edge to each, inside the drawing, none overlapping', () => {
    const layout = layoutRelationMap({ self: { id: 'huawei', name: 'Huawei' }, curated: ['a', 'b', 'c'].map((id) => neighbour(id)), inferred: [neighbour('d', 'in 2 of your articles')] });
    expect(layout.nodes.map((n) => [n.id, n.kind])).toEqual([['huawei', 'self'], ['a', 'curated'], ['b', 'curated'], ['c', 'curated'], ['d', 'inferred']]);
    expect(layout.edges.map((e) => [e.to, e.kind])).toEqual([['a', 'curated'], ['b', 'curated'], ['c', 'curated'], ['d', 'inferred']]);
    for (const [i, a] of layout.nodes.entries()) {
      expect(a.x).toBeGreaterThanOrEqual(0);
      expect(a.x + a.width).toBeLessThanOrEqual(layout.width);
      expect(a.y + a.height).toBeLessThanOrEqual(layout.height);
      for (const b of layout.nodes.slice(i + 1)) expect(overlaps(a, b), `${a.id} ${b.id}`).toBe(false);
    }
  });

  it('sets the names only mentioned together apart, under a caption, below the curated ones', () => {
    const layout = layoutRelationMap({ self: { id: 's', name: 'S' }, curated: [neighbour('a')], inferred: [neighbour('b')] });
    const [, a, b] = layout.nodes;
    expect(layout.caption).toBeDefined();
    expect(layout.caption!.y).toBeGreaterThan(a!.y + a!.height);
    expect(layout.caption!.y).toBeLessThan(b!.y);
    expect(b!.y - (a!.y + a!.height)).toBeGreaterThan(MAP.row - MAP.nodeHeight);
  });

  it('centres the name on its neighbours and runs each edge from it to the neighbour', () => {
    const layout = layoutRelationMap({ self: { id: 's', name: 'S' }, curated: [neighbour('a'), neighbour('b')], inferred: [] });
    const [self, a, b] = layout.nodes;
    expect(self!.y + self!.height / 2).toBe((a!.y + b!.y + b!.height) / 2);
    expect(layout.edges[0]!.path).toMatch(new RegExp(`^M${self!.x + self!.width} ${self!.y + self!.height / 2} C.* ${a!.x} ${a!.y + a!.height / 2}$`));
  });

  it('keeps the map small and says how many it left out', () => {
    const many = Array.from({ length: 20 }, (_, i) => neighbour(`n${i}`));
    const layout = layoutRelationMap({ self: { id: 's', name: 'S' }, curated: many, inferred: many.slice(0, 10) });
    expect(layout.nodes).toHaveLength(1 + MAP.maxCurated + MAP.maxInferred);
    expect(layout.left).toEqual({ curated: 20 - MAP.maxCurated, inferred: 10 - MAP.maxInferred });
  });

  it('draws nothing when there is nothing related', () => {
    expect(layoutRelationMap({ self: { id: 's', name: 'S' }, curated: [], inferred: [] })).toMatchObject({ nodes: [], edges: [], height: 0 });
  });

  it('cuts long names with an ellipsis, by whole characters', () => {
    expect(fitText('Short', 10)).toBe('Short');
    expect(fitText('Huawei Technologies Co., Ltd.', 12)).toBe('Huawei Tech…');
    expect(fitText('𝐀𝐁𝐂𝐃', 3)).toBe('𝐀𝐁…');
  });
});

describe('the neighbours of a name', () => {
  const details = {
    entity: { id: 'nvidia', name: 'NVIDIA' },
    relations: [
      { type: 'makes', direction: 'out', other: { id: 'nvidia-h100', name: 'NVIDIA H100' } },
      { type: 'competes-with', direction: 'in', other: { id: 'huawei', name: 'Huawei' } },
      { type: 'discourages', direction: 'in', other: { id: 'chinese-authorities', name: 'Chinese authorities' } },
      { type: 'part-of', direction: 'in', other: { id: 'cuda', name: 'CUDA' } },
    ],
    inferred: [
      { other: { id: 'huawei', name: 'Huawei' }, articles: 2, sources: ['x', 'y'] },
      { other: { id: 'deepseek', name: 'DeepSeek' }, articles: 3, sources: ['x', 'y', 'z'] },
    ],
  } as unknown as EntityDetails;
  const germanNames: Record<string, string> = { 'chinese-authorities': 'Chinesische Behörden' };

  it('says each relation in words, seen from the name, in English', () => {
    const input = mapNeighbours(details, { t: en, language: 'en', nameOf: (_id, name) => name });
    expect(input.curated.map((n) => [n.id, n.label])).toEqual([
      ['nvidia-h100', 'makes'],
      ['huawei', 'competes with'],
      ['chinese-authorities', 'discouraged by'],
      ['cuda', 'includes'],
    ]);
    expect(input.curated[2]!.description).toBe('Chinese authorities discourage the use of NVIDIA');
    // Huawei is related and also mentioned together: one node, both said.
    expect(input.curated[1]!.description).toBe('Huawei competes with NVIDIA. NVIDIA and Huawei are mentioned together in 2 of your articles');
    expect(input.inferred).toEqual([{ id: 'deepseek', name: 'DeepSeek', label: 'in 3 of your articles', description: 'NVIDIA and DeepSeek are mentioned together in 3 of your articles' }]);
  });

  it('and in German, with German names', () => {
    const input = mapNeighbours(details, { t: de, language: 'de', nameOf: (id, name) => germanNames[id] ?? name });
    expect(input.curated.map((n) => n.label)).toEqual(['stellt her', 'konkurriert mit', 'abgeraten von', 'umfasst']);
    expect(input.curated[2]).toMatchObject({ name: 'Chinesische Behörden', description: 'Chinesische Behörden raten von NVIDIA ab' });
    expect(input.inferred[0]!.description).toBe('NVIDIA und DeepSeek werden in 3 Ihrer Artikel zusammen erwähnt');
  });
});
