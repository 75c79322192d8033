/**
 * The workbook the browser tests open: a 收文登记簿 and a 报销台账 with planted mistakes whose cells the tests know, and
 * rows that are overdue as of the pinned clock. Headers come from the catalogue so a renamed column fails here first.
 */
import { isoToSerial } from "../../src/core/dates";
import { incomingDocuments } from "../../src/core/registers/incoming-documents";
import { rectifications } from "../../src/core/registers/rectifications";
import { reimbursements } from "../../src/core/registers/reimbursements";
import type { CellValue } from "../../src/core/sheet-spec";
import type { WorkbookSeed } from "../support/excel-fake/index";

/** The page clock is pinned here (harness: context.clock) so 期限 and KPI are the same on every run. */
export const PANE_NOW = "2026-11-20T10:00:00+08:00";
export const PANE_TODAY = "2026-11-20";

type Row = Record<string, CellValue>;

function sheetValues(headers: readonly string[], rows: readonly Row[]): CellValue[][] {
  for (const row of rows) {
    for (const key of Object.keys(row)) if (!headers.includes(key)) throw new Error(`e2e seed: no column ${key}`);
  }
  return [[...headers], ...rows.map((row) => headers.map((h) => row[h] ?? null))];
}

const d = isoToSerial;

export const INCOMING = "收文登记簿";
export const CLAIMS = "报销台账";
const DEPARTMENTS = "部门";
const DEPARTMENT_NAMES = ["教务处", "政教处", "总务处", "办公室", "教科室"];
export const INCOMING_HEADERS: readonly string[] = incomingDocuments.columns.map((c) => c.header);
const incomingHeaders = INCOMING_HEADERS;
const claimHeaders = reimbursements.columns.map((c) => c.header);

const incomingRows: Row[] = [
  // Row 2: still being handled, 办理期限 10 days before the pinned today → overdue on 期限.
  {
    收文编号: "SW-2026-101",
    收文日期: d("2026-11-02"),
    来文单位: "市教育局",
    文件标题: "关于开展校园安全隐患排查整治的通知",
    文件类型: "通知",
    密级: "公开",
    紧急程度: "加急",
    份数: 2,
    办理部门: "总务处",
    承办人: "张伟",
    办理期限: d("2026-11-10"),
    状态: "办理中",
  },
  // Row 3: closed on time.
  {
    收文编号: "SW-2026-102",
    收文日期: d("2026-11-03"),
    来文单位: "区教育局",
    文件标题: "关于报送教师培训计划的函",
    文件类型: "函",
    密级: "内部",
    份数: 1,
    办理部门: "教科室",
    承办人: "王芳",
    办理期限: d("2026-11-13"),
    办结日期: d("2026-11-12"),
    状态: "已办结",
  },
  // Row 4: the same 收文编号 as row 3 (cell/unique on 收文编号).
  {
    收文编号: "SW-2026-102",
    收文日期: d("2026-11-05"),
    来文单位: "市人社局",
    文件标题: "关于做好2026年秋季学期开学工作的通知",
    文件类型: "通知",
    密级: "公开",
    份数: 1,
    办理部门: "办公室",
    承办人: "李娜",
    办理期限: d("2026-11-30"),
    状态: "办理中",
  },
  // Row 5: a 收文日期 that is no date (cell/type on 收文日期).
  {
    收文编号: "SW-2026-104",
    收文日期: "2026-13-45",
    来文单位: "区财政局",
    文件标题: "关于印发学校财务管理办法的决定",
    文件类型: "决定",
    密级: "公开",
    份数: 1,
    办理部门: "总务处",
    承办人: "刘洋",
    状态: "已登记",
  },
];

const claimRows: Row[] = [
  {
    报销单号: "BX-2026-0301",
    申请人: "陈静",
    部门: "教务处",
    费用类别: "办公费",
    费用发生日期: d("2026-11-09"),
    提交日期: d("2026-11-10"),
    "金额(元)": 320,
    发票张数: 2,
    审批人: "杨磊",
    审批完成日期: d("2026-11-11"),
    状态: "已支付",
  },
  // Row 3: 提交日期 February 30th (cell/type on 提交日期).
  {
    报销单号: "BX-2026-0302",
    申请人: "张伟",
    部门: "总务处",
    费用类别: "维修费",
    费用发生日期: d("2026-11-12"),
    提交日期: "2026/02/30",
    "金额(元)": 860,
    发票张数: 1,
    审批人: "杨磊",
    状态: "待审批",
  },
  // Rows 4–6: approved this quarter in 1, 3 and 1 working days, so K02 (报销处理时间, target 1) has a sample of four
  // with a mean of 1.5 and row 5 among the rows that count against it.
  {
    报销单号: "BX-2026-0303",
    申请人: "王芳",
    部门: "教科室",
    费用类别: "印刷费",
    费用发生日期: d("2026-11-13"),
    提交日期: d("2026-11-16"),
    "金额(元)": 150,
    发票张数: 1,
    审批人: "杨磊",
    审批完成日期: d("2026-11-17"),
    状态: "已审批",
  },
  {
    报销单号: "BX-2026-0304",
    申请人: "李娜",
    部门: "办公室",
    费用类别: "差旅费",
    费用发生日期: d("2026-11-13"),
    提交日期: d("2026-11-16"),
    "金额(元)": 1280,
    发票张数: 3,
    审批人: "杨磊",
    审批完成日期: d("2026-11-19"),
    状态: "已审批",
  },
  {
    报销单号: "BX-2026-0305",
    申请人: "刘洋",
    部门: "政教处",
    费用类别: "邮寄费",
    费用发生日期: d("2026-10-30"),
    提交日期: d("2026-11-02"),
    "金额(元)": 46.5,
    发票张数: 1,
    审批人: "杨磊",
    审批完成日期: d("2026-11-03"),
    状态: "已支付",
  },
];

