// The CSV glossary: the reader (quoting, line breaks in fields, BOM, CRLF, delimiters), the
// rows made into entities, and every bad input with its message in English and German.
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../lib/decode-text.ts';
import { describeGlossaryFailure, describeGlossaryIssue } from '../../lib/glossary/glossary-issue.ts';
import { glossaryToKb, type GlossaryKb } from '../../lib/glossary/glossary-kb.ts';
import { parseCsv } from '../../lib/glossary/parse-csv.ts';
import { de, en } from '../fixtures/translator.ts';

const HEADER = 'name,aliases,kind,description,URL';
const options = { lang: 'en' as const, version: 1, released: '2026-12-01', title: 'Newsroom glossary' };

function made(csv: string, lang: 'en' | 'de' = 'en'): GlossaryKb & { english: string[]; german: string[] } {
  const result = glossaryToKb(csv, { ...options, lang });
  return { ...result, english: result.issues.map((i) => describeGlossaryIssue(i, en)), german: result.issues.map((i) => describeGlossaryIssue(i, de)) };
}

function kbOf(result: GlossaryKb) {
  if (!result.ok) throw new Error(`no KB: ${result.failure.kind}`);
  return result.kb;
}

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, after a BOM, with CRLF', () => {
    const csv = '\ufeffname,description\r\n"Biren, Inc.","Makes ""BR100""\r\nGPUs"\r\nplain,last\r\n';
    expect(parseCsv(csv)).toEqual({
      delimiter: ',',
      records: [
        { line: 1, lastLine: 1, cells: ['name', 'description'] },
        { line: 2, lastLine: 3, cells: ['Biren, Inc.', 'Makes "BR100"\nGPUs'] },
        { line: 4, lastLine: 4, cells: ['plain', 'last'] },
      ],
      brokenQuotes: [],
    });
  });

  it('takes the delimiter from the header: semicolons as German Excel writes, or tabs', () => {
    expect(parseCsv('Name;Beschreibung\nHuawei;"Konzern; Shenzhen"').records[1]!.cells).toEqual(['Huawei', 'Konzern; Shenzhen']);
    expect(parseCsv('name\tdescription\nHuawei\tGroup, Shenzhen').records[1]!.cells).toEqual(['Huawei', 'Group, Shenzhen']);
  });

  it('skips blank lines and leaves out a line whose quote is never closed, reading on from the next', () => {
    const result = parseCsv('name,aliases\n\nA,"open\nB,b\n');
    expect(result.brokenQuotes).toEqual([{ line: 3 }]);
    expect(result.records.map((r) => [r.line, r.cells])).toEqual([[1, ['name', 'aliases']], [4, ['B', 'b']]]);
  });

  it('a quote closed lines later as no spreadsheet writes it costs only its own line', () => {
    // Line 2's quote is "closed" by the one on line 3, with text right after it.
    const result = parseCsv('name,description\nA,"open\nB,"closed" properly\nC,"two\nlines"\n');
    expect(result.brokenQuotes).toEqual([{ line: 2, closedOn: 3 }]);
    expect(result.records.map((r) => [r.line, r.cells])).toEqual([[1, ['name', 'description']], [3, ['B', 'closed properly']], [4, ['C', 'two\nlines']]]);
  });
});

