/**
 * The one contract every WorkbookPort adapter meets: the memory workbook, the .xlsx file adapter (through a save and
 * reload) and the Office.js adapter (over the Excel fake). Host-neutral: what a test needs to look at beyond the port
 * (notes, formats, validation) comes through `WorkbookInspection`, which each adapter's test implements.
 */
import fc from "fast-check";
import type { ChartSpec, SheetSpec } from "../../src/core/sheet-spec";
import type { WorkbookPort } from "../../src/workbook/port";
import { MARK_PREFIX } from "../../src/workbook/mark-notes";
import { OWNED_FORMATS_SETTING, parseOwnedFormats } from "../../src/workbook/owned-formats";

export interface ValidationInfo {
  type: "list" | "whole" | "decimal" | "any";
  /** Literal list values, or the referenced range for range lists. */
  values?: string[];
  ref?: string;
  promptTitle?: string;
  prompt?: string;
}

export interface WorkbookInspection {
  /** The visible text of a cell's note, or null. */
  note(sheet: string, row: number, column: number): Promise<string | null>;
  /** Writes a note as the user would (not through the port). */
  setUserNote(sheet: string, row: number, column: number, text: string): Promise<void>;
  numberFormat(sheet: string, row: number, column: number): Promise<string | null>;
  validation(sheet: string, row: number, column: number): Promise<ValidationInfo | null>;
  /** Every conditional format on the sheet: formula without the leading '=', fill as upper-case '#RRGGBB'. */
  conditionalFormats(sheet: string): Promise<AppliedFormat[]>;
  /** Adds a formula conditional format as the user would (not through the port). */
  addUserConditionalFormat(sheet: string, format: AppliedFormat): Promise<void>;
  /** Brings a sheet to the front as the user would (clicking its tab; for a file, leaving it in front on save). */
  activateSheet(sheet: string): Promise<void>;
  /** The user selects a rectangle (1-based), bringing its sheet to the front; absent for hosts without a selection. */
  selectRange?(sheet: string, row: number, column: number, rows: number, columns: number): Promise<void>;
  /** Charts the host drew on the sheet, and ChartSpecs the adapter reported it could not draw. */
  charts(sheet: string): Promise<{ drawn: string[]; unrendered: string[] }>;
}

export interface AppliedFormat {
  range: string;
  formula: string | null;
  fill: string | null;
}

export interface ContractSubject {
  port: WorkbookPort;
  inspect: WorkbookInspection;
  /** Save, close and open again (a file round trip; a copy for memory hosts). */
  reopen(): Promise<ContractSubject>;
}

const D_2026_10_09 = 46304; // Friday, the first working day after the National Day holiday
const registerSpec: SheetSpec = {
  name: "收文登记簿",
  tableName: "IncomingDocs",
  columns: [
    { header: "收文编号", width: 14, required: true, prompt: { title: "收文编号", message: "例如 SW-2026-001" } },
    { header: "收文日期", width: 12, numberFormat: "yyyy-mm-dd", required: true },
    { header: "密级", width: 8, list: { kind: "values", values: ["公开", "内部", "秘密"] } },
    { header: "份数", width: 6, numeric: { type: "whole", min: 1 } },
  ],
  rows: [["SW-001", D_2026_10_09, "公开", 2]],
  formatRows: 20,
  freezeHeader: true,
  ifExists: "keep",
};

const plainSheet = (name: string, ifExists: "keep" | "replace" = "keep"): SheetSpec => ({
  name,
  columns: [],
  ifExists,
});

