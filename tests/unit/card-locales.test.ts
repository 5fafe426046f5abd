// Every UI string the card asks for exists in English and German, with the same placeholders.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENTITY_KINDS } from '../../lib/kb-schema.ts';
import { loadMessages } from '../fixtures/card/translator.ts';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(path.join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [readFileSync(path.join(dir, e.name), 'utf8')] : [],
  );
}

const root = path.resolve(import.meta.dirname, '../..');
const code = [...sources(path.join(root, 'components/card')), ...sources(path.join(root, 'entrypoints/content')).filter((s) => s.includes('card_'))].join('\n');
const used = new Set([...code.matchAll(/'(card_[A-Za-z]+)'/g)].map((m) => m[1]!));
for (const kind of ENTITY_KINDS) used.add(`card_kind_${kind}`);

describe('card strings', () => {
  const en = loadMessages('en');
  const de = loadMessages('de');

  it('finds the strings the card uses', () => {
    expect(used.size).toBeGreaterThan(15);
  });

  for (const key of used) {
    it(`${key} is in English and German with the same placeholders`, () => {
      expect(en[key]?.message, `en ${key}`).toBeTruthy();
      expect(de[key]?.message, `de ${key}`).toBeTruthy();
      expect(Object.keys(de[key]!.placeholders ?? {})).toEqual(Object.keys(en[key]!.placeholders ?? {}));
    });
  }
});
