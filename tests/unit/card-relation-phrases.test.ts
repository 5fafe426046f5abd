import { describe, expect, it } from 'vitest';
import { RELATION_TYPES } from '../../lib/kb-schema.ts';
import { cardLanguage } from '../../lib/card/card-language.ts';
import { looksPlural, relationParts, relationSentence } from '../../lib/card/relation-phrases.ts';
import type { RelationInWords } from '../../lib/entity-details.ts';

const huawei = { id: 'huawei', name: 'Huawei' };
const out = (type: RelationInWords['type'], id: string, name: string): RelationInWords => ({ type, direction: 'out', other: { id, name } });
const into = (type: RelationInWords['type'], id: string, name: string): RelationInWords => ({ type, direction: 'in', other: { id, name } });

describe('relation sentences', () => {
  it('reads the examples from the issue', () => {
    expect(relationSentence(out('makes', 'ascend-910c', 'Ascend 910C'), huawei, 'en')).toBe('Huawei makes the Ascend 910C');
    expect(relationSentence(out('trains-on', 'nvidia', 'NVIDIA'), { id: 'deepseek-r2', name: 'DeepSeek R2' }, 'en')).toBe('DeepSeek R2 trains on NVIDIA');
  });

  it('keeps the relation’s subject first whichever card shows it', () => {
    const fromAscend = relationSentence(into('makes', 'huawei', 'Huawei'), { id: 'ascend-910c', name: 'Ascend 910C' }, 'en');
    expect(fromAscend).toBe('Huawei makes the Ascend 910C');
  });

  it('has an English and a German sentence for every relation type', () => {
    for (const type of RELATION_TYPES) {
      for (const language of ['en', 'de'] as const) {
        const sentence = relationSentence(out(type, 'nvidia', 'NVIDIA'), huawei, language);
        expect(sentence, `${type} ${language}`).toMatch(/^Huawei .*NVIDIA/);
        expect(sentence).not.toMatch(/[{}]/);
      }
    }
    expect(relationSentence(out('discourages', 'nvidia', 'NVIDIA'), huawei, 'de')).toBe('Huawei rät von NVIDIA ab');
    expect(relationSentence(out('trains-on', 'nvidia', 'NVIDIA'), { id: 'deepseek-r2', name: 'DeepSeek R2' }, 'de')).toBe('DeepSeek R2 wird mit NVIDIA trainiert');
  });

  it('agrees with a plural subject such as "Chinese authorities"', () => {
    const authorities = { id: 'chinese-authorities', name: 'Chinese authorities' };
    expect(relationSentence(into('recommends', 'chinese-authorities', authorities.name), huawei, 'en')).toBe('Chinese authorities recommend Huawei');
    expect(relationSentence(out('discourages', 'nvidia', 'NVIDIA'), authorities, 'de')).toBe('Chinese authorities raten von NVIDIA ab');
    expect(looksPlural('Financial Times')).toBe(false);
    expect(looksPlural('NVIDIA')).toBe(false);
  });

  it('gives each name as its own part so it can become a link', () => {
    expect(relationParts(out('makes', 'ascend', 'Ascend'), huawei, 'en')).toEqual([
      { text: 'Huawei', entity: 'huawei' },
      { text: ' makes the ' },
      { text: 'Ascend', entity: 'ascend' },
    ]);
  });

  it('never reads a name as a template', () => {
    expect(relationSentence(out('makes', 'x', '{from} {to}'), huawei, 'en')).toBe('Huawei makes the {from} {to}');
  });

  it('writes German for a German browser and English for everything else', () => {
    expect(cardLanguage('de')).toBe('de');
    expect(cardLanguage('de-AT')).toBe('de');
    expect(cardLanguage('en-US')).toBe('en');
    expect(cardLanguage('fr')).toBe('en');
  });
});
