// The exact set of first-word hashes behind the probe's bit filter: the keys sorted in one
// Int32Array and searched by halves. The background sorts them once (page-names.ts), so a page
// receives the set ready to use: 100,000 first words are 400 KB that the browser decodes
// natively, with no table to build in every frame. The probe asks only about the few words its
// bit filter lets through.
export class SortedKeySet {
  /** `sorted`: ascending (Int32Array.prototype.sort's order); duplicates do no harm. */
  private constructor(readonly sorted: Int32Array) {}

  static ofSorted(sorted: Int32Array): SortedKeySet {
    return new SortedKeySet(sorted);
  }

  static of(keys: ArrayLike<number>): SortedKeySet {
    return new SortedKeySet(Int32Array.from(keys).sort());
  }

  has(h: number): boolean {
    const keys = this.sorted;
    let lo = 0;
    let hi = keys.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const k = keys[mid]!;
      if (k < h) lo = mid + 1;
      else if (k > h) hi = mid - 1;
      else return true;
    }
    return false;
  }

  get size(): number {
    return this.sorted.length;
  }
}
