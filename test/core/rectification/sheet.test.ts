/** The 整改状态 sheet: big numbers, the tables, the overdue list with escalation names and a chart over its data. */
import { isoToSerial } from "../../../src/core/dates";
import { parsePeriod, type Period } from "../../../src/core/kpi";
import {
  buildRectificationSheet,
  computeRectificationStatus,
  RECTIFICATION_SHEET,
} from "../../../src/core/rectification";
import { calendar, fakeSettings, fakeTable, type Row } from "../kpi/fake-register";

const rows: Row[] = [
  {
    问题编号: "ZG-1",
    来源: "内部监督小组发现",
    发现日期: "2025-08-01",
    责任部门: "教务处",
    责任人: "李敏",
    完成时限: "2025-09-01",
    状态: "整改中",
    问题描述: "通风",
  },
  {
    问题编号: "ZG-2",
    来源: "师生反映",
    发现日期: "2025-10-01",
    责任部门: "总务处",
    完成时限: "2025-10-20",
    状态: "已完成",
    完成确认日期: "2025-10-16",
  },
];
const status = computeRectificationStatus({
  tables: new Map([["rectifications", fakeTable("rectifications", rows)]]),
  settings: fakeSettings({ staff: [{ name: "周主任", department: "综合办", role: "主任", onDuty: true }] }),
  calendar,
  asOf: isoToSerial("2025-10-31"),
  period: parsePeriod("2025Q4") as Period,
  lang: "zh-CN",
});

describe("buildRectificationSheet", () => {
  const { spec, layout } = buildRectificationSheet({ status, lang: "zh-CN", updatedAt: "2025-10-31 10:30" });
  const at = (sheetRow: number) => spec.rows?.[sheetRow - (spec.headerRow ?? 1) - 1] ?? [];

  it("is a generated, protected, A4 landscape sheet replaced on refresh", () => {
    expect(spec).toMatchObject({
      name: RECTIFICATION_SHEET,
      protect: true,
      ifExists: "replace",
      page: { orientation: "landscape", paper: "A4" },
    });
    expect(spec.titleRows?.[0]).toEqual(["整改状态 — 2025年第4季度"]);
    expect(spec.titleRows?.[2]?.[0]).toContain("更新于 2025-10-31 10:30");
  });

  it("puts the big numbers under their headers, K09 beside the closure rate", () => {
    expect(spec.columns.slice(0, 6).map((c) => c.header)).toEqual([
      "未完成",
      "已逾期",
      "本期销号",
      "销号率(%)",
      "K09 整改率(%)",
      "K09 目标(%)",
    ]);
    expect(at(5).slice(0, 6)).toEqual([1, 1, 1, 50, null, 100]); // no internal finding due in Q4: K09 has no data
  });

  it("lists the overdue items with working days late and the escalation person", () => {
    const r = layout.rows.overdue;
    expect(at(r)).toEqual(["逾期清单（最严重的在前）"]);
    expect(at(r + 2)).toEqual([
      "ZG-1",
      "教务处",
      "李敏",
      "2025-09-01",
      40,
      "报办公室负责人",
      "周主任",
      "整改中",
      "通风",
      2,
    ]);
  });

  it("draws the weekly chart over the 12 rows of week data", () => {
    const chart = spec.charts?.[0];
    const top = layout.rows.weeks + 1;
    expect(chart).toMatchObject({ type: "column", seriesBy: "columns", dataRange: `A${top}:C${top + 12}` });
    expect(at(top)).toEqual(["周（周一）", "周末未完成", "本周销号"]);
    expect(at(top + 12)).toEqual(["2025-10-27", 1, 0]);
    expect(at(top + 3)).toEqual(["2025-08-25", 1, 0]);
  });

  it("speaks English", () => {
    const en = buildRectificationSheet({ status, lang: "en-US", updatedAt: "x" }).spec;
    expect(en.name).toBe("整改状态");
    expect(en.columns[0]?.header).toBe("Open");
  });
});
