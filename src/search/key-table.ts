/**
 * A hash table from integer keys (below 2^53: code points and pairs of them) to dense indexes,
 * open addressing over typed arrays. The helper index looks a key up for every character of
 * the corpus: a `Map` with such keys (not small integers) spent 100 ns on each.
 */
export class KeyTable {
  private keys: Float64Array;
  private slots: Int32Array;
  private mask: number;
  /** Keys stored, in the order they came; a key's index is its position here. */
  readonly list: number[] = [];

  constructor(capacity = 1024) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.keys = new Float64Array(size);
    this.slots = new Int32Array(size).fill(-1);
    this.mask = size - 1;
  }

  /** The index of `key`, added when new. */
  index(key: number): number {
    let at = hash(key) & this.mask;
    for (;;) {
      const slot = this.slots[at]!;
      if (slot < 0) break;
      if (this.keys[at] === key) return slot;
      at = (at + 1) & this.mask;
    }
    const index = this.list.length;
    this.list.push(key);
    this.keys[at] = key;
    this.slots[at] = index;
    if (this.list.length * 2 > this.slots.length) this.grow();
    return index;
  }

  /** The index of `key`, or -1 when it is not there. */
  find(key: number): number {
    let at = hash(key) & this.mask;
    for (;;) {
      const slot = this.slots[at]!;
      if (slot < 0) return -1;
      if (this.keys[at] === key) return slot;
      at = (at + 1) & this.mask;
    }
  }

  /** Forget every key, keeping the room. */
  clear(): void {
    if (this.list.length === 0) return;
    this.slots.fill(-1);
    this.list.length = 0;
  }

  private grow(): void {
    const { list } = this;
    const size = this.slots.length * 2;
    this.keys = new Float64Array(size);
    this.slots = new Int32Array(size).fill(-1);
    this.mask = size - 1;
    list.forEach((key, index) => {
      let at = hash(key) & this.mask;
      while (this.slots[at]! >= 0) at = (at + 1) & this.mask;
      this.keys[at] = key;
      this.slots[at] = index;
    });
  }
}

function hash(key: number): number {
  const low = key >>> 0;
  const high = (key - low) / 4294967296;
  return Math.imul(low ^ Math.imul(high, 0x9e3779b1), 0x85ebca6b) >>> 7;
}
