/**
 * The layout part of the WorkbookPort contract: a printable sheet (a form-like page with tiles, a ruled table, input
 * cells, named cells, a dropdown, print setup and a hidden data area) built from one SheetSpec reads back the same
 * through every adapter, after save and reopen.
 */
import type { SheetSpec } from "../../src/core/sheet-spec";
import type { CellEdges } from "../../src/workbook/sheet-layout";
import type { ContractSubject } from "./workbook-contract";

export interface LayoutCellView {
  bold: boolean;
  fontSize: number | null;
  wrap: boolean;
  horizontal: string | null;
  vertical: string | null;
  edges: CellEdges;
  locked: boolean;
  /** '#RRGGBB' upper case, or null. */
  fill: string | null;
}

/** What a host shows of a sheet's layout, read back by each adapter's test from the host itself. */
export interface LayoutView {
  /** Merged ranges, A1, sorted. */
  merges: string[];
  cell(row: number, column: number): LayoutCellView;
  /** Points, or null for the default height. */
  rowHeight(row: number): number | null;
  rowHidden(row: number): boolean;
  /** Characters, or null for the default width. */
  columnWidth(column: number): number | null;
  columnHidden(column: number): boolean;
  print: {
    area: string | null;
    orientation: "landscape" | "portrait" | null;
    a4: boolean;
    fit: { wide: number; tall: number | null } | null;
    titleRows: string | null;
  };
  autoFilter: string | null;
  protected: boolean;
  /** Workbook-scoped names (upper case) → 'Sheet!B3'. */
  names: Record<string, string>;
}

export const FORM_SHEET = "请假单";

export const formSpec: SheetSpec = {
  name: FORM_SHEET,
  columns: [],
  ifExists: "replace",
  layout: {
    values: [
      { at: "A1", values: [["教职工请假单"]] },
      {
        at: "A3",
        values: [
          ["姓名", null, "部门", null],
          ["类别", null, "天数", null],
        ],
      },
      {
        at: "A6",
        values: [
          ["日期", "事项", "天数"],
          [46304, "病假", 1],
          [46305, "事假", 2],
        ],
      },
      { at: "H1", values: [["图表数据"], [1], [2]] },
    ],
    styles: [
      { range: "A1:D1", style: { bold: true, fontSize: 16, horizontal: "center", vertical: "middle" } },
      { range: "A3:D4", style: { border: "grid", wrap: true } },
      { range: "A6:C8", style: { border: "grid" } },
      { range: "A6:C6", style: { bold: true, fill: "#DDEBF7" } },
      { range: "F1:F3", style: { border: "outline" } },
    ],
    merges: ["A1:D1"],
    columnWidths: [
      { column: 1, width: 12 },
      { column: 2, width: 20 },
    ],
    rowHeights: [{ row: 1, height: 30 }],
    hiddenColumns: [{ first: 8, last: 8 }],
    hiddenRows: [{ first: 10, last: 11 }],
    validations: [{ range: "B4", list: { kind: "values", values: ["病假", "事假", "公假"] } }],
    autoFilter: "A6:C8",
    print: {
      area: "A1:D8",
      orientation: "landscape",
      paper: "A4",
      fit: { wide: 1, tall: null },
      titleRows: { first: 1, last: 2 },
    },
    names: [
      { name: "申请人", cell: "B3" },
      { name: "LeaveDays", cell: "D4" },
    ],
    protection: { unlocked: ["B3", "D3", "B4", "D4"] },
  },
};