/** Cells the validation must point at (Excel addresses on their sheets). */
export const PLANTED = {
  duplicate: planted(INCOMING, incomingHeaders, 4, "收文编号"),
  badDate: planted(INCOMING, incomingHeaders, 5, "收文日期"),
  badClaimDate: planted(CLAIMS, claimHeaders, 3, "提交日期"),
};

function planted(sheet: string, headers: readonly string[], row: number, column: string) {
  return { sheet, row, column, address: `${columnLetter(headers, column)}${row}` };
}

/** Column letter of a header (the registers used here have fewer than 27 columns). */
function columnLetter(headers: readonly string[], header: string): string {
  const i = headers.indexOf(header);
  if (i < 0 || i > 25) throw new Error(`e2e seed: column ${header} is not within A–Z`);
  return String.fromCharCode(65 + i);
}

/** The two registers with their mistakes; date columns formatted as dates, as a user's workbook would be. */
export function registersSeed(): WorkbookSeed {
  const dateFormats = (headers: readonly string[], cols: readonly string[], rows: number) =>
    Object.fromEntries(
      cols.map((c) => [`${columnLetter(headers, c)}2:${columnLetter(headers, c)}${rows + 1}`, "yyyy-mm-dd"]),
    );
  return {
    sheets: [
      {
        name: INCOMING,
        values: sheetValues(incomingHeaders, incomingRows),
        numberFormats: dateFormats(incomingHeaders, ["收文日期", "办理期限", "办结日期"], incomingRows.length),
      },
      {
        name: CLAIMS,
        values: sheetValues(claimHeaders, claimRows),
        numberFormats: dateFormats(claimHeaders, ["费用发生日期", "提交日期", "审批完成日期"], claimRows.length),
      },
      // The office's department list, so every 办理部门/部门 above is valid and the planted mistakes are the only ones.
      { name: DEPARTMENTS, values: [["部门"], ...DEPARTMENT_NAMES.map((n) => [n])] },
    ],
    activeSheet: INCOMING,
  };
}

export const RECTIFICATIONS = "问题整改台账";
export const RECTIFICATION_HEADERS: readonly string[] = rectifications.columns.map((c) => c.header);

/**
 * 问题整改台账 as of the pinned Friday 2026-11-20 (no holiday in between): ZG-2026-01 due Fri 10-23 is 20 working days
 * late (10-23 … 11-20 = 21 → 20: 报办公室负责人), ZG-2026-02 due Fri 11-13 is 5 late (预警分管领导), ZG-2026-03 is open and
 * not yet due, ZG-2026-04 is closed.
 */
const rectificationRows: Row[] = [
  {
    问题编号: "ZG-2026-01",
    来源: "内部监督小组发现",
    问题描述: "食堂后厨排风不畅",
    发现日期: d("2026-10-09"),
    紧急程度: "高",
    责任部门: "总务处",
    责任人: "张伟",
    整改措施: "更换排风机",
    完成时限: d("2026-10-23"),
    最近跟踪日期: d("2026-11-02"),
    状态: "整改中",
  },
  {
    问题编号: "ZG-2026-02",
    来源: "师生反映",
    问题描述: "图书馆开放时间短",
    发现日期: d("2026-11-02"),
    责任部门: "教务处",
    责任人: "李敏",
    整改措施: "延长开放至21点",
    完成时限: d("2026-11-13"),
    状态: "待验收",
    效果验证: "已延长",
  },
  {
    问题编号: "ZG-2026-03",
    来源: "监督电话受理",
    问题描述: "宿舍热水不稳定",
    发现日期: d("2026-11-16"),
    责任部门: "总务处",
    责任人: "王芳",
    完成时限: d("2026-11-27"),
    状态: "待分派",
  },
  {
    问题编号: "ZG-2026-04",
    来源: "内部监督小组发现",
    问题描述: "消防通道堆放杂物",
    发现日期: d("2026-10-12"),
    责任部门: "总务处",
    责任人: "张伟",
    整改措施: "清理并张贴标识",
    完成时限: d("2026-10-30"),
    状态: "已完成",
    完成确认人: "周主任",
    完成确认日期: d("2026-10-29"),
    效果验证: "复查通畅",
  },
];

/** The two registers plus 问题整改台账 and 人员名单 (the escalation names), for the 整改 page. */
export function rectificationSeed(): WorkbookSeed {
  const base = registersSeed();
  const dates = ["发现日期", "完成时限", "最近跟踪日期", "完成确认日期", "反馈日期"];
  return {
    ...base,
    sheets: [
      ...base.sheets,
      {
        name: RECTIFICATIONS,
        values: sheetValues(RECTIFICATION_HEADERS, rectificationRows),
        numberFormats: Object.fromEntries(
          dates.map((c) => [
            `${columnLetter(RECTIFICATION_HEADERS, c)}2:${columnLetter(RECTIFICATION_HEADERS, c)}${rectificationRows.length + 1}`,
            "yyyy-mm-dd",
          ]),
        ),
      },
      {
        name: "人员名单",
        values: [
          ["姓名", "部门", "岗位", "在岗"],
          ["周主任", "办公室", "主任", "是"],
          ["陈分管", "总务处", "分管领导", "是"],
          ["王分管", "教务处", "分管领导", "是"],
        ],
      },
    ],
  };
}

/** Column letter of a 问题整改台账 header, for addresses in the tests. */
export const rectificationColumn = (header: string): string => columnLetter(RECTIFICATION_HEADERS, header);
