import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileCues, contextHasCue, prepareContext, type CompiledCues, type PreparedContext } from '../../lib/context-cues.ts';

/** The cue test as it reads: every word against every cue (what the indexed lookup must equal). */
function everyCueAgainstEveryWord(context: PreparedContext, cues: CompiledCues): boolean {
  if (cues.cjk.some((cue) => context.plain.includes(cue))) return true;
  const { words } = context;
  return words.some((word, i) =>
    cues.whole.has(word) ||
    cues.prefixes.some((prefix) => word.startsWith(prefix)) ||
    cues.phrases.some((phrase) => phrase.every((part, j) => {
      const at = words[i + j];
      return at !== undefined && (j < phrase.length - 1 ? at === part : at.startsWith(part));
    })));
}

// Few letters, so that cues and text share words, prefixes and phrases often.
const word = fc.stringMatching(/^[a-eA-E]{1,7}$/);
const cue = fc.oneof(word, fc.array(word, { minLength: 2, maxLength: 3 }).map((w) => w.join(' ')), fc.constantFrom('华为', 'KI', 'data center'));
const text = fc.array(fc.oneof(word, fc.constantFrom(' ', '. ', '\u00ad', '华为', 'data centers')), { maxLength: 30 }).map((parts) => parts.join(' '));

describe('context cues', () => {
  it('finds a cue exactly when comparing every word with every cue does', () => {
    fc.assert(fc.property(fc.array(cue, { maxLength: 12 }), text, (cueList, context) => {
      const cues = compileCues(cueList);
      const prepared = prepareContext(context);
      expect(contextHasCue(prepared, cues)).toBe(everyCueAgainstEveryWord(prepared, cues));
    }), { numRuns: 3000 });
  });

  it('matches a long cue as the start of a word, a short one only whole, a phrase with its last word going on', () => {
    const cues = compileCues(['chip', 'KI', 'data center']);
    expect(contextHasCue(prepareContext('Der Chipsatz'), cues)).toBe(true);
    expect(contextHasCue(prepareContext('Die KI-Firma'), cues)).toBe(true);
    expect(contextHasCue(prepareContext('Kiosk'), cues)).toBe(false);
    expect(contextHasCue(prepareContext('new data centers'), cues)).toBe(true);
    expect(contextHasCue(prepareContext('data and center'), cues)).toBe(false);
  });
});
