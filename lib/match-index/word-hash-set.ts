// The exact set of first-word hashes behind the probe's bit filter: an open-addressing table in
// one Int32Array (no object per entry), so 100,000 first words cost a page 1 MB, not a Set's 5.
export class WordHashSet {
  private readonly table: Int32Array;
  private readonly mask: number;
  private hasZero = false;
  readonly size: number;

  constructor(keys: ArrayLike<number>) {
    let capacity = 16;
    while (capacity < keys.length * 1.5) capacity *= 2;
    this.table = new Int32Array(capacity);
    this.mask = capacity - 1;
    let size = 0;
    for (let k = 0; k < keys.length; k++) if (this.add(keys[k]!)) size++;
    this.size = size;
  }

  private add(h: number): boolean {
    if (h === 0) return this.hasZero ? false : (this.hasZero = true);
    const { table, mask } = this;
    for (let i = slot(h) & mask; ; i = (i + 1) & mask) {
      const k = table[i]!;
      if (k === h) return false;
      if (k === 0) {
        table[i] = h;
        return true;
      }
    }
  }

  has(h: number): boolean {
    if (h === 0) return this.hasZero;
    const { table, mask } = this;
    for (let i = slot(h) & mask; ; i = (i + 1) & mask) {
      const k = table[i]!;
      if (k === h) return true;
      if (k === 0) return false;
    }
  }

  get byteLength(): number {
    return this.table.byteLength;
  }
}

/** Spreads the word hash's bits (the scan's hash is a plain polynomial one). */
function slot(h: number): number {
  const x = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
  return x ^ (x >>> 16);
}
