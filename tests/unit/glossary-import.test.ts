// A CSV glossary imported as the options page does it: made into a KB, checked like any
// imported KB, and the outcome worded in English and German; a refusal changes nothing.
import { beforeEach, describe, expect, it } from 'vitest';
import { applyBundledKb } from '../../lib/store/bundled-kb.ts';
import { getKbSlots, replaceActiveKb } from '../../lib/store/kb-slots.ts';
import type { KbDb } from '../../lib/store/open-db.ts';
import { getReaderLayer, setNote } from '../../lib/store/reader-layer.ts';
import { describeOutcome } from '../../lib/sync/describe-outcome.ts';
import { importKbFile } from '../../lib/sync/kb-actions.ts';
import { newerKb, smallKb } from '../fixtures/kb/small-kb.ts';
import { freshDb } from '../fixtures/kb/test-support.ts';
import { de, en } from '../fixtures/translator.ts';

const GLOSSARY = 'name,aliases,kind,description,URL\r\nCambricon,寒武纪,company,Chinese chip designer.,https://www.cambricon.com/\r\nMoore Threads,,company,Makes GPUs.,\r\n';
const NOW = new Date('2026-12-01T10:00:00Z');
let db: KbDb;

beforeEach(async () => {
  db = await freshDb();
  await applyBundledKb(db, smallKb(2));
  await setNote(db, 'huawei', 'kept note');
});

describe('importing a CSV glossary', () => {
  it('makes it the active KB at the active version, named after the file; the reader’s layer stays', async () => {
    const outcome = await importKbFile(db, GLOSSARY, 'newsroom-glossary.csv', { now: NOW });
    expect(describeOutcome(outcome, en)).toEqual({ headline: 'Imported the glossary as version 2: 2 names (2 new)', details: [], advice: undefined });
    const { active, previous } = await getKbSlots(db);
    expect(active).toMatchObject({ origin: { kind: 'file', name: 'newsroom-glossary.csv' }, kb: { version: 2, released: '2026-12-01', title: 'newsroom-glossary' } });
    expect(active!.kb.entities.map((e) => e.id)).toEqual(['cambricon', 'moore-threads']);
    expect(previous?.kb.version).toBe(2);
    expect((await getReaderLayer(db)).notes.map((n) => n.text)).toEqual(['kept note']);
  });

  it('after a newer synced KB it takes that version, so it is never refused as older', async () => {
    await replaceActiveKb(db, newerKb(7), { kind: 'url', url: 'https://kb.example/kb.json' });
    const outcome = await importKbFile(db, GLOSSARY, 'g.csv', { now: NOW });
    expect(outcome).toMatchObject({ ok: true, version: 7 });
  });

  it('describes in the reader’s language where the header names none', async () => {
    await importKbFile(db, GLOSSARY, 'g.csv', { now: NOW, glossaryLanguage: 'de' });
    expect((await getKbSlots(db)).active!.kb.entities[0]!.description).toEqual({ de: 'Chinese chip designer.' });
  });

  it('lists the lines it left out or changed under the headline, and says the rest was imported', async () => {
    const outcome = await importKbFile(db, `${GLOSSARY}Broken,"open,company,x,\r\nBiren,,fruit,GPUs.,\r\n`, 'g.csv', { now: NOW });
    const english = describeOutcome(outcome, en);
    expect(english.headline).toBe('Imported the glossary as version 2: 3 names (3 new)');
    expect(english.details).toEqual([
      'Line 4: a quote opened here is never closed; the line was left out, the lines after it were read as usual.',
      'Line 5: the kind “fruit” is not one of company, chip, model, platform, publication, authority, person, other; “company” was used.',
    ]);
    expect(english.advice).toBe('Everything else in the file was imported. Fix these lines in the file and import it again to add them.');
    const german = describeOutcome(outcome, de);
    expect(german.headline).toBe('Glossar als Version 2 importiert: 3 Namen (3 neu)');
    expect(german.details[0]).toMatch(/^Zeile 4: Ein hier geöffnetes Anführungszeichen/);
  });

  it('a file without a name column is refused and nothing changes', async () => {
    const before = await getKbSlots(db);
    const outcome = await importKbFile(db, 'Cambricon;x\r\n', 'g.csv', { now: NOW });
    expect(describeOutcome(outcome, en)).toEqual({
      headline: 'Not imported: the first line should name the columns (name, aliases, kind, description, URL), but it reads “Cambricon;x”. Your knowledge base (version 2) was kept.',
      details: [],
      advice: 'Fix the file in your spreadsheet and import it again. Its first line names the columns: name, aliases, kind, description, URL.',
    });
    expect(await getKbSlots(db)).toEqual(before);
  });

  it('a file that is not UTF-8 is refused in words that say how to save it', () => {
    const text = describeOutcome({ ok: false, action: 'import', refusal: { kind: 'not-utf8', line: 3, byte: 0xe4, asWindows1252: 'ä' }, keptVersion: 2 }, en);
    expect(text.headline).toBe('Not imported: the file is not saved as UTF-8 text (line 3 has the byte 0xE4, “ä” in Windows-1252, as older Excel versions save it). Your knowledge base (version 2) was kept.');
    expect(text.advice).toBe('Save the file as UTF-8 (in Excel: “CSV UTF-8 (Comma delimited)”; in LibreOffice: character set “Unicode (UTF-8)”) and import it again.');
    const german = describeOutcome({ ok: false, action: 'import', refusal: { kind: 'not-utf8', line: 1, byte: 0x00 }, keptVersion: 2 }, de);
    expect(german.headline).toBe('Nicht importiert: die Datei ist nicht als UTF-8-Text gespeichert (Zeile 1 enthält das Byte 0x00, das es in UTF-8 nicht gibt). Ihre Wissensbasis (Version 2) bleibt erhalten.');
  });

  it('a JSON file named .json is still read as a KB or backup, not as a glossary', async () => {
    const outcome = await importKbFile(db, GLOSSARY, 'glossary.json', { now: NOW });
    expect(describeOutcome(outcome, en).headline).toMatch(/^Not imported: the file is not valid JSON/);
  });
});