export function layoutContract(
  create: () => Promise<ContractSubject>,
  view: (s: ContractSubject, sheet: string) => Promise<LayoutView>,
): void {
  describe("printable layout", () => {
    test("values, merges, styles, borders, sizes and hidden lines come back after save and reopen", async () => {
      const s = await create();
      await s.port.ensureSheets([formSpec]);
      const r = await s.reopen();
      const [sheet] = await r.port.readSheets([FORM_SHEET]);
      expect(sheet?.values[0]?.[0]).toBe("教职工请假单");
      expect(sheet?.values[2]?.[0]).toBe("姓名");
      expect(sheet?.values[6]?.[1]).toBe("病假");
      expect(sheet?.values[2]?.[7]).toBe(2); // the hidden data area still holds its values
      const v = await view(r, FORM_SHEET);
      expect(v.merges).toEqual(["A1:D1"]);
      expect(v.cell(1, 1)).toMatchObject({ bold: true, fontSize: 16, horizontal: "center", vertical: "middle" });
      expect(v.cell(3, 1)).toMatchObject({ wrap: true, edges: { top: true, bottom: true, left: true, right: true } });
      expect(v.cell(6, 2)).toMatchObject({ bold: true, fill: "#DDEBF7" });
      expect(v.cell(7, 2).bold).toBe(false);
      // outline: only the outer edges of F1:F3
      expect(v.cell(2, 6).edges).toEqual({ top: false, bottom: false, left: true, right: true });
      expect(v.cell(1, 6).edges).toMatchObject({ top: true, bottom: false });
      expect(v.cell(3, 6).edges).toMatchObject({ top: false, bottom: true });
      expect(v.rowHeight(1)).toBeCloseTo(30, 0);
      expect(v.columnWidth(1)).toBeCloseTo(12, 0);
      expect(v.columnWidth(2)).toBeCloseTo(20, 0);
      expect(v.columnHidden(8)).toBe(true);
      expect(v.columnHidden(7)).toBe(false);
      expect(v.rowHidden(10)).toBe(true);
      expect(v.rowHidden(11)).toBe(true);
      expect(v.rowHidden(9)).toBe(false);
    });

    test("print setup, AutoFilter, dropdown, protection with input cells and workbook names", async () => {
      const s = await create();
      await s.port.ensureSheets([formSpec]);
      const r = await s.reopen();
      const v = await view(r, FORM_SHEET);
      expect(v.print).toEqual({
        area: "A1:D8",
        orientation: "landscape",
        a4: true,
        fit: { wide: 1, tall: null },
        titleRows: "1:2",
      });
      expect(v.autoFilter).toBe("A6:C8");
      expect(v.protected).toBe(true);
      expect(v.cell(3, 2).locked).toBe(false);
      expect(v.cell(4, 4).locked).toBe(false);
      expect(v.cell(3, 1).locked).toBe(true);
      expect(v.names).toMatchObject({ 申请人: `${FORM_SHEET}!B3`, LEAVEDAYS: `${FORM_SHEET}!D4` });
      expect(await r.inspect.validation(FORM_SHEET, 4, 2)).toMatchObject({
        type: "list",
        values: ["病假", "事假", "公假"],
      });
      expect(await r.inspect.validation(FORM_SHEET, 3, 2)).toBeNull();
    });

    test("replacing the sheet moves its names and print setup instead of piling them up; a second sheet keeps its own", async () => {
      const s = await create();
      await s.port.ensureSheets([
        formSpec,
        { ...formSpec, name: "其他", layout: { print: { orientation: "portrait", paper: "A4", area: "A1:B2" } } },
      ]);
      const second = await s.reopen();
      const moved: SheetSpec = {
        ...formSpec,
        layout: {
          ...formSpec.layout,
          names: [{ name: "申请人", cell: "C5" }],
          print: { orientation: "portrait", paper: "A4", titleRows: { first: 3, last: 3 } },
        },
      };
      await second.port.ensureSheets([moved]);
      const r = await second.reopen();
      const v = await view(r, FORM_SHEET);
      expect(v.names["申请人"]).toBe(`${FORM_SHEET}!C5`);
      expect(v.print).toMatchObject({ area: null, orientation: "portrait", fit: null, titleRows: "3:3" });
      expect((await view(r, "其他")).print).toMatchObject({ area: "A1:B2", orientation: "portrait" });
      expect((await r.port.listSheets()).map((x) => x.name)).toEqual([FORM_SHEET, "其他"]);
    });

    test("a layout mistake is refused with the sheet named, before anything is written", async () => {
      const s = await create();
      const bad: SheetSpec = { ...formSpec, layout: { merges: ["A1:B2", "B2:C3"] } };
      await expect(s.port.ensureSheets([bad])).rejects.toThrow(FORM_SHEET);
      const badName: SheetSpec = { ...formSpec, layout: { names: [{ name: "A1", cell: "B3" }] } };
      await expect(s.port.ensureSheets([badName])).rejects.toThrow("A1");
      expect((await s.port.listSheets()).map((x) => x.name)).not.toContain(FORM_SHEET);
    });
  });
}