export function workbookContract(adapter: string, create: () => Promise<ContractSubject>): void {
  describe(`WorkbookPort contract: ${adapter}`, () => {
    test("listSheets gives every sheet in tab order with its used extent", async () => {
      const s = await create();
      await s.port.ensureSheets([registerSpec, plainSheet("备注"), { ...plainSheet("隐藏"), hidden: true }]);
      await s.port.writeBlocks([{ sheet: "备注", row: 3, column: 5, values: [["x"]] }]);
      const r = await s.reopen();
      const sheets = await r.port.listSheets();
      expect(sheets.map((x) => x.name)).toEqual(["收文登记簿", "备注", "隐藏"]);
      expect(sheets[0]).toMatchObject({ visible: true, rowCount: 2, columnCount: 4 });
      expect(sheets[1]).toMatchObject({ visible: true, rowCount: 3, columnCount: 5 });
      expect(sheets[2]).toMatchObject({ visible: false, rowCount: 0, columnCount: 0 });
    });

    test("readSheets returns rectangles from A1 in the order asked, dates as serial numbers", async () => {
      const s = await create();
      await s.port.ensureSheets([plainSheet("A"), plainSheet("B")]);
      await s.port.writeBlocks([
        {
          sheet: "A",
          row: 1,
          column: 1,
          values: [
            ["编号", "日期", "时间"],
            ["x1", D_2026_10_09, D_2026_10_09 + 0.6041666666666666],
          ],
          columnFormats: [null, "yyyy-mm-dd", "yyyy-mm-dd hh:mm"],
        },
        { sheet: "A", row: 4, column: 4, values: [[true]] },
        { sheet: "B", row: 2, column: 2, values: [[3.25]] },
      ]);
      const r = await s.reopen();
      const [b, a] = await r.port.readSheets(["B", "A"]);
      expect(b?.name).toBe("B");
      expect(a?.name).toBe("A");
      expect(a?.values).toHaveLength(4);
      for (const row of a?.values ?? []) expect(row).toHaveLength(4);
      expect(a?.values[0]?.slice(0, 3)).toEqual(["编号", "日期", "时间"]);
      expect(a?.values[1]?.[1]).toBe(D_2026_10_09);
      expect(a?.values[1]?.[2]).toBeCloseTo(D_2026_10_09 + 14.5 / 24, 8);
      expect(a?.values[3]?.[3]).toBe(true);
      expect([null, ""]).toContain(a?.values[2]?.[0]);
      expect([null, ""]).toContain(a?.values[1]?.[3]);
      expect(b?.values).toHaveLength(2);
      expect(b?.values[1]?.[1]).toBe(3.25);
      expect([null, ""]).toContain(b?.values[0]?.[0]);
    });

    test("ensureSheets lays a register out from its spec: header, rows, formats, dropdown, prompt", async () => {
      const s = await create();
      await s.port.ensureSheets([registerSpec]);
      const r = await s.reopen();
      const [sheet] = await r.port.readSheets(["收文登记簿"]);
      expect(sheet?.values).toEqual([
        ["收文编号", "收文日期", "密级", "份数"],
        ["SW-001", D_2026_10_09, "公开", 2],
      ]);
      expect(await r.inspect.numberFormat("收文登记簿", 2, 2)).toBe("yyyy-mm-dd");
      expect(await r.inspect.numberFormat("收文登记簿", 21, 2)).toBe("yyyy-mm-dd");
      const list = await r.inspect.validation("收文登记簿", 5, 3);
      expect(list).toMatchObject({ type: "list", values: ["公开", "内部", "秘密"] });
      expect(await r.inspect.validation("收文登记簿", 5, 4)).toMatchObject({ type: "whole" });
      expect(await r.inspect.validation("收文登记簿", 5, 1)).toMatchObject({
        promptTitle: "收文编号",
        prompt: "例如 SW-2026-001",
      });
      expect(await r.inspect.validation("收文登记簿", 1, 3)).toBeNull(); // not on the header
      expect(await r.inspect.validation("收文登记簿", 5, 2)).toBeNull();
    });

    test("ensureSheets keeps an existing sheet untouched with 'keep' and recreates it in place with 'replace'", async () => {
      const s = await create();
      await s.port.ensureSheets([plainSheet("一"), registerSpec, plainSheet("三")]);
      await s.port.writeBlocks([{ sheet: "收文登记簿", row: 3, column: 1, values: [["用户的行", D_2026_10_09 + 1]] }]);
      const changed: SheetSpec = {
        ...registerSpec,
        columns: [{ header: "新表头", width: 10 }],
        rows: [],
        tableName: undefined,
      };
      await s.port.ensureSheets([changed]);
      const kept = (await s.port.readSheets(["收文登记簿"]))[0]?.values;
      expect(kept?.[0]?.[0]).toBe("收文编号");
      expect(kept?.[2]?.[0]).toBe("用户的行");

      await s.port.ensureSheets([{ ...changed, ifExists: "replace" }]);
      const r = await s.reopen();
      expect((await r.port.listSheets()).map((x) => x.name)).toEqual(["一", "收文登记簿", "三"]);
      expect((await r.port.readSheets(["收文登记簿"]))[0]?.values).toEqual([["新表头"]]);
    });

    test("charts in a spec are drawn or reported as not drawn, never silently dropped", async () => {
      const s = await create();
      const chart: ChartSpec = {
        name: "trend",
        title: "办结率",
        type: "line",
        dataRange: "A1:C2",
        seriesBy: "rows",
        anchor: { cell: "E2", widthCols: 6, heightRows: 12 },
      };
      await s.port.ensureSheets([{ ...plainSheet("KPI看板", "replace"), charts: [chart] }]);
      const { drawn, unrendered } = await s.inspect.charts("KPI看板");
      expect([...drawn, ...unrendered]).toEqual(["trend"]);
    });

    test("writeBlocks writes values and formats inside the block and nothing outside it", async () => {
      const s = await create();
      await s.port.ensureSheets([plainSheet("S")]);
      const grid = [
        ["a", "b", "c"],
        ["d", "e", "f"],
        ["g", "h", "i"],
      ];
      await s.port.writeBlocks([{ sheet: "S", row: 1, column: 1, values: grid, columnFormats: ["@", "@", "@"] }]);
      await s.port.writeBlocks([
        {
          sheet: "S",
          row: 2,
          column: 2,
          values: [[1234.5]],
          columnFormats: ["#,##0.00"],
          headerNotes: ["计算列：由台账助手生成"],
        },
      ]);
      const r = await s.reopen();
      const values = (await r.port.readSheets(["S"]))[0]?.values;
      expect(values).toEqual([
        ["a", "b", "c"],
        ["d", 1234.5, "f"],
        ["g", "h", "i"],
      ]);
      expect(await r.inspect.numberFormat("S", 2, 2)).toBe("#,##0.00");
      for (const [row, col] of [
        [1, 2],
        [3, 2],
        [2, 1],
        [2, 3],
      ] as const)
        expect(await r.inspect.numberFormat("S", row, col)).toBe("@");
      expect(await r.inspect.note("S", 2, 2)).toBe("计算列：由台账助手生成");
      expect(await r.inspect.note("S", 1, 2)).toBeNull();
    });

    test("marks are added beside the user's notes and cleared leaving exactly the user's notes", async () => {
      const s = await create();
      await s.port.ensureSheets([plainSheet("收文"), plainSheet("发文")]);
      await s.port.writeBlocks([
        {
          sheet: "收文",
          row: 1,
          column: 1,
          values: [
            ["编号", "日期"],
            ["S1", "2026/13/01"],
            ["S1", D_2026_10_09],
          ],
        },
        { sheet: "发文", row: 1, column: 1, values: [["编号"], ["F1"]] },
      ]);
      await s.inspect.setUserNote("收文", 2, 2, "张三：原件在档案室");
      await s.port.applyMarks([
        { sheet: "收文", row: 2, column: 2, severity: "error", message: "收文日期不是有效日期" },
        { sheet: "收文", row: 3, column: 1, severity: "error", message: "收文编号重复" },
        { sheet: "收文", row: 3, column: 1, severity: "warning", message: "第二条提示" },
        { sheet: "发文", row: 2, column: 1, severity: "warning", message: "缺少审核人" },
      ]);
      let r = await s.reopen();
      const marked = await r.inspect.note("收文", 2, 2);
      expect(marked).toContain("张三：原件在档案室");
      expect(marked).toContain(`${MARK_PREFIX}`);
      expect(marked).toContain("收文日期不是有效日期");
      const two = (await r.inspect.note("收文", 3, 1)) ?? "";
      expect(two.split("\n")).toHaveLength(2);
      expect(two).toContain("收文编号重复");

      // Applying again replaces the sheet's earlier marks instead of piling them up.
      await r.port.applyMarks([{ sheet: "收文", row: 3, column: 1, severity: "warning", message: "只剩这一条" }]);
      expect(await r.inspect.note("收文", 2, 2)).toBe("张三：原件在档案室");
      expect(await r.inspect.note("收文", 3, 1)).toBe(`${MARK_PREFIX} ⚠ 只剩这一条`);
      expect(await r.inspect.note("发文", 2, 1)).toContain("缺少审核人");

      await r.port.clearMarks(["收文"]);
      r = await r.reopen();
      expect(await r.inspect.note("收文", 2, 2)).toBe("张三：原件在档案室");
      expect(await r.inspect.note("收文", 3, 1)).toBeNull();
      expect(await r.inspect.note("发文", 2, 1)).toContain("缺少审核人");
      await r.port.clearMarks();
      expect(await r.inspect.note("发文", 2, 1)).toBeNull();
      const values = (await r.port.readSheets(["收文"]))[0]?.values;
      expect(values?.[1]).toEqual(["S1", "2026/13/01"]);
    });

    test("any sequence of mark applications ends, after clearMarks, with every user note exactly as it was", async () => {
      const noteText = fc
        .string({ unit: fc.constantFrom("备", "注", "a", " ", "\n", ":", "[", "台"), minLength: 1, maxLength: 10 })
        .filter((t) => !t.split("\n").some((l) => l.startsWith(MARK_PREFIX)));
      const cellArb = fc.record({ row: fc.integer({ min: 1, max: 4 }), column: fc.integer({ min: 1, max: 3 }) });
      const markArb = fc.record({
        sheet: fc.constantFrom("A", "B"),
        row: fc.integer({ min: 1, max: 4 }),
        column: fc.integer({ min: 1, max: 3 }),
        severity: fc.constantFrom("error" as const, "warning" as const),
        message: fc.string({ maxLength: 8 }),
      });
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.record({ cell: cellArb, text: noteText }), { maxLength: 4 }),
          fc.array(fc.array(markArb, { maxLength: 5 }), { minLength: 1, maxLength: 3 }),
          async (userNotes, rounds) => {
            let s = await create();
            await s.port.ensureSheets([plainSheet("A"), plainSheet("B")]);
            await s.port.writeBlocks(
              ["A", "B"].map((sheet) => ({
                sheet,
                row: 1,
                column: 1,
                values: [
                  ["x", "y", "z"],
                  [1, 2, 3],
                  [4, 5, 6],
                  [7, 8, 9],
                ],
              })),
            );
            const expected = new Map<string, string>();
            for (const n of userNotes) {
              await s.inspect.setUserNote("A", n.cell.row, n.cell.column, n.text);
              expected.set(`${n.cell.row}:${n.cell.column}`, n.text);
            }
            for (const marks of rounds) {
              await s.port.applyMarks(marks);
              s = await s.reopen();
            }
            await s.port.clearMarks();
            for (const sheet of ["A", "B"]) {
              for (let row = 1; row <= 4; row++) {
                for (let column = 1; column <= 3; column++) {
                  const want = sheet === "A" ? (expected.get(`${row}:${column}`) ?? null) : null;
                  expect(await s.inspect.note(sheet, row, column)).toBe(want);
                }
              }
            }
          },
        ),
        { numRuns: 12 },
      );
    }, 60_000);

    test("clearMarks leaves a user note alone when the add-in never marked that cell", async () => {
      const s = await create();
      await s.port.ensureSheets([plainSheet("S")]);
      await s.port.writeBlocks([{ sheet: "S", row: 1, column: 1, values: [["x"]] }]);
      await s.inspect.setUserNote("S", 1, 1, `${MARK_PREFIX} 用户抄来的一行`);
      await s.port.clearMarks();
      expect(await s.inspect.note("S", 1, 1)).toBe(`${MARK_PREFIX} 用户抄来的一行`);
    });

    test("settings survive save and reopen, long values included, without adding a visible sheet", async () => {
      const s = await create();
      await s.port.ensureSheets([plainSheet("S")]);
      const long = JSON.stringify(
        Array.from({ length: 3000 }, (_, i) => ({ sheet: "收文登记簿", header: `列${i}`, column: i })),
      );
      expect(long.length).toBeGreaterThan(70_000);
      await s.port.setSetting("ledger.mappings", long);
      await s.port.setSetting("ledger.lang", "en-US");
      await s.port.setSetting("ledger.number-like", "0012");
      const r = await s.reopen();
      expect(await r.port.getSetting("ledger.mappings")).toBe(long);
      expect(await r.port.getSetting("ledger.lang")).toBe("en-US");
      expect(await r.port.getSetting("ledger.number-like")).toBe("0012");
      expect(await r.port.getSetting("absent")).toBeNull();
      expect((await r.port.listSheets()).filter((x) => x.visible).map((x) => x.name)).toEqual(["S"]);
    });

    describe("setOwnedConditionalFormats", () => {
      const overdue = (range: string) => ({
        range,
        kind: "formula" as const,
        formula: '=$C2="已逾期"',
        fill: "#FFC7CE",
      });
      const dueSoon = (range: string) => ({ range, kind: "formula" as const, formula: '=$C2="临期"', fill: "#FFEB9C" });
      const userFormat: AppliedFormat = { range: "A2:C9", formula: '$B2="急"', fill: "#FFFF00" };
      const sorted = (formats: AppliedFormat[]) =>
        [...formats].sort((a, b) => `${a.formula}${a.range}`.localeCompare(`${b.formula}${b.range}`));
      const setUp = async () => {
        const s = await create();
        await s.port.ensureSheets([plainSheet("收文"), plainSheet("发文")]);
        await s.port.writeBlocks([
          {
            sheet: "收文",
            row: 1,
            column: 1,
            values: [
              ["编号", "标记", "状态"],
              ["S1", "急", "已逾期"],
              ["S2", "", "临期"],
            ],
          },
        ]);
        await s.inspect.addUserConditionalFormat("收文", userFormat);
        return s;
      };

      test("the first apply adds the formats beside the user's own", async () => {
        const s = await setUp();
        await s.port.setOwnedConditionalFormats([
          { sheet: "收文", owner: "deadlines", formats: [overdue("A2:C3"), dueSoon("A2:C3")] },
        ]);
        const r = await s.reopen();
        expect(sorted(await r.inspect.conditionalFormats("收文"))).toEqual(
          sorted([
            userFormat,
            { range: "A2:C3", formula: '$C2="已逾期"', fill: "#FFC7CE" },
            { range: "A2:C3", formula: '$C2="临期"', fill: "#FFEB9C" },
          ]),
        );
        expect(await r.inspect.conditionalFormats("发文")).toEqual([]);
      });

      test("a second apply, after save and reopen, replaces the owner's formats instead of piling them up", async () => {
        const s = await setUp();
        await s.port.setOwnedConditionalFormats([
          { sheet: "收文", owner: "deadlines", formats: [overdue("A2:C3"), dueSoon("A2:C3")] },
        ]);
        let r = await s.reopen();
        await r.port.setOwnedConditionalFormats([{ sheet: "收文", owner: "deadlines", formats: [overdue("A2:D40")] }]);
        r = await r.reopen();
        expect(sorted(await r.inspect.conditionalFormats("收文"))).toEqual(
          sorted([userFormat, { range: "A2:D40", formula: '$C2="已逾期"', fill: "#FFC7CE" }]),
        );
        // The same again changes nothing: one copy, not two.
        await r.port.setOwnedConditionalFormats([{ sheet: "收文", owner: "deadlines", formats: [overdue("A2:D40")] }]);
        r = await r.reopen();
        expect(await r.inspect.conditionalFormats("收文")).toHaveLength(2);
        // An empty list removes the owner's formats and leaves exactly the user's.
        await r.port.setOwnedConditionalFormats([{ sheet: "收文", owner: "deadlines", formats: [] }]);
        r = await r.reopen();
        expect(await r.inspect.conditionalFormats("收文")).toEqual([userFormat]);
        expect(parseOwnedFormats(await r.port.getSetting(OWNED_FORMATS_SETTING))).toEqual([]);
      });

      test("a user's format identical to one of ours, and another owner's formats, survive replacement", async () => {
        const s = await setUp();
        const twin: AppliedFormat = { range: "A2:C3", formula: '$C2="已逾期"', fill: "#FFC7CE" };
        await s.inspect.addUserConditionalFormat("收文", twin);
        await s.port.setOwnedConditionalFormats([
          { sheet: "收文", owner: "deadlines", formats: [overdue("A2:C3")] },
          { sheet: "收文", owner: "kpi", formats: [dueSoon("A2:C3")] },
        ]);
        let r = await s.reopen();
        expect(await r.inspect.conditionalFormats("收文")).toHaveLength(4);
        await r.port.setOwnedConditionalFormats([{ sheet: "收文", owner: "deadlines", formats: [] }]);
        r = await r.reopen();
        expect(sorted(await r.inspect.conditionalFormats("收文"))).toEqual(
          sorted([userFormat, twin, { range: "A2:C3", formula: '$C2="临期"', fill: "#FFEB9C" }]),
        );
      });

      test("the record of owned formats is a workbook setting that survives save and reopen without a visible sheet", async () => {
        const s = await setUp();
        await s.port.setOwnedConditionalFormats([{ sheet: "收文", owner: "deadlines", formats: [overdue("A2:C3")] }]);
        const r = await s.reopen();
        const record = parseOwnedFormats(await r.port.getSetting(OWNED_FORMATS_SETTING));
        expect(record).toMatchObject([{ sheet: "收文", owner: "deadlines", formats: [overdue("A2:C3")] }]);
        expect((await r.port.listSheets()).filter((x) => x.visible).map((x) => x.name)).toEqual(["收文", "发文"]);
      });

      test("a sheet that does not exist is refused before anything changes", async () => {
        const s = await setUp();
        await expect(
          s.port.setOwnedConditionalFormats([
            { sheet: "收文", owner: "deadlines", formats: [overdue("A2:C3")] },
            { sheet: "不存在", owner: "deadlines", formats: [overdue("A2:C3")] },
          ]),
        ).rejects.toThrow("不存在");
        expect(await s.inspect.conditionalFormats("收文")).toEqual([userFormat]);
        expect(await s.port.getSetting(OWNED_FORMATS_SETTING)).toBeNull();
      });
    });

    test("getActiveSheet names the first sheet, then the one the user brought to the front, also after save and reopen", async () => {
      const s = await create();
      await s.port.ensureSheets([plainSheet("甲"), plainSheet("乙"), plainSheet("丙")]);
      expect(await s.port.getActiveSheet()).toBe("甲");
      await s.inspect.activateSheet("乙");
      expect(await s.port.getActiveSheet()).toBe("乙");
      const again = await s.reopen();
      expect(await again.port.getActiveSheet()).toBe("乙");
      expect((await again.port.listSheets()).map((x) => x.name)).toEqual(["甲", "乙", "丙"]);
    });

    test("getSelection gives the sheet and rectangle the user selected, then the cell select() chose (null for a file)", async () => {
      const s = await create();
      await s.port.ensureSheets([plainSheet("甲"), plainSheet("乙's 表")]);
      if (!s.inspect.selectRange) {
        await s.port.select("乙", 2, 2);
        expect(await s.port.getSelection()).toBeNull();
        return;
      }
      await s.inspect.selectRange("乙's 表", 3, 2, 3, 2);
      expect(await s.port.getSelection()).toEqual({ sheet: "乙's 表", row: 3, column: 2, rows: 3, columns: 2 });
      await s.port.select("甲", 4, 1);
      expect(await s.port.getSelection()).toEqual({ sheet: "甲", row: 4, column: 1, rows: 1, columns: 1 });
    });

    test("select is accepted and changes nothing", async () => {
      const s = await create();
      await s.port.ensureSheets([plainSheet("S")]);
      await s.port.writeBlocks([{ sheet: "S", row: 1, column: 1, values: [["x", 1]] }]);
      await expect(s.port.select("S", 1, 2)).resolves.toBeUndefined();
      expect((await s.port.readSheets(["S"]))[0]?.values).toEqual([["x", 1]]);
    });
  });
}
