// The publisher's toolchain as a newsroom runs it: `npm run kb -- build` on a folder of three
// articles (txt, md, html), `check` on good and broken files and on a URL, `csv` on a glossary.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync, cpSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { KnowledgeBase } from '../../lib/kb-schema.ts';
import { validateKb } from '../../lib/kb-validate.ts';
import { compileMatcher } from '../../lib/matcher.ts';
import { buildFolder } from '../../scripts/kb/build-folder.ts';
import { checkFile, checkUrl } from '../../scripts/kb/check-kb-file.ts';
import { runKbCommand } from '../../scripts/kb/cli.ts';
import { buildBundledKb } from '../../scripts/seeds.ts';

const FIXTURE = 'tests/fixtures/publisher';
const work = mkdtempSync(join(tmpdir(), 'kb-cli-'));

vi.setConfig({ testTimeout: 60_000 });

/** A real `npm run kb -- …` process. */
function kb(args: string[]) {
  const result = spawnSync('npm', ['run', '--silent', 'kb', '--', ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The same command in this process (a process costs seconds on a busy machine). */
async function kbHere(args: string[]) {
  const out = { stdout: '', stderr: '' };
  const capture = (stream: 'stdout' | 'stderr') =>
    vi.spyOn(process[stream], 'write').mockImplementation((chunk: string | Uint8Array) => ((out[stream] += String(chunk)), true));
  const spies = [capture('stdout'), capture('stderr')];
  try {
    return { status: await runKbCommand(args), ...out };
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
}

describe('npm run kb -- build DIR --out FILE', () => {
  let built: KnowledgeBase;
  let run: ReturnType<typeof kb>;
  beforeAll(() => {
    run = kb(['build', FIXTURE, '--out', join(work, 'out', 'kb.json')]);
    built = JSON.parse(readFileSync(join(work, 'out', 'kb.json'), 'utf8')) as KnowledgeBase;
  }, 60_000);

  it('writes a KB that validates, with one source per article and its metadata from each format', () => {
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toBe(`KB version 3: 3 entities, 13 contexts, 3 sources → ${join(work, 'out', 'kb.json')}`);
    expect(run.status).toBe(0);
    expect(validateKb(built).ok).toBe(true);
    expect(built.sources).toEqual([
      { id: 'cambricon-orders', title: 'Cambricon doubles its accelerator shipments', language: 'en', publisher: 'Example Tribune', date: '2026-11-20', url: 'https://news.example/2026/11/20/cambricon-shipments' },
      { id: 'data-centres', title: 'Data centres turn to home-grown chips', language: 'en', publisher: 'Example Tribune', date: '2026-11-27', url: 'https://news.example/2026/11/27/data-centres' },
      { id: 'wettlauf', title: 'Moore Threads und Cambricon im Wettlauf um Rechenzentren', language: 'de', publisher: 'Example Tribune', date: '2026-11-24', url: 'https://news.example/de/2026/11/24/wettlauf' },
    ]);
  });

  it('quotes every article’s sentences, sections from headings, and nothing from the page’s navigation or footer', () => {
    const contexts = built.entities.flatMap((e) => e.contexts.map((c) => ({ entity: e.id, ...c })));
    expect(new Set(contexts.map((c) => c.source))).toEqual(new Set(['cambricon-orders', 'data-centres', 'wettlauf']));
    expect(contexts).toContainEqual(expect.objectContaining({ entity: 'siyuan-590', source: 'cambricon-orders', section: 'Demand for the Siyuan 590', text: 'The company expects the MLU590 to stay its best-selling part next year.' }));
    expect(contexts).toContainEqual(expect.objectContaining({ entity: 'cambricon', source: 'wettlauf', section: 'Der Konkurrent aus Peking', text: 'Cambricon liefert nach eigenen Angaben mehr Beschleuniger als je zuvor.' }));
    expect(contexts.some((c) => /Jobs at|newsletter/.test(c.text))).toBe(false);
    for (const c of contexts) for (const s of c.spans) expect(compileMatcher(built.entities).scan(c.text.slice(s.start, s.end))).not.toEqual([]);
  });

  it('passes `check`, which says so in one line', async () => {
    const checked = await kbHere(['check', join(work, 'out', 'kb.json')]);
    expect(checked.status).toBe(0);
    expect(checked.stdout).toBe(`${join(work, 'out', 'kb.json')}: OK, KB version 3: 3 entities, 13 contexts, 3 sources, released 2026-12-01.\n`);
  });

  it('on seeds/ makes exactly the bundled KB', async () => {
    const { kb: fromFolder } = await buildFolder('seeds');
    expect(fromFolder).toEqual(buildBundledKb());
  });
});

describe('build: problems in the folder', () => {
  function folderWith(files: Record<string, string>): string {
    const dir = mkdtempSync(join(work, 'folder-'));
    cpSync(FIXTURE, dir, { recursive: true });
    for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, name), body);
    return dir;
  }

  it('an article without a language fails the build and no file is written', async () => {
    const dir = folderWith({ 'no-lang.md': '---\ntitle: Cambricon again\n---\nCambricon.' });
    const out = join(dir, 'kb.json');
    const run = await kbHere(['build', dir, '--out', out]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${dir}/no-lang.md: error: has no language: give it one`);
    expect(run.stderr).toContain(`The KB was not built: 1 error. ${out} was not written.`);
    expect(existsSync(out)).toBe(false);
  });

  it('warnings leave the build standing, unless --strict; two articles with one id fail it', async () => {
    const dir = folderWith({ 'late.md': '---\ntitle: Cambricon late\nlanguage: en\ndate: 2026-11-31\n---\nCambricon was late.' });
    const { kb: ok, problems } = await buildFolder(dir);
    expect(ok?.sources.find((s) => s.id === 'late')).toEqual({ id: 'late', title: 'Cambricon late', language: 'en' });
    expect(problems.map((p) => p.message)).toEqual(['date "2026-11-31" is not a date like 2025-08-14 (or 14.08.2025); the article is kept without a date']);
    expect((await kbHere(['build', dir, '--out', join(dir, 'kb.json'), '--strict'])).stderr).toContain('The KB was not built: 1 warning (--strict).');
    writeFileSync(join(dir, 'late.txt'), 'Cambricon late\n\nText.');
    writeFileSync(join(dir, 'late.json'), '{"language": "en"}');
    const twice = await buildFolder(dir);
    expect(twice.kb).toBeUndefined();
    const clash = twice.problems.find((p) => p.severity === 'error');
    expect(clash).toEqual({ severity: 'error', file: join(dir, 'late.txt'), message: `has the id "late", as ${join(dir, 'late.md')} has; give one of them another "id"` });
  });

  it('takes glossary.csv’s entries after entities.json’s, and names the ones it already has', async () => {
    const dir = folderWith({ 'glossary.csv': 'name,aliases,kind,description,URL\nCambricon,,company,Dup.,\nExample Tribune,,publication,The paper that wrote these articles.,https://news.example/\n' });
    const { kb: withGlossary, problems } = await buildFolder(dir);
    expect(problems.map((p) => p.message)).toEqual(['"Cambricon" is already in entities.json; the glossary\'s entry was left out']);
    const tribune = withGlossary!.entities.find((e) => e.id === 'example-tribune')!;
    expect(tribune).toMatchObject({ kind: 'publication', descriptionSource: 'link-1' });
    expect(withGlossary!.sources.find((s) => s.id === 'link-1')).toEqual({ id: 'link-1', title: 'news.example', language: 'en', url: 'https://news.example/' });
    expect(withGlossary!.sources).toHaveLength(4);
  });
});

describe('npm run kb -- check', () => {
  const good = () => JSON.parse(JSON.stringify(buildBundledKb())) as KnowledgeBase & Record<string, unknown>;

  it('on a broken KB prints the JSON path of each error with its line, and exits 1', () => {
    const broken = good();
    broken.entities[4]!.aliases = [];
    (broken.entities[2] as { kind: string }).kind = 'fruit';
    broken.sources[0]!.date = '2026-13-01';
    const file = join(work, 'broken.json');
    writeFileSync(file, JSON.stringify(broken, null, 2));
    const text = readFileSync(file, 'utf8').split('\n');
    const lineOf = (needle: RegExp, after = 0) => text.findIndex((l, i) => i >= after && needle.test(l)) + 1;
    const run = kb(['check', file]);
    expect(run.status).toBe(1);
    const entity4 = lineOf(new RegExp(`"id": "${broken.entities[4]!.id}"`));
    expect(run.stderr.trim().split('\n')).toEqual([
      `${file}:${lineOf(/"date": "2026-13-01"/)}: sources[0].date should be a date like 2025-08-14`,
      `${file}:${lineOf(/"kind": "fruit"/)}: entities[2].kind should be one of company, chip, model, platform, publication, authority, person, other`,
      `${file}:${lineOf(/"aliases": \[\]/, entity4)}: entities[4].aliases is empty`,
    ]);
    expect(run.stdout).toBe(`${file}: 3 problems; readers' extensions would refuse this file. References between entries are checked once these are fixed.\n`);
  });

  it('names broken references, each with its path', () => {
    const broken = good();
    broken.relations[0]!.to = 'nobody';
    broken.entities[0]!.descriptionSource = 'nowhere';
    const file = join(work, 'refs.json');
    writeFileSync(file, JSON.stringify(broken, null, 2));
    expect(checkFile(file).errors.map((e) => e.replace(/^.*?:\d+: /, ''))).toEqual([
      'entities[0].descriptionSource names "nowhere", which is not in sources',
      'relations[0].to names "nobody", which is not an entity in this KB',
    ]);
  });

  it('on a JSON syntax error gives the line and column', () => {
    const file = join(work, 'syntax.json');
    writeFileSync(file, '{\n  "format": 1,\n  "version": 2\n  "entities": []\n}\n');
    const report = checkFile(file);
    expect(report.ok).toBe(false);
    expect(report.errors).toEqual([`${file}:4:3: not valid JSON: expected "," or "}"`]);
  });

  describe('on a URL, fetched as a reader’s extension fetches it', () => {
    let origin: string;
    let server: ReturnType<typeof createServer>;
    beforeAll(async () => {
      const body = JSON.stringify(good());
      server = createServer((req, res) => {
        if (req.url === '/kb.json') res.writeHead(200, { 'content-type': 'application/json', etag: '"v1"' }).end(body);
        else if (req.url === '/bare.json') res.writeHead(200, { 'content-type': 'application/json' }).end(body);
        else if (req.url === '/page') res.writeHead(200, { 'content-type': 'text/html' }).end('<p>hi</p>');
        else res.writeHead(404).end();
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it('a good KB with an ETag passes without a warning; without validators it passes with one', async () => {
      const tagged = await checkUrl(`${origin}/kb.json`);
      expect(tagged).toMatchObject({ ok: true, errors: [], warnings: [] });
      expect(tagged.summary).toMatch(/: OK, KB version 1: /);
      const bare = await checkUrl(`${origin}/bare.json`);
      expect(bare.ok).toBe(true);
      expect(bare.warnings).toEqual([`${origin}/bare.json: the server sends neither ETag nor Last-Modified, so every sync downloads the whole file; switch them on for this file`]);
    });

    it('a web page, a missing file and plain http elsewhere are refused in the options page’s words', async () => {
      expect((await checkUrl(`${origin}/page`)).errors).toEqual([`${origin}/page: the server sent a web page (text/html), not a JSON file. Check that the address points at the JSON file itself, not at a page about it.`]);
      expect((await checkUrl(`${origin}/gone.json`)).errors[0]).toMatch(/the server has no file at that address \(404/);
      expect((await checkUrl('http://kb.example/kb.json')).errors[0]).toMatch(/^http:\/\/kb.example\/kb.json: plain http can be tampered with/);
    });
  });
});

describe('npm run kb -- csv FILE --out FILE', () => {
  it('makes a KB of a glossary and names each line it left out', async () => {
    const file = join(work, 'glossary.csv');
    writeFileSync(file, '\ufeffname,aliases,kind,description,URL\r\nCambricon,寒武纪,company,"Chip designer, Beijing.",https://www.cambricon.com/\r\n,x,company,nameless,\r\n');
    const out = join(work, 'glossary-kb.json');
    const run = await kbHere(['csv', file, '--out', out, '--title', 'Glossary', '--version', '4', '--released', '2026-12-01']);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe(`${file}: Line 3 has no name; the line was left out.\n`);
    const made = JSON.parse(readFileSync(out, 'utf8')) as KnowledgeBase;
    expect(validateKb(made).ok).toBe(true);
    expect(made).toMatchObject({ version: 4, released: '2026-12-01', title: 'Glossary', entities: [{ id: 'cambricon', descriptionSource: 'link-1' }] });
  });

  it('refuses a Windows-1252 file and says how to save it', async () => {
    const file = join(work, 'win.csv');
    writeFileSync(file, Buffer.from('name,aliases,kind,description,URL\nM\xe4rklin,,company,Modellbahn,\n', 'latin1'));
    const run = await kbHere(['csv', file, '--out', join(work, 'win.json')]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${file}:2: error: the file is not saved as UTF-8 text (line 2 has the byte 0xE4, “ä” in Windows-1252, as older Excel versions save it). Save the file as UTF-8`);
    expect(existsSync(join(work, 'win.json'))).toBe(false);
  });

  it('a wrong option is named with the usage', async () => {
    const run = await kbHere(['csv', 'x.csv', '--out', 'y.json', '--lang', 'fr']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^--lang should be en or de, not "fr"\nusage:/);
  });
});
