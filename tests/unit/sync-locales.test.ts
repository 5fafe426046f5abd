// Every string the options page, popup and sync messages use exists in English and German,
// with the same substitutions, and every refusal has words.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeOutcome } from '../../lib/sync/describe-outcome.ts';
import type { Refusal } from '../../lib/sync/outcome.ts';
import { catalogs, de, en } from '../fixtures/kb/test-support.ts';

const OURS = /^(options|popup|sync|glossary)_/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('locales', () => {
  it('English and German have the same keys with the same substitutions', () => {
    const keys = Object.keys(catalogs.en).filter((k) => OURS.test(k));
    expect(keys.length).toBeGreaterThan(100);
    for (const key of keys) {
      const subs = (text: string) => [...text.matchAll(/\$\d/g)].map((m) => m[0]).sort();
      expect(catalogs.de[key], key).toBeDefined();
      expect(subs(catalogs.de[key]!.message), key).toEqual(subs(catalogs.en[key]!.message));
    }
  });

  it('every key the code names literally exists', () => {
    const files = [...sourceFiles('components/options'), ...sourceFiles('components/popup'), ...sourceFiles('lib/sync'), ...sourceFiles('lib/glossary')];
    const missing: string[] = [];
    for (const file of files) {
      for (const [, key] of readFileSync(file, 'utf8').matchAll(/\bt\('((?:options|popup|sync|glossary)_[a-z0-9_]+)'/g)) {
        if (!catalogs.en[key!]) missing.push(`${file}: ${key}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('every refusal and every result has words in both languages', () => {
    const refusals: Refusal[] = [
      ...(['not-a-url', 'scheme', 'insecure', 'credentials'] as const).map((detail) => ({ kind: 'bad-url' as const, detail })),
      { kind: 'no-permission', origin: 'https://a.example' },
      { kind: 'network', origin: 'https://a.example' },
      { kind: 'timeout', seconds: 30 },
      { kind: 'dropped', receivedBytes: 2048 },
      { kind: 'http-status', status: 404, statusText: 'Not Found' },
      { kind: 'http-status', status: 503, statusText: '' },
      { kind: 'http-status', status: 401, statusText: '' },
      { kind: 'redirect-insecure', to: 'http://a.example/kb.json' },
      { kind: 'redirect-other-origin', to: 'https://b.example' },
      { kind: 'content-type', contentType: 'text/html' },
      { kind: 'content-type', contentType: 'image/png' },
      { kind: 'too-large', limitBytes: 5 * 1024 * 1024 },
      { kind: 'invalid-json', line: 1, column: 2, message: 'not valid JSON at line 1, column 2: x' },
      { kind: 'invalid-kb', problems: [{ path: 'entities', message: 'is empty' }] },
      { kind: 'not-a-kb' },
      { kind: 'not-utf8', line: 3, byte: 0xe4, asWindows1252: 'ä' },
      { kind: 'not-utf8', line: 1, byte: 0 },
      { kind: 'invalid-glossary', failure: { kind: 'no-name-column', found: 'a,b' }, issues: [] },
      { kind: 'invalid-glossary', failure: { kind: 'no-entries' }, issues: [{ kind: 'no-name', line: 2 }] },
      { kind: 'invalid-glossary', failure: { kind: 'too-many-broken-lines', line: 22, count: 21 }, issues: [] },
      { kind: 'older', offered: 1, active: 2 },
      { kind: 'no-previous' },
      { kind: 'storage', detail: 'QuotaExceededError' },
    ];
    for (const t of [en, de]) {
      for (const action of ['sync', 'import', 'roll-back', 'reset'] as const) {
        for (const refusal of refusals) {
          const text = describeOutcome({ ok: false, action, refusal, keptVersion: 2 }, t);
          expect(text.headline, `${action} ${refusal.kind}`).toMatch(/\S.*2/);
          expect(text.headline).not.toMatch(/\$\d|undefined/);
        }
        const done = describeOutcome({ ok: true, kind: 'changed', action, version: 3, entities: 12, newEntities: 3, contexts: 41 }, t);
        expect(done.headline).toMatch(/3.*12/);
      }
      expect(describeOutcome({ ok: true, kind: 'not-modified', version: 3 }, t).headline).toContain('304');
      expect(describeOutcome({ ok: true, kind: 'same', version: 3 }, t).headline).toContain('3');
    }
  });

  it('the wording the issue asks for', () => {
    expect(describeOutcome({ ok: true, kind: 'changed', action: 'sync', version: 3, entities: 12, newEntities: 3, contexts: 41 }, en).headline).toBe(
      'Updated to version 3: 12 entities (3 new), 41 contexts',
    );
    const refused = describeOutcome(
      { ok: false, action: 'sync', refusal: { kind: 'invalid-kb', problems: [{ path: 'entities[4].aliases', message: 'is empty' }] }, keptVersion: 2 },
      en,
    );
    expect(refused.headline).toBe('Not updated: entities[4].aliases is empty. Your knowledge base (version 2) was kept.');
  });
});