describe('glossaryToKb', () => {
  it('makes one entity per row: name and aliases (; or |), kind, description in the glossary language, URL as the description’s source', () => {
    const csv = `${HEADER}\nCambricon,寒武纪; MLU | cambricon,company,"Chinese chip designer, Beijing.",https://www.cambricon.com/\nMoore Threads,,Unternehmen,Makes GPUs.,https://www.cambricon.com/\nllama.cpp,,platform,Runs models locally.,\n`;
    const result = made(csv);
    expect(result.english).toEqual([]);
    const kb = kbOf(result);
    expect(kb).toMatchObject({ format: 1, version: 1, released: '2026-12-01', title: 'Newsroom glossary', relations: [] });
    expect(kb.sources).toEqual([{ id: 'link-1', title: 'cambricon.com', language: 'en', url: 'https://www.cambricon.com/' }]);
    const [cambricon, moore, llama] = kb.entities;
    expect(cambricon).toMatchObject({ id: 'cambricon', name: 'Cambricon', kind: 'company', description: { en: 'Chinese chip designer, Beijing.' }, descriptionSource: 'link-1', contexts: [] });
    expect(cambricon!.aliases.map((a) => [a.text, a.case])).toEqual([['Cambricon', 'capitalized'], ['寒武纪', 'any'], ['MLU', 'capitalized']]);
    expect(moore).toMatchObject({ id: 'moore-threads', kind: 'company', descriptionSource: 'link-1' });
    expect(llama).toMatchObject({ id: 'llama-cpp', kind: 'platform' });
    expect(llama!.aliases[0]).toMatchObject({ text: 'llama.cpp', case: 'any' });
    expect(llama!.descriptionSource).toBeUndefined();
  });

  it('reads German headers and a description column per language', () => {
    const kb = kbOf(made('Name;Aliase;Art;Beschreibung;description (en);Link\nÜberwachungsamt;;Behörde;Eine Behörde.;An authority.;\n'));
    expect(kb.entities[0]).toMatchObject({ id: 'uberwachungsamt', kind: 'authority', description: { de: 'Eine Behörde.', en: 'An authority.' } });
    const german = kbOf(made(`${HEADER}\nHuawei,,,Konzern.,\n`, 'de'));
    expect(german.entities[0]!.description).toEqual({ de: 'Konzern.' });
  });

  it('names every broken line and says what was kept, in English and German', () => {
    const csv = [
      `${HEADER},notes`,
      'Cambricon,,company,Chip designer.,https://www.cambricon.com/,x', // 2: fine (notes ignored)
      'Broken,"unclosed,company,x,,', // 3: its quote is "closed" on line 4
      'Iluvatar,,company,"GPGPUs, for data centres",,', // 4: fine
      'Too,many,company,a,b,c,d', // 5: 7 columns
      ',nameless,company,x,,', // 6: no name
      'Short,only', // 7: too few columns, kept
      'cambricon,,company,Again.,,', // 8: duplicate
      'Biren,,fruit,GPUs.,ftp://biren.example,', // 9: unknown kind, bad URL
      `Long,${'x'.repeat(120)};!!!,chip,${'word '.repeat(100)},,`, // 10: bad aliases, cut description
      `${'N'.repeat(120)},,company,x,,`, // 11: name too long
      'Tail,"never closed,chip,,,', // 12: its quote is never closed
    ].join('\r\n');
    const result = made(csv);
    expect(kbOf(result).entities.map((e) => e.name)).toEqual(['Cambricon', 'Iluvatar', 'Short', 'Biren', 'Long']);
    expect(kbOf(result).entities[1]!.description).toEqual({ en: 'GPGPUs, for data centres' });
    expect(result.english).toEqual([
      'Line 1: the column “notes” is not one a glossary has (or is there twice); it was ignored.',
      'Line 3: a quote opened here is only closed on line 4, which makes no sense as one entry; line 3 was left out, the lines after it were read as usual.',
      'Line 5 has 7 columns, not 6 (a comma inside a field needs quotes around the field); the line was left out.',
      'Line 6 has no name; the line was left out.',
      'Line 7 has 2 columns, not 6; the missing ones were read as empty.',
      'Line 7: “Short” has no description; it is described as “Company”.',
      'Line 8: “cambricon” is already on line 2; the line was left out.',
      'Line 9: the kind “fruit” is not one of company, chip, model, platform, publication, authority, person, other; “company” was used.',
      'Line 9: “ftp://biren.example” is not an http or https address; the entry was kept without a link.',
      `Line 10: the alias “${'x'.repeat(60)}” has no letter or digit, or is longer than 100 characters; it was left out.`,
      'Line 10: the alias “!!!” has no letter or digit, or is longer than 100 characters; it was left out.',
      'Line 10: the description is longer than 400 characters and was cut.',
      'Line 11: the name is longer than 100 characters; the line was left out.',
      'Line 12: a quote opened here is never closed; the line was left out, the lines after it were read as usual.',
    ]);
    expect(result.german[1]).toBe('Zeile 3: Ein hier geöffnetes Anführungszeichen wird erst in Zeile 4 geschlossen, was keinen sinnvollen Eintrag ergibt; Zeile 3 wurde ausgelassen, die folgenden Zeilen wurden normal gelesen.');
    expect(result.german[2]).toBe('Zeile 5 hat 7 Spalten statt 6 (ein Komma in einem Feld braucht Anführungszeichen um das Feld); die Zeile wurde ausgelassen.');
    for (const line of [...result.english, ...result.german]) expect(line).not.toMatch(/\$\d|undefined/);
    const long = kbOf(result).entities[4]!;
    expect(long.description?.en?.length).toBeLessThanOrEqual(400);
    expect(long.description?.en?.endsWith('…')).toBe(true);
  });

  it('refuses a file without a name column, without any usable row, or full of unclosed quotes', () => {
    const noHeader = made('Cambricon,x,company,desc,\n');
    expect(noHeader.ok).toBe(false);
    if (!noHeader.ok) {
      expect(describeGlossaryFailure(noHeader.failure, en)).toBe('the first line should name the columns (name, aliases, kind, description, URL), but it reads “Cambricon,x,company,desc,”');
      expect(describeGlossaryFailure(noHeader.failure, de)).toMatch(/^die erste Zeile sollte die Spalten benennen/);
    }
    const empty = made(`${HEADER}\n,,,\n`);
    expect(!empty.ok && describeGlossaryFailure(empty.failure, en)).toBe('the file has no entry that could be used');
    // Each line's second quote opens a field that never closes; every one means reading on from the next line.
    const quotes = made(`${HEADER}\n${'a"b,"c\n'.repeat(30)}`);
    expect(!quotes.ok && describeGlossaryFailure(quotes.failure, en)).toBe('21 quotes are never closed (the last on line 22), so this does not look like a CSV glossary');
    expect(made('').ok).toBe(false);
  });
});

