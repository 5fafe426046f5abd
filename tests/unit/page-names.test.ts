// What a page receives of the names: the first words' hashes, sorted, as base64 that the
// browser decodes natively where it can (Chrome 140, Firefox 133) and by hand elsewhere (Node 20
// runs these tests without it); either way the page's exact set is the keys as sent.
import { afterEach, describe, expect, it } from 'vitest';
import { decodeInt32, encodeInt32, encodeKeys } from '../../lib/match-index/page-names.ts';
import { SortedKeySet } from '../../lib/match-index/sorted-key-set.ts';

const keys = Int32Array.from([5, -2_000_000_000, 0, 77, -1, 2_147_483_647, 31]);
const withNative = Uint8Array as unknown as { fromBase64?: (t: string) => Uint8Array };
const bytesWithNative = Uint8Array.prototype as unknown as { toBase64?: () => string };

describe('the names on the wire', () => {
  afterEach(() => {
    delete withNative.fromBase64;
    delete bytesWithNative.toBase64;
  });

  it('round-trips any Int32 keys through base64, by hand', () => {
    expect([...decodeInt32(encodeInt32(keys))]).toEqual([...keys]);
    expect([...decodeInt32(encodeInt32(new Int32Array(0)))]).toEqual([]);
  });

  it('uses the browser’s own base64 where there is one, with the same text', () => {
    const byHand = encodeInt32(keys);
    let used = 0;
    withNative.fromBase64 = (t) => (used++, new Uint8Array(Buffer.from(t, 'base64')));
    bytesWithNative.toBase64 = function (this: Uint8Array) {
      used++;
      return Buffer.from(this.buffer, this.byteOffset, this.byteLength).toString('base64');
    };
    expect(encodeInt32(keys)).toBe(byHand);
    expect([...decodeInt32(byHand)]).toEqual([...keys]);
    expect(used).toBe(2);
  });

  it('sends the first words sorted, so the page searches them as they come', () => {
    const sent = encodeKeys({ words: keys, chars: Int32Array.from([0x534e]) }, Int32Array.from([(0x534e << 16) | 0x4e3a]));
    const set = SortedKeySet.ofSorted(decodeInt32(sent.wordKeys));
    for (const k of keys) expect(set.has(k)).toBe(true);
    for (const k of [1, -3, 78, 2_147_483_646, -2_000_000_001]) expect(set.has(k)).toBe(false);
    expect([...decodeInt32(sent.charKeys)]).toEqual([0x534e]);
    expect([...decodeInt32(sent.charPairs)]).toEqual([(0x534e << 16) | 0x4e3a]);
  });
});

describe('the exact set of first words', () => {
  it('finds every key among 100,000 random ones and no other', () => {
    let seed = 7;
    const next = () => (seed = (Math.imul(seed, 1_103_515_245) + 12_345) | 0);
    const all = Int32Array.from({ length: 100_000 }, next);
    const set = SortedKeySet.of(all);
    expect(set.size).toBe(100_000);
    for (let i = 0; i < all.length; i += 97) expect(set.has(all[i]!)).toBe(true);
    const known = new Set(all);
    let absent = 0;
    for (let i = 0; i < 10_000; i++) {
      const k = next();
      if (!known.has(k)) (absent++, expect(set.has(k)).toBe(false));
    }
    expect(absent).toBeGreaterThan(9_900);
    expect(SortedKeySet.of([]).has(0)).toBe(false);
  });
});
