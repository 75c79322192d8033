/**
 * Finding repeated key values (收文编号 down 100,000 rows). A JavaScript Set of fresh strings costs a native hash, a
 * grow-and-rehash every doubling and an entry object per value; this open-addressing table is sized once from the
 * number of data rows, hashes in the same pass that reads the characters, and stores only row numbers.
 */
export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

export class KeyIndex {
  /** Slot k holds [row, hash] at 2k, 2k+1: one cache line serves both reads of a probe. */
  private readonly slots: Int32Array;
  private readonly mask: number;

  /** `capacity`: the most values that will be added (the non-blank rows). */
  constructor(
    capacity: number,
    private readonly valueOf: (row: number) => string | null
  ) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.slots = new Int32Array(size * 2).fill(-1);
    this.mask = size - 1;
  }

  /** FNV-1a over UTF-16 units. */
  static hash(value: string): number {
    let h = FNV_OFFSET;
    for (let k = 0; k < value.length; k++) h = Math.imul(h ^ value.charCodeAt(k), FNV_PRIME);
    return h;
  }

  /** Adds `value` for `row` and returns -1, or returns the row where the value was first added. */
  addOrFind(value: string, row: number, h: number = KeyIndex.hash(value)): number {
    let slot = h & this.mask;
    const slots = this.slots;
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
