// Whether a name is marked and, if not, why (components/options/marking-status.ts), in both languages.
import { describe, expect, it } from 'vitest';
import { describeMarkingStatus, markingStatus } from '../../components/options/marking-status.ts';
import { de, en } from '../fixtures/translator.ts';

const layer = {
  disabledEntities: ['cuda'],
  dismissals: [
    { entity: 'nvidia', site: 'a.example' },
    { entity: 'nvidia', site: 'b.example' },
    { entity: 'huawei', site: 'a.example' },
  ],
};
const status = (id: string, kind: 'company' | 'publication' | 'authority' | 'platform', marks = true) => markingStatus({ id, kind, marks }, layer);

describe('marking status', () => {
  it('marked, switched off, or hidden on some sites', () => {
    expect(status('deepseek', 'company')).toEqual({ kind: 'marked' });
    expect(status('cuda', 'platform')).toEqual({ kind: 'switched-off' });
    expect(status('nvidia', 'company')).toEqual({ kind: 'hidden-on', sites: ['a.example', 'b.example'] });
  });

  it('a name never marked is so by design, whatever the reader switched', () => {
    expect(status('financial-times', 'publication', false)).toEqual({ kind: 'by-design', as: 'publication' });
    expect(markingStatus({ id: 'cuda', kind: 'platform', marks: false }, layer)).toEqual({ kind: 'by-design', as: 'platform' });
  });

  it('says why in words, in English and German', () => {
    expect(describeMarkingStatus(status('financial-times', 'publication', false), en)).toBe('not marked, by design: a publication that explains the story');
    expect(describeMarkingStatus(status('chinese-authorities', 'authority', false), en)).toBe('not marked, by design: an authority that explains the story');
    expect(describeMarkingStatus(status('cuda', 'platform'), en)).toBe('not marked: you switched it off');
    expect(describeMarkingStatus(status('nvidia', 'company'), en)).toBe('marked, but hidden on 2 sites');
    expect(describeMarkingStatus(status('huawei', 'company'), en)).toBe('marked, but hidden on a.example');
    expect(describeMarkingStatus(status('deepseek', 'company'), de)).toBe('wird auf Seiten markiert');
    expect(describeMarkingStatus(status('chinese-authorities', 'authority', false), de)).toBe('bewusst nicht markiert: eine Behörde, die die Geschichte erklärt');
  });
});
