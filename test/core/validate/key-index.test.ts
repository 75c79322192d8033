import fc from "fast-check";
import { KeyIndex } from "../../../src/core/validate/key-index";

/** Adds every value in turn, as the key column's scan does, and returns what each add answered. */
function addAll(values: readonly string[]): number[] {
  const stored: string[] = [];
  const index = new KeyIndex(values.length, (row) => stored[row] ?? null);
  return values.map((v, row) => {
    const first = index.addOrFind(v, row);
    stored[row] = v;
    return first;
  });
}

/** The answers a plain Map gives: -1 for a first occurrence, else the row of the first one. */
function reference(values: readonly string[]): number[] {
  const seen = new Map<string, number>();
  return values.map((v, row) => {
    const first = seen.get(v);
    if (first !== undefined) return first;
    seen.set(v, row);
    return -1;
  });
}

test("a repeat of a value that arrived in order is found, however far back", () => {
  const keys = Array.from({ length: 1000 }, (_, i) => `SW-2025-${String(i + 1).padStart(6, "0")}`);
  expect(addAll([...keys, "SW-2025-000001", "SW-2025-000500", "SW-2025-001000"]).slice(1000)).toEqual([0, 499, 999]);
});

test("values out of order are told apart and their repeats found (descending, interleaved, repeated)", () => {
  expect(addAll(["c", "b", "a", "b", "c", "a"])).toEqual([-1, -1, -1, 1, 0, 2]);
  expect(addAll(["A-2", "B-2", "A-1", "B-1", "A-3", "A-1", "B-2", "B-1"])).toEqual([-1, -1, -1, -1, -1, 2, 1, 3]);
  expect(addAll(["x", "x", "x"])).toEqual([-1, 0, 0]);
  // Strings that differ only past a shared prefix, or in case, or by a character outside the BMP.
  expect(addAll(["ab", "a", "abc", "Ab", "a\u{20000}", "a", "Ab", "a\u{20000}"])).toEqual([
    -1, -1, -1, -1, -1, 1, 3, 4,
  ]);
});

test("answers what a Map of first rows answers, for any order and any repeats", () => {
  const value = fc.stringMatching(/^[A-C]{0,3}$/);
  fc.assert(
    fc.property(fc.array(value, { maxLength: 60 }), (values) => {
      expect(addAll(values)).toEqual(reference(values));
    }),
  );
});
