// The options page's entity search and its deep links.
import { describe, expect, it } from 'vitest';
import { entityFromHash } from '../../components/options/entity-link.ts';
import { foldForSearch, searchEntities } from '../../components/options/entity-search.ts';
import { formatAge } from '../../components/options/format.ts';
import type { EntityListing } from '../../lib/store/overview.ts';

const entities: EntityListing[] = [
  { id: 'huawei', name: 'Huawei', kind: 'company', aliases: ['Huawei', '华为'], marks: true },
  { id: 'ascend-910c', name: 'Ascend 910C', kind: 'chip', parent: 'ascend', aliases: ['Ascend 910C', '昇腾910C'], marks: true },
  { id: 'nvidia-h100', name: 'NVIDIA H100', kind: 'chip', parent: 'nvidia', aliases: ['H100'], marks: true },
  { id: 'deepseek', name: 'DeepSeek', kind: 'company', aliases: ['DeepSeek', '深度求索'], marks: true },
  { id: 'cafe', name: 'Café Über', kind: 'company', aliases: ['Cafe Uber'], marks: true },
];
const ids = (query: string) => searchEntities(entities, query).map((e) => e.id);

describe('entity search', () => {
  it('finds names, ignoring case and punctuation', () => {
    expect(ids('nvidia h100')).toEqual(['nvidia-h100']);
    expect(ids('ASCEND-910c')).toEqual(['ascend-910c']);
  });

  it('finds aliases, after the name matches', () => {
    expect(ids('华为')).toEqual(['huawei']);
    expect(ids('深度')).toEqual(['deepseek']);
    expect(ids('h100')).toEqual(['nvidia-h100']);
  });

  it('ignores accents', () => {
    expect(foldForSearch('Café Über')).toBe('cafe uber');
    expect(ids('cafe')).toEqual(['cafe']);
  });

  it('an empty query lists everything; no match lists nothing', () => {
    expect(ids('  ')).toHaveLength(entities.length);
    expect(ids('amd')).toEqual([]);
  });
});

describe('deep links', () => {
  it('#entity=ID opens that entity', () => {
    expect(entityFromHash('#entity=huawei')).toBe('huawei');
    expect(entityFromHash('#entity=ascend-910c&x=1')).toBe('ascend-910c');
    expect(entityFromHash('#entity=%E5%8D%8E')).toBe('华');
    expect(entityFromHash('#other')).toBeUndefined();
    expect(entityFromHash('#entity=%E5')).toBeUndefined();
  });
});

describe('KB age', () => {
  it('in whole days, in the reader’s language', () => {
    const now = new Date('2026-11-28T15:00:00Z');
    expect(formatAge('2026-11-25', 'en', now)).toBe('3 days ago');
    expect(formatAge('2026-11-28', 'en', now)).toBe('today');
    expect(formatAge('2026-11-27', 'de', now)).toBe('gestern');
  });
});