describe('decodeText', () => {
  it('reads UTF-8 with or without a BOM, and UTF-16 with its mark', () => {
    expect(decodeText(new TextEncoder().encode('\ufeffMärklin'))).toEqual({ ok: true, text: 'Märklin', encoding: 'utf-8' });
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'Mä'].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(decodeText(utf16)).toEqual({ ok: true, text: 'Mä', encoding: 'utf-16le' });
  });

  it('refuses a Windows-1252 export with the line and byte, and what the byte would be there', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('name\nHuawei\nM'), 0xe4, ...new TextEncoder().encode('rklin\n')]);
    expect(decodeText(bytes)).toEqual({ ok: false, line: 3, byte: 0xe4, asWindows1252: 'ä' });
  });

  it('refuses broken UTF-8 sequences, overlong forms and NUL bytes', () => {
    expect(decodeText(new Uint8Array([0x41, 0xc3]))).toMatchObject({ ok: false, line: 1, byte: 0xc3 }); // cut short
    expect(decodeText(new Uint8Array([0xc0, 0xaf]))).toMatchObject({ ok: false, byte: 0xc0 }); // overlong "/"
    expect(decodeText(new Uint8Array([0xed, 0xa0, 0x80]))).toMatchObject({ ok: false, byte: 0xed }); // a surrogate
    expect(decodeText(new Uint8Array([0x41, 0x00, 0x42, 0x00]))).toEqual({ ok: false, line: 1, byte: 0 });
    expect(decodeText(new TextEncoder().encode('华为 😀 ok')).ok).toBe(true);
  });
});

describe('the words for every issue', () => {
  it('each kind of issue reads in English and German, without a placeholder left over', () => {
    const issues: Parameters<typeof describeGlossaryIssue>[0][] = [
      { kind: 'unclosed-quote', line: 3 },
      { kind: 'runaway-quote', line: 3, closedOn: 9 },
      { kind: 'too-many-columns', line: 3, found: 7, expected: 5 },
      { kind: 'too-few-columns', line: 3, found: 2, expected: 5 },
      { kind: 'no-name', line: 3 },
      { kind: 'name-too-long', line: 3, max: 100 },
      { kind: 'duplicate-name', line: 3, name: 'Huawei', firstLine: 2 },
      { kind: 'unknown-kind', line: 3, value: 'fruit', used: 'company' },
      { kind: 'bad-url', line: 3, value: 'ftp://x' },
      { kind: 'no-description', line: 3, name: 'Huawei', used: 'Company' },
      { kind: 'description-cut', line: 3, max: 400 },
      { kind: 'bad-alias', line: 3, value: '!!!' },
      { kind: 'too-many-aliases', line: 3, max: 100 },
      { kind: 'unknown-column', line: 1, column: 'notes' },
      { kind: 'too-many-entries', line: 20002, max: 20000 },
      { kind: 'too-many-links', line: 3, max: 1000 },
    ];
    for (const t of [en, de]) {
      for (const issue of issues) {
        const text = describeGlossaryIssue(issue, t);
        expect(text, issue.kind).toMatch(/^(Line|Zeile|Ab Zeile) 3|^(Line|Zeile|Ab Zeile) 1\b|^(Line|Ab Zeile) 20002/);
        expect(text, issue.kind).not.toMatch(/\$\d|undefined/);
      }
    }
  });
});
