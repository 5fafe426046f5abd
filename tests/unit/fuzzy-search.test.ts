// Forgiving search (lib/fuzzy-match.ts) and the options page's entity search over it: typos,
// half-typed names, other languages' names and spellings, and what must not match.
import { describe, expect, it } from 'vitest';
import { findEntities, searchEntities } from '../../components/options/entity-search.ts';
import { editDistance, matchText } from '../../lib/fuzzy-match.ts';
import type { EntityListing } from '../../lib/store/overview.ts';

const entities: EntityListing[] = [
  { id: 'huawei', name: 'Huawei', kind: 'company', aliases: ['Huawei', 'Hua Wei', '华为'], marks: true },
  { id: 'nvidia', name: 'NVIDIA', kind: 'company', aliases: ['NVIDIA', '英伟达', '輝達'], marks: true },
  { id: 'nvidia-h100', name: 'NVIDIA H100', kind: 'chip', parent: 'nvidia', aliases: ['NVIDIA H100', 'H100'], marks: true },
  { id: 'ascend', name: 'Ascend', kind: 'chip', aliases: ['Ascend', '昇腾'], marks: true },
  { id: 'chinese-authorities', name: 'Chinese authorities', names: { de: 'Chinesische Behörden' }, kind: 'authority', aliases: ['chinesische Behörden', 'Peking'], marks: false },
  { id: 'financial-times', name: 'Financial Times', kind: 'publication', aliases: ['Financial Times'], marks: false },
];
const ids = (query: string, language: 'en' | 'de' = 'en') => searchEntities(entities, query, language).map((e) => e.id);

describe('edit distance', () => {
  it('counts inserts, deletes, replacements and swapped neighbours as one each', () => {
    expect(editDistance('huawai', 'huawei')).toBe(1);
    expect(editDistance('nvdia', 'nvidia')).toBe(1);
    expect(editDistance('nivdia', 'nvidia')).toBe(1);
    expect(editDistance('ascned', 'ascend')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('abc', 'abc')).toBe(0);
  });

  it('stops early past its limit', () => {
    expect(editDistance('huawei', 'financial', 1)).toBe(2);
  });
});

describe('matching a query against a text', () => {
  it('as typed first, then near misses', () => {
    expect(matchText('hua', 'Huawei')).toBe('exact');
    expect(matchText('huawai', 'Huawei')).toBe('fuzzy');
    expect(matchText('HUAWAI', 'Hua-Wei')).toBeUndefined();
    expect(matchText('finantial tmes', 'Financial Times')).toBe('fuzzy');
  });

  it('a half-typed word with a typo still finds the name', () => {
    expect(matchText('nvdi', 'NVIDIA')).toBe('fuzzy');
  });

  it('short words and far-off words do not match', () => {
    expect(matchText('amd', 'and more')).toBeUndefined();
    expect(matchText('apple', 'Ascend')).toBeUndefined();
    expect(matchText('huawei x', 'Huawei')).toBeUndefined();
  });
});

describe('the entity search', () => {
  it('forgives typos', () => {
    expect(ids('huawai')).toEqual(['huawei']);
    expect(ids('nvidea')).toEqual(['nvidia', 'nvidia-h100']);
    expect(ids('Finacial Times')).toEqual(['financial-times']);
  });

  it('finds names as other languages write them, and says by which', () => {
    expect(findEntities(entities, 'Chinesische Behörden', 'en')).toEqual([{ entity: entities[4], via: 'Chinesische Behörden' }]);
    expect(findEntities(entities, '英伟达')).toEqual([{ entity: entities[1], via: '英伟达' }]);
    expect(ids('华为')).toEqual(['huawei']);
    // In German the German name is the one shown: nothing to explain.
    expect(findEntities(entities, 'chinesische behorden', 'de')).toEqual([{ entity: entities[4] }]);
  });

  it('puts names typed right before spellings and near misses', () => {
    expect(ids('h100')).toEqual(['nvidia-h100']);
    expect(ids('peking')).toEqual(['chinese-authorities']);
    // "ascend" as typed, before "Ascend" misspelt would come anything fuzzy.
    expect(ids('ascend')[0]).toBe('ascend');
  });

  it('an empty query lists everything; nonsense lists nothing', () => {
    expect(ids('   ')).toHaveLength(entities.length);
    expect(ids('amd')).toEqual([]);
    expect(ids('zzzzzzzz')).toEqual([]);
  });
});
