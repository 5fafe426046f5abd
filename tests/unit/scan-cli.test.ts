// The scan CLI as tools use it: a real process, JSON lines in, JSON lines out.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { compileMatcher } from '../../lib/matcher.ts';
import { buildBundledKb } from '../../scripts/seeds.ts';

// Each test starts real processes (npm, tsx): seconds on a busy 2-core machine.
vi.setConfig({ testTimeout: 60_000 });

function scan(args: string[], input = '') {
  const result = spawnSync('npm', ['run', '--silent', 'scan', '--', ...args], { input, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run scan -- --jsonl', () => {
  it('answers every line with spans in UTF-16 offsets, and names each bad line', () => {
    const input = [
      JSON.stringify({ id: 'en-1', text: 'Nvidia’s H100 beat Huawei.' }),
      'this is not json',
      JSON.stringify({ id: 7, text: '😀 DeepSeek R2 und torch.cuda' }),
      JSON.stringify({ text: 'no id' }),
      '',
      JSON.stringify({ id: 'no-text' }),
      JSON.stringify({ id: 'zh', text: '华为与英伟达' }),
      '[1, 2]',
    ].join('\n');
    const { status, stdout, stderr } = scan(['--jsonl'], input);
    expect(stdout.trim().split('\n').map((l) => JSON.parse(l))).toEqual([
      { id: 'en-1', spans: [
        { start: 0, end: 6, entity: 'nvidia', family: 'nvidia' },
        { start: 9, end: 13, entity: 'nvidia-h100', family: 'nvidia' },
        { start: 19, end: 25, entity: 'huawei', family: 'huawei' },
      ] },
      { id: 7, spans: [{ start: 3, end: 14, entity: 'deepseek-r2', family: 'deepseek' }] },
      { id: 'zh', spans: [{ start: 0, end: 2, entity: 'huawei', family: 'huawei' }, { start: 3, end: 6, entity: 'nvidia', family: 'nvidia' }] },
    ]);
    expect(stderr).toContain('line 2: not valid JSON at column 1: expected true; skipped');
    expect(stderr).toContain('line 4: "id" is missing (it should be a string or a number); skipped');
    expect(stderr).toContain('line 6: "text" is missing or not a string (id "no-text"); skipped');
    expect(stderr).toContain('line 8: should be a JSON object like {"id": "1", "text": "…"}; skipped');
    expect(stderr).toContain('4 of 8 lines were skipped; every other line was answered.');
    expect(status).toBe(1);
  });

  it('gives a model name as one span: the line\'s id and the name as written, or the model\'s own id', () => {
    const text = 'Huawei’s Ascend\u00a0920 and Ascend 910C; the NVIDIA H100 NVL; 昇腾 910C; Nvidias H100';
    const { status, stdout } = scan(['--jsonl'], JSON.stringify({ id: 'm', text }));
    expect(status).toBe(0);
    const spans = JSON.parse(stdout).spans as { start: number; end: number }[];
    expect(spans.map((s) => ({ ...s, text: text.slice(s.start, s.end) }))).toEqual([
      { start: 0, end: 6, entity: 'huawei', family: 'huawei', text: 'Huawei' },
      { start: 9, end: 19, entity: 'ascend', family: 'ascend', model: 'Ascend 920', text: 'Ascend\u00a0920' },
      { start: 24, end: 35, entity: 'ascend-910c', family: 'ascend', text: 'Ascend 910C' },
      { start: 41, end: 56, entity: 'nvidia-h100', family: 'nvidia', model: 'NVIDIA H100 NVL', text: 'NVIDIA H100 NVL' },
      { start: 58, end: 65, entity: 'ascend-910c', family: 'ascend', text: '昇腾 910C' },
      { start: 67, end: 73, entity: 'nvidia', family: 'nvidia', text: 'Nvidia' },
      { start: 75, end: 79, entity: 'nvidia-h100', family: 'nvidia', text: 'H100' },
    ]);
  });

  it('gives the same spans as the matcher the extension uses', () => {
    const matcher = compileMatcher(buildBundledKb().entities);
    const texts = ['Huaweis Ascend 910C und NVIDIAs CUDA', 'Ascend shares fell.', 'DeepSeek’s R2, nvidia.com'];
    const { status, stdout } = scan(['--jsonl'], texts.map((text, id) => JSON.stringify({ id, text })).join('\n'));
    expect(status).toBe(0);
    expect(stdout.trim().split('\n').map((l) => JSON.parse(l).spans)).toEqual(texts.map((t) => matcher.scan(t)));
  });
});

describe('npm run scan -- FILE', () => {
  const dir = mkdtempSync(join(tmpdir(), 'scan-'));

  it('prints a table for a .txt file', () => {
    const file = join(dir, 'a.txt');
    writeFileSync(file, 'NVIDIA and CUDA.\n\nA barracuda.\n\nHuawei Ascend chips.');
    const { status, stdout } = scan([file]);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^para\s+offset\s+entity\s+family\s+text\s+context/);
    expect(stdout).toMatch(/1\s+0\s+nvidia\s+nvidia\s+NVIDIA/);
    expect(stdout).toMatch(/3\s+7\s+ascend\s+ascend\s+Ascend/);
    expect(stdout).toContain('4 mentions in 3 paragraphs');
  });

  it('names a model the KB has no entity for after its line', () => {
    const file = join(dir, 'models.txt');
    writeFileSync(file, 'Huawei plans the Ascend 920.');
    const { stdout } = scan([file]);
    expect(stdout).toMatch(/1\s+17\s+ascend: Ascend 920\s+ascend\s+Ascend 920/);
  });

  it('reads the visible text of an .html file, not its scripts or code', () => {
    const file = join(dir, 'a.html');
    writeFileSync(file, '<html><head><title>NVIDIA</title><script>var s = "Huawei";</script></head><body><p>Deep&shy;Seek &amp; <b>Huawei</b></p><pre>CUDA</pre></body></html>');
    const { stdout } = scan([file]);
    expect(stdout).toContain('2 mentions in 1 paragraphs');
    expect(stdout).toMatch(/deepseek\s+deepseek\s+Deep\u00adSeek/);
  });

  it('says which file cannot be read', () => {
    const { status, stderr } = scan([join(dir, 'missing.txt')]);
    expect(status).toBe(1);
    expect(stderr).toContain('missing.txt: cannot be read (ENOENT)');
  });

  it('explains its usage when called wrongly', () => {
    const { status, stderr } = scan(['--nope']);
    expect(status).toBe(2);
    expect(stderr).toContain('usage: npm run --silent scan -- --jsonl');
  });
});
