import { describe, expect, it } from 'vitest';
import { entityDescription, entityName, kbTitle, pickLocalized } from '../../lib/localized.ts';

describe('per-language texts of the KB', () => {
  it('picks the reader\'s language, else the other one and says which it is', () => {
    expect(pickLocalized({ en: 'chip', de: 'Chip' }, 'de')).toEqual({ text: 'Chip', lang: 'de' });
    expect(pickLocalized({ de: 'Nur Deutsch' }, 'en')).toEqual({ text: 'Nur Deutsch', lang: 'de' });
    expect(pickLocalized(undefined, 'en')).toBeUndefined();
  });

  it('reads an older KB\'s summary as the description', () => {
    expect(entityDescription({ summary: { en: 'Old summary.' } }, 'en')?.text).toBe('Old summary.');
    expect(entityDescription({ description: { en: 'New.' }, summary: { en: 'Old.' } }, 'en')?.text).toBe('New.');
  });

  it('writes a name the German way where the KB has one', () => {
    const authorities = { name: 'Chinese authorities', names: { de: 'Chinesische Behörden' } };
    expect(entityName(authorities, 'de')).toBe('Chinesische Behörden');
    expect(entityName(authorities, 'en')).toBe('Chinese authorities');
    expect(entityName({ name: 'NVIDIA' }, 'de')).toBe('NVIDIA');
  });

  it('reads a title that is one text or one per language', () => {
    expect(kbTitle({ title: 'One' }, 'de')).toBe('One');
    expect(kbTitle({ title: { en: 'English', de: 'Deutsch' } }, 'de')).toBe('Deutsch');
    expect(kbTitle({}, 'en')).toBeUndefined();
  });
});
