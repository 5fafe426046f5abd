import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../lib/article.ts';
import { SeedError } from '../../lib/compile-kb.ts';
import { buildBundledKb, SEEDS_DIR } from '../../scripts/seeds.ts';

const ARTICLE = readFileSync(join(SEEDS_DIR, 'articles', '000_c9e6c51de5dd0a23.txt'), 'utf8');

describe('reading the seed article', () => {
  const article = parseArticle(ARTICLE, 'de');

  it('keeps the repeated headline once, as the title', () => {
    expect(article.title).toMatch(/^Verzögerung bei DeepSeeks R2-KI-Modell/);
    expect(article.sentences.filter((s) => s.text === article.title)).toHaveLength(1);
  });

  it('finds the two section headings', () => {
    expect(article.headings).toEqual([
      'DeepSeek setzt für das R2-KI-Modelltraining auf NVIDIAs KI-Chips',
      'Huawei bereitet Ascend 910C vor, um NVIDIAs H100 auf dem chinesischen KI-Markt zu konkurrenzfähig zu machen',
    ]);
  });

  it('splits the body into sentences and files each under its section', () => {
    const body = article.sentences.filter((s) => s.role === 'body');
    expect(body).toHaveLength(15);
    expect(body[0]).toEqual({ text: 'DeepSeeks Abhängigkeit von Huaweis KI-Chips hat sich nicht wie erwartet ausgezahlt.', section: article.title, role: 'body' });
    expect(body.at(-1)!.section).toBe(article.headings[1]);
  });

  it('drops the page furniture at the end', () => {
    const all = article.sentences.map((s) => s.text).join('\n');
    expect(all).not.toMatch(/Quelle & Bilder|Kommentar|E-Mail-Adresse/);
  });
});

describe('the bundled KB', () => {
  const kb = buildBundledKb();
  const byId = new Map(kb.entities.map((e) => [e.id, e]));

  it('has the five entities and the products and sources the article names', () => {
    for (const id of ['deepseek', 'huawei', 'ascend', 'nvidia', 'cuda', 'deepseek-r2', 'ascend-910c', 'nvidia-h100', 'financial-times']) {
      expect(byId.has(id), id).toBe(true);
    }
    expect(byId.get('ascend-910c')!.parent).toBe('ascend');
  });

  it('finds context sentences for all five entities (directly or through their products)', () => {
    for (const id of ['deepseek', 'huawei', 'ascend', 'nvidia', 'cuda']) {
      const own = kb.entities.filter((e) => e.id === id || e.parent === id).flatMap((e) => e.contexts);
      expect(own.length, id).toBeGreaterThan(0);
    }
  });

  it('stores exact offsets: each span covers the name in its quoted sentence', () => {
    for (const e of kb.entities) {
      for (const c of e.contexts) {
        for (const s of c.spans) {
          const quoted = c.text.slice(s.start, s.end);
          // The name itself, or a model code after the line's genitive ("DeepSeeks R2": "R2").
          const words = e.aliases.flatMap((a) => a.text.toLowerCase().split(' '));
          expect(words.some((w) => quoted.toLowerCase().includes(w)), `${e.id}: ${quoted}`).toBe(true);
        }
      }
    }
    const cuda = byId.get('cuda')!.contexts[0]!;
    expect(cuda.text.slice(cuda.spans[0]!.start, cuda.spans[0]!.end)).toBe('CUDA');
    // The title names "DeepSeeks R2": a genitive breaks the model code off (rule 7).
    const title = byId.get('deepseek')!.contexts[0]!;
    expect(title.text.slice(title.spans[0]!.start, title.spans[0]!.end)).toBe('DeepSeek');
    expect(title.section).toBe(title.text); // the title is its own section
    // … and its code still names the model: DeepSeek R2 keeps its quotes.
    const r2 = byId.get('deepseek-r2')!.contexts[0]!;
    expect(r2.text.slice(r2.spans[0]!.start, r2.spans[0]!.end)).toBe('R2');
    const chip = byId.get('ascend-910c')!.contexts[0]!;
    expect(chip.text.slice(chip.spans[0]!.start, chip.spans[0]!.end)).toBe('Ascend 910C');
  });

  it('records the source with its title, language and the outlet it cites', () => {
    expect(kb.sources).toEqual([expect.objectContaining({ id: '000_c9e6c51de5dd0a23', language: 'de', cites: 'Financial Times' })]);
  });
});

describe('a broken seed fails the build with the file, the entity and the field', () => {
  function brokenSeeds(edit: (entities: Record<string, unknown>) => void, raw?: string): string {
    const dir = mkdtempSync(join(tmpdir(), 'seeds-'));
    cpSync(SEEDS_DIR, dir, { recursive: true });
    const file = join(dir, 'entities.json');
    const data = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    edit(data);
    writeFileSync(file, raw ?? JSON.stringify(data, null, 2));
    return dir;
  }
  const entities = (d: Record<string, unknown>) => d.entities as Record<string, unknown>[];

  function errorOf(dir: string): string {
    try {
      buildBundledKb(dir);
    } catch (error) {
      expect(error).toBeInstanceOf(SeedError);
      return (error as Error).message;
    }
    throw new Error('the build did not fail');
  }

  it('an unknown relation target', () => {
    const dir = brokenSeeds((d) => (d.relations as Record<string, unknown>[]).push({ from: 'huawei', type: 'makes', to: 'kirin-9000' }));
    expect(errorOf(dir)).toMatch(/entities\.json:\n\s+relations\[13\]\.to names "kirin-9000", which is not an entity in this KB/);
  });

  it('a duplicate id', () => {
    const dir = brokenSeeds((d) => { entities(d)[3]!.id = 'huawei'; });
    expect(errorOf(dir)).toContain('entity "huawei" (entities[3]), field id: "huawei" is already the id of entities[2]');
  });

  it('an empty alias list', () => {
    const dir = brokenSeeds((d) => { entities(d)[5]!.aliases = []; });
    expect(errorOf(dir)).toContain('entity "nvidia" (entities[5]), field aliases: is empty');
  });

  it('malformed JSON, with line and column', () => {
    const dir = brokenSeeds(() => {}, '{\n  "version": 1,\n  "entities": [,]\n}');
    expect(errorOf(dir)).toMatch(/entities\.json:\n\s+not valid JSON at line 3, column 16: unexpected ","/);
  });

  it('an entity without a description', () => {
    const dir = brokenSeeds((d) => { delete entities(d)[0]!.description; });
    expect(errorOf(dir)).toContain('entity "deepseek" (entities[0]): has no description: give it "description"');
  });

  it('a description in neither language', () => {
    const dir = brokenSeeds((d) => { entities(d)[0]!.description = { fr: 'Seulement en français.' }; });
    expect(errorOf(dir)).toContain('entity "deepseek" (entities[0]), field description: should have an English ("en") or a German ("de") text');
  });
});
