// Every string of the reader's own knowledge (yours_…) is in English and German with the same
// substitutions, and every key the code names exists.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RELATION_TYPES } from '../../lib/kb-schema.ts';
import { catalogs } from '../fixtures/kb/test-support.ts';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('the reader’s knowledge strings', () => {
  const keys = Object.keys(catalogs.en).filter((k) => k.startsWith('yours_'));

  it('English and German have the same keys with the same substitutions', () => {
    expect(keys.length).toBeGreaterThan(60);
    const subs = (text: string) => [...text.matchAll(/\$\d|%s/g)].map((m) => m[0]).sort();
    for (const key of keys) {
      expect(catalogs.de[key], key).toBeDefined();
      expect(subs(catalogs.de[key]!.message), key).toEqual(subs(catalogs.en[key]!.message));
    }
    expect(Object.keys(catalogs.de).filter((k) => k.startsWith('yours_')).sort()).toEqual([...keys].sort());
  });

  it('every key the code names, and every relation type, exists', () => {
    const files = ['components', 'lib/reading', 'entrypoints'].flatMap(sourceFiles);
    const named = files.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/['`](yours_[a-z0-9_]+)['`]/g)].map((m) => `${file}: ${m[1]}`));
    expect(named.length).toBeGreaterThan(40);
    expect(named.filter((entry) => !catalogs.en[entry.split(': ')[1]!])).toEqual([]);
    for (const type of RELATION_TYPES) expect(catalogs.en[`yours_relation_${type.replace(/-/g, '_')}`], type).toBeDefined();
  });
});
