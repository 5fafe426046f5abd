// The probe's native pre-filter must never hide a name: every character a case-insensitive regex
// cannot judge is on its list, and a paragraph the matcher finds a name in is always probed yes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileMatcher, newProbeCarry } from '../../lib/matcher.ts';
import { compileProbePrefilter, FOLDS_BEYOND_REGEX, MAX_PREFILTER_WORDS } from '../../lib/probe-prefilter.ts';
import { CharClass, classAt, fold } from '../../lib/text-chars.ts';
import { buildBundledKb } from '../../scripts/seeds.ts';
import { fuzzText } from './fuzz-text.ts';

const escape = (s: string) => s.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');

describe('the probe pre-filter', () => {
  it('lists every word character whose fold a case-insensitive regex does not see', () => {
    const listed = new RegExp(`[${FOLDS_BEYOND_REGEX}]`);
    const missing: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      const f = fold(c);
      if (f === c || classAt(ch, 0) !== CharClass.Word) continue;
      if (!new RegExp(escape(String.fromCharCode(f)), 'i').test(ch) && !listed.test(ch)) missing.push(c.toString(16));
    }
    expect(missing).toEqual([]);
  });

  it('matches first words in any case and form, Chinese first characters, invisible characters and astral characters', () => {
    const re = compileProbePrefilter(['nvidia', 'deep'], ['华'.charCodeAt(0)])!;
    for (const yes of ['Nvidia', 'NVIDIAs', 'barracuda deeply', 'ＮＶＩＤＩＡ', 'NV\u00adIDIA', '华为', '𝐀', 'x\u200by']) expect(re.test(yes), yes).toBe(true);
    for (const no of ['NVI DIA', 'Huawei', 'the deal', '中文']) expect(re.test(no), no).toBe(false);
  });

  it('is left out for a KB with very many first words', () => {
    expect(compileProbePrefilter(Array.from({ length: MAX_PREFILTER_WORDS + 1 }, (_, i) => `w${i}`), [])).toBeUndefined();
  });

  it('probes yes somewhere in every paragraph the matcher finds a name in, however it is cut into text nodes', () => {
    const matcher = compileMatcher(buildBundledKb().entities);
    fc.assert(
      fc.property(fc.array(fuzzText, { minLength: 1, maxLength: 4 }), fc.array(fc.nat(), { maxLength: 6 }), (texts, cuts) => {
        // Cut anywhere, inside names too ("NVI" + "DIA").
        const text = texts.join('');
        const at = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
        const pieces = [0, ...at].map((from, i) => text.slice(from, i < at.length ? at[i] : text.length));
        const carry = newProbeCarry();
        let yes = false;
        for (const piece of pieces) yes = matcher.probe(piece, carry) || yes;
        yes = matcher.probeEnd(carry) || yes;
        if (matcher.scan(text).length > 0) expect(yes).toBe(true);
      }),
      { numRuns: 3000 },
    );
  }, 30_000); // 3000 texts cut and matched: seconds on a busy machine
});
