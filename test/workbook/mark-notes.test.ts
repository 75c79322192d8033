import {
  noteWithMarks,
  parseMarkedCells,
  planApplyMarks,
  planClearMarks,
  stripMarkLines,
  MARK_PREFIX,
} from "../../src/workbook/mark-notes";

describe("mark lines in notes", () => {
  test("marks append below the user's text, errors first, and strip back to it", () => {
    const note = noteWithMarks("用户备注\n第二行", [
      { severity: "warning", message: "提示" },
      { severity: "error", message: "错误\n换行" },
    ]);
    expect(note).toBe(`用户备注\n第二行\n${MARK_PREFIX} ⚠ 提示\n${MARK_PREFIX} ✖ 错误 换行`);
    expect(stripMarkLines(note)).toBe("用户备注\n第二行");
    expect(stripMarkLines(`${MARK_PREFIX} ✖ x`)).toBeNull();
    expect(noteWithMarks(`旧\n${MARK_PREFIX} ✖ 旧标记`, [{ severity: "error", message: "新" }])).toBe(
      `旧\n${MARK_PREFIX} ✖ 新`,
    );
  });

  test("a damaged ledger.marks setting reads as no marks", () => {
    expect(parseMarkedCells("not json")).toEqual([]);
    expect(parseMarkedCells('{"a":1}')).toEqual([]);
    expect(parseMarkedCells('[{"sheet":"S","row":2,"column":1},{"sheet":3}]')).toEqual([
      { sheet: "S", row: 2, column: 1 },
    ]);
  });

  test("planning: apply clears only the marked sheets' earlier marks; clear skips cells the user cleaned", () => {
    const notes = new Map<string, string | null>([
      ["A:2:1", `${MARK_PREFIX} ✖ old`],
      ["B:2:1", `${MARK_PREFIX} ✖ keep`],
      ["A:3:1", "用户自己清掉了标记"],
    ]);
    const get = (c: { sheet: string; row: number; column: number }) =>
      notes.get(`${c.sheet}:${c.row}:${c.column}`) ?? null;
    const recorded = [
      { sheet: "A", row: 2, column: 1 },
      { sheet: "B", row: 2, column: 1 },
      { sheet: "A", row: 3, column: 1 },
    ];
    const applied = planApplyMarks(
      recorded,
      [{ sheet: "A", row: 5, column: 2, severity: "warning", message: "w" }],
      get,
    );
    expect(applied.writes).toEqual([
      { cell: { sheet: "A", row: 2, column: 1 }, note: null },
      { cell: { sheet: "A", row: 5, column: 2 }, note: `${MARK_PREFIX} ⚠ w` },
    ]);
    expect(applied.recorded).toEqual([
      { sheet: "B", row: 2, column: 1 },
      { sheet: "A", row: 5, column: 2 },
    ]);
    expect(planClearMarks(recorded, new Set(["B"]), get)).toEqual({
      writes: [{ cell: { sheet: "B", row: 2, column: 1 }, note: null }],
      recorded: [
        { sheet: "A", row: 2, column: 1 },
        { sheet: "A", row: 3, column: 1 },
      ],
    });
  });
});
