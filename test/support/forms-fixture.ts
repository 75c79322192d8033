/** A register workbook for the form tests: 参数设置 (with 学校名称), 人员名单 and 报销台账 with a few rows. */
import { XlsxWorkbook } from "../../src/xlsx/workbook";
import { workbookTemplateSpecs } from "../../src/core/templates";
import type { CellValue } from "../../src/core/sheet-spec";
import { parseIso } from "../../src/core/dates";

const d = (iso: string): number => parseIso(iso) as number;

/** 报销台账 rows in catalogue column order. */
export const CLAIMS: CellValue[][] = [
  [
    "BX-2025-001",
    "张三",
    "教务处",
    "办公费",
    d("2025-11-03"),
    d("2025-11-05"),
    320.5,
    2,
    "否",
    "王会计",
    null,
    "待审批",
  ],
  [
    "BX-2025-002",
    "李四",
    "总务处",
    "差旅费",
    d("2025-11-04"),
    d("2025-11-06"),
    1280,
    3,
    "是",
    "赵主任",
    d("2025-11-07"),
    "已审批",
  ],
  ["BX-2025-003", "王五", "教务处", "印刷费", d("2025-11-10"), d("2025-11-11"), 88, 1, "否", "赵主任", null, "待审批"],
];

export async function claimsWorkbook(
  rows: readonly CellValue[][] = CLAIMS,
  options: { school?: string } = {},
): Promise<XlsxWorkbook> {
  const wb = XlsxWorkbook.create();
  await wb.ensureSheets(workbookTemplateSpecs(["reimbursements"]));
  const params = (await wb.readSheets(["参数设置"]))[0]?.values ?? [];
  const at = params.findIndex((r) => r[0] === "学校名称");
  if (options.school && at >= 0)
    await wb.writeBlocks([{ sheet: "参数设置", row: at + 1, column: 2, values: [[options.school]] }]);
  await wb.writeBlocks([
    {
      sheet: "人员名单",
      row: 2,
      column: 1,
      values: [
        ["王会计", "财务处", "会计", "是"],
        ["赵主任", "综合办", "主任", "是"],
      ],
    },
  ]);
  if (rows.length > 0)
    await wb.writeBlocks([{ sheet: "报销台账", row: 2, column: 1, values: rows.map((r) => [...r]) }]);
  return wb;
}
