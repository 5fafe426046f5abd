// The UI strings (public/_locales): every key in English and German with the same $1 … $9
// substitutions, every key the code asks for exists, and every sync, import, roll back and reset
// outcome has words in both languages.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CASE_RULES, ENTITY_KINDS, RELATION_TYPES } from '../../lib/kb-schema.ts';
import { describeOutcome } from '../../lib/sync/describe-outcome.ts';
import type { Refusal, SyncPhase } from '../../lib/sync/outcome.ts';
import { de, en, loadMessages } from '../fixtures/translator.ts';

const catalogs = { en: loadMessages('en'), de: loadMessages('de') };

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.(tsx?|html)$/.test(name) ? [path] : [];
  });
}
const sources = [...sourceFiles('lib'), ...sourceFiles('components'), ...sourceFiles('entrypoints'), 'wxt.config.ts'].map((file) => ({
  file,
  text: readFileSync(file, 'utf8'),
}));

/** Keys the code builds from a template (`card_kind_${kind}`), with every value it can take. */
const TEMPLATED: Record<string, readonly string[]> = {
  card_kind_: ENTITY_KINDS,
  card_why_case_: CASE_RULES,
  options_sync_phase_: ['fetching', 'checking', 'saving'] satisfies SyncPhase[],
  sync_reason_interrupted_: ['fetching', 'checking', 'saving'] satisfies SyncPhase[],
  options_note_: ['saved', 'pending', 'failed'],
  options_autosync_every_: ['6h', '12h', '24h', '168h'],
  sync_reason_url_: ['not_a_url', 'scheme', 'insecure', 'credentials'],
  // Both checked through describeOutcome below.
  sync_done_: ['sync', 'import', 'roll_back', 'reset'],
  sync_not_changed_: ['sync', 'import', 'roll_back', 'reset'],
  // The side panel: a relation seen from either end, where a source came from, a text's language.
  panel_rel_: RELATION_TYPES.flatMap((type) => ['out', 'in'].map((direction) => `${type.replace(/-/g, '_')}_${direction}`)),
  panel_origin_: ['bundled', 'synced', 'imported', 'yours'],
  panel_in_: ['en', 'de'],
};

const substitutions = (text: string) => [...new Set([...text.matchAll(/\$(\d)/g)].map((m) => Number(m[1])))].sort();

describe('locales', () => {
  it('English and German have the same keys, each with the same substitutions', () => {
    expect(Object.keys(catalogs.de).sort()).toEqual(Object.keys(catalogs.en).sort());
    expect(Object.keys(catalogs.en).length).toBeGreaterThan(150);
    for (const [key, { message }] of Object.entries(catalogs.en)) {
      expect(catalogs.de[key]!.message.trim(), `de ${key}`).not.toBe('');
      expect(message.trim(), `en ${key}`).not.toBe('');
      expect(substitutions(catalogs.de[key]!.message), key).toEqual(substitutions(message));
    }
  });

  it('uses one placeholder style: $1 … $9 in the message, no named placeholders', () => {
    for (const catalog of Object.values(catalogs)) {
      for (const [key, entry] of Object.entries(catalog)) {
        expect(entry.placeholders, key).toBeUndefined();
        expect(entry.message, key).not.toMatch(/\$[A-Za-z_]\w*\$/);
      }
    }
  });

  it('every key the code names exists', () => {
    const named = new Set<string>();
    for (const { text } of sources) {
      for (const [, key] of text.matchAll(/['"]((?:card|options|popup|sync|panel)_[A-Za-z0-9_]+)['"]/g)) named.add(key!);
      for (const [, key] of text.matchAll(/__MSG_(\w+)__/g)) named.add(key!);
    }
    expect(named.size).toBeGreaterThan(100);
    for (const [prefix, values] of Object.entries(TEMPLATED)) for (const value of values) named.add(prefix + value);
    expect([...named].filter((key) => !catalogs.en[key])).toEqual([]);
  });

  it('knows every key the code builds from a template', () => {
    const prefixes = new Set<string>();
    for (const { text } of sources) {
      for (const [, prefix] of text.matchAll(/`((?:card|options|popup|sync|panel)_[A-Za-z0-9_]*)\$\{/g)) prefixes.add(prefix!);
    }
    expect([...prefixes].filter((prefix) => !(prefix in TEMPLATED))).toEqual([]);
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
      { kind: 'storage', detail: 'The quota has been exceeded.', full: true },
      ...(['fetching', 'checking', 'saving'] as const).map((phase) => ({ kind: 'interrupted' as const, phase })),
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

  it('fills substitutions as the browser does, in the card’s strings too', () => {
    expect(describeOutcome({ ok: true, kind: 'changed', action: 'sync', version: 3, entities: 12, newEntities: 3, contexts: 41 }, en).headline).toBe(
      'Updated to version 3: 12 names (3 new), 41 quoted sentences',
    );
    const refused = describeOutcome(
      { ok: false, action: 'sync', refusal: { kind: 'invalid-kb', problems: [{ path: 'entities[4].aliases', message: 'is empty' }] }, keptVersion: 2 },
      en,
    );
    expect(refused.headline).toBe('Not updated: entities[4].aliases is empty. Your knowledge base (version 2) was kept.');
    expect(en('card_announceMention', ['NVIDIA', 'company', 2, 7])).toBe('NVIDIA, company, mention 2 of 7');
    expect(de('card_mentionOf', ['2', '7'])).toBe('Erwähnung 2 von 7 auf dieser Seite');
  });
});
