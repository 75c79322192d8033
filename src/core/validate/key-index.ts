/**
 * Finding repeated key values (收文编号 down 100,000 rows). Registers are numbered as they are kept, so a key column
 * mostly ascends (SW-2025-000001, SW-2025-000002 …): a value greater than every value before it cannot be a repeat,
 * which one string comparison tells. Such values are remembered in order, so a later value is looked up among them
 * by binary search. Only values that arrive out of order go into a hash table, which for a sorted column is never
 * built: hashing every key and probing a table far larger than the cache cost three times as much.
 *
 * The hash table is open addressing, sized once from the number of rows, hashing in one pass over the characters and
 * storing only row numbers: a JavaScript Set of fresh strings costs a native hash, a grow-and-rehash every doubling
 * and an entry object per value.
 */
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

export class KeyIndex {
  /** Rows whose value was greater than every value before it, in row order (so their values ascend). */
  private readonly maxima: Int32Array;
  private maximaCount = 0;
  /** The value of the last of `maxima`: the greatest value so far. */
  private greatest = "";
  /** Slot k holds [row, hash] at 2k, 2k+1 (one cache line serves both reads of a probe); built on first need. */
  private slots: Int32Array | null = null;
  private mask = 0;

  /** `capacity`: the most values that will be added (the data rows). */
  constructor(
    private readonly capacity: number,
    private readonly valueOf: (row: number) => string | null,
  ) {
    this.maxima = new Int32Array(capacity);
  }

  /** FNV-1a over UTF-16 units, as a signed 32-bit number (what the Int32Array of slots gives back). */
  static hash(value: string): number {
    let h = FNV_OFFSET | 0;
    for (let k = 0; k < value.length; k++) h = Math.imul(h ^ value.charCodeAt(k), FNV_PRIME);
    return h;
  }

  /**
   * Adds `value` for `row` and returns -1, or returns the row where the value was first added. The value of a row
   * already added must stay readable through `valueOf`.
   */
  addOrFind(value: string, row: number): number {
    if (this.maximaCount === 0 || value > this.greatest) {
      this.maxima[this.maximaCount++] = row;
      this.greatest = value;
      return -1;
    }
    const first = this.findAmongMaxima(value);
    return first >= 0 ? first : this.addOrFindHashed(value, row, KeyIndex.hash(value));
  }

  /** Binary search of the ascending values of `maxima`; the row, or -1. */
  private findAmongMaxima(value: string): number {
    const maxima = this.maxima;
    let lo = 0;
    let hi = this.maximaCount - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const r = maxima[mid] as number;
      const v = this.valueOf(r) as string;
      if (v < value) lo = mid + 1;
      else if (v > value) hi = mid - 1;
      else return r;
    }
    return -1;
  }

  private addOrFindHashed(value: string, row: number, h: number): number {
    let slots = this.slots;
    if (slots === null) {
      let size = 16;
      while (size < this.capacity * 2) size *= 2;
      slots = this.slots = new Int32Array(size * 2).fill(-1);
      this.mask = size - 1;
    }
    let slot = h & this.mask;
    for (;;) {
      const r = slots[2 * slot] as number;
      if (r === -1) {
        slots[2 * slot] = row;
        slots[2 * slot + 1] = h;
        return -1;
      }
      if (slots[2 * slot + 1] === h && this.valueOf(r) === value) return r;
      slot = (slot + 1) & this.mask;
    }
  }
}
