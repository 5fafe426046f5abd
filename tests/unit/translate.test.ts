// The card's strings: those without substitutions are looked up once per page.
import { describe, expect, it, vi } from 'vitest';
import { rememberTranslations } from '../../lib/translate.ts';

describe('rememberTranslations', () => {
  it('asks once for a plain string and every time for one with substitutions', () => {
    const t = vi.fn((key: string, substitutions?: readonly (string | number)[]) => `${key}${substitutions ? `(${substitutions.join(',')})` : ''}`);
    const remembered = rememberTranslations(t);
    expect(remembered('card_close')).toBe('card_close');
    expect(remembered('card_close')).toBe('card_close');
    expect(remembered('card_mentionOf', ['1', '9'])).toBe('card_mentionOf(1,9)');
    expect(remembered('card_mentionOf', ['2', '9'])).toBe('card_mentionOf(2,9)');
    expect(t).toHaveBeenCalledTimes(3);
  });

  it('remembers an empty answer too (a key the bundle lacks)', () => {
    const t = vi.fn(() => '');
    const remembered = rememberTranslations(t);
    remembered('card_kind_unknown');
    remembered('card_kind_unknown');
    expect(t).toHaveBeenCalledTimes(1);
  });
});
