/**
 * The derived-sheet registry: one entry per generated sheet, run in order by `ledger refresh`, by id from the pane,
 * and the names recognition sets apart. Each entry's declared sheet and protection are what its refresh writes.
 */
import {
  DERIVED_SHEETS,
  DERIVED_SHEET_NAMES,
  derivedSheet,
  derivedSheetFlags,
  type DerivedSheetRun,
} from "../../src/app/derived-sheets";
import { loadContext } from "../../src/app/load-context";
import { isoToSerial, ymdToSerial } from "../../src/core/dates";
import type { SheetSpec } from "../../src/core/sheet-spec";
import { MemoryWorkbook } from "../../src/workbook/memory";

class RecordingWorkbook extends MemoryWorkbook {
  specs: SheetSpec[] = [];
  override async ensureSheets(specs: readonly SheetSpec[]): Promise<void> {
    this.specs.push(...specs);
    return super.ensureSheets(specs);
  }
}

const d = ymdToSerial;
function workbook(): RecordingWorkbook {
  const wb = new RecordingWorkbook();
  const filled = MemoryWorkbook.withSheets({
    问题整改台账: [
      [
        "问题编号",
        "来源",
        "问题描述",
        "发现日期",
        "责任部门",
        "责任人",
        "整改措施",
        "完成时限",
        "最近跟踪日期",
        "状态",
      ],
      ["ZG-1", "内部监督小组发现", "食堂", d(2025, 9, 1), "总务处", "张伟", "检查", d(2025, 9, 29), null, "整改中"],
    ],
    整改状态: [["旧的整改状态"]],
    KPI看板: [["旧的看板"]],
    Sheet9: [["随便"]],
  });
  Object.assign(wb, filled);
  return wb;
}

describe("DERIVED_SHEETS", () => {
  it("lists 期限总览, KPI看板, 整改状态 and 满意度汇总 in refresh order, with their owners and flags", () => {
    expect(DERIVED_SHEETS.map((x) => [x.id, x.sheet, x.owner, x.protected])).toEqual([
      ["deadlines", "期限总览", "deadlines", false],
      ["kpi", "KPI看板", "kpi", true],
      ["rectification", "整改状态", "rectification", true],
      ["survey", "满意度汇总", "survey", true],
    ]);
    expect(DERIVED_SHEET_NAMES).toEqual(["期限总览", "KPI看板", "整改状态", "满意度汇总"]);
    // The names recognition loads without the builders are exactly the registry's, in its order.
    expect(DERIVED_SHEET_NAMES).toEqual(DERIVED_SHEETS.map((d) => d.sheet));
    expect(derivedSheetFlags()).toEqual({ strings: ["period"], booleans: ["fill-due"] });
    expect(derivedSheet("rectification")?.sheet).toBe("整改状态");
    expect(derivedSheet("nope")).toBeUndefined();
  });

  it("recognition sets every registered sheet apart, and only those", async () => {
    const ctx = await loadContext(workbook());
    expect(ctx.recognition.generated).toEqual(["整改状态", "KPI看板"]);
    expect(ctx.recognition.unrecognized).toEqual(["Sheet9"]);
  });

  it.each(DERIVED_SHEETS.map((x) => [x.id, x] as const))(
    "%s writes the sheet it declares, protected as declared",
    async (_id, entry) => {
      const wb = workbook();
      const ctx = await loadContext(wb);
      const run: DerivedSheetRun = {
        port: wb,
        ctx,
        asOf: isoToSerial("2025-10-31"),
        lang: "zh-CN",
        options: {},
        updatedAt: "2025-10-31 09:00",
        charts: { available: true },
      };
      const out = await entry.refresh(run);
      const spec = wb.specs.find((s) => s.name === entry.sheet);
      if (entry.id === "survey") {
        // Without survey responses in 满意度调查 there is nothing to summarise: no sheet, no line (tested with data in
        // test/app/survey.test.ts).
        expect(spec).toBeUndefined();
        expect(out.lines).toEqual([]);
        return;
      }
      expect(spec).toBeDefined();
      expect(spec?.protect === true).toBe(entry.protected);
      expect(spec?.ifExists).toBe("replace");
      expect(out.lines.length).toBeGreaterThan(0);
    },
  );

  it("runs the rectification entry for the period its flag names", async () => {
    const wb = workbook();
    const ctx = await loadContext(wb);
    const out = await derivedSheet("rectification")!.refresh({
      port: wb,
      ctx,
      asOf: isoToSerial("2025-10-31"),
      lang: "en-US",
      options: { period: "2025-10" },
      updatedAt: "x",
      charts: { available: true },
    });
    expect(out.lines[0]).toBe(
      "整改状态: 2025-10 1 items, 1 open (1 overdue; Warn the leader in charge 1), 0 closed this period",
    );
    const [sheet] = await wb.readSheets(["整改状态"]);
    expect(sheet?.values[0]?.[0]).toBe("Rectification status — 2025-10");
  });
});
