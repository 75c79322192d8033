/**
 * The settings sheets of REGISTERS.md. All are optional in a workbook: without them the defaults below apply, any
 * department text is accepted and the rules that need staff roles are skipped.
 */
import { T, col } from "./kit";
import type { ParameterDef, SettingsSheetDef } from "./types";

const workdays = { kind: "number", min: 0, integer: true } as const;
const ANY_UNIT = ["workdays", "days", "hours", "workhours"] as const;
const DAY_UNITS = ["workdays", "days"] as const;
/** A time limit after a start: any unit; a plain number is in `unit` (issue 10 §3). */
const limit = (unit: "workdays" | "days" | "hours") => ({ duration: { unit, units: ANY_UNIT } }) as const;
/** A lead before a meeting day: whole working or calendar days only (the rule works on the meeting's date). */
const lead = (unit: "workdays" | "days") => ({ duration: { unit, units: DAY_UNITS } }) as const;
/** A processing target that is also a KPI target in working days (K02/K03): "1工作日" is accepted, other units not. */
const workdayTarget = { duration: { unit: "workdays", units: ["workdays"] } } as const;

/** `参数设置` keys in REGISTERS.md order, with their defaults. */
export const PARAMETERS: readonly ParameterDef[] = [
  {
    key: "报销会计直批上限(元)",
    default: 500,
    kind: "number",
    min: 0,
    note: "会计可直接审批的报销金额上限（金额须小于此值），超出走正常审批流程",
  },
  {
    key: "简化采购上限(元)",
    default: 1000,
    kind: "number",
    min: 0,
    note: "办公用品、耗材采购可走简化审批的金额上限（金额须小于此值）",
  },
  {
    key: "传阅时限(工作日)",
    default: 3,
    ...workdays,
    ...limit("workdays"),
    note: "收文传阅开始后应在此工作日数内收回",
  },
  {
    key: "会议通知提前(工作日)",
    default: 5,
    ...workdays,
    ...lead("workdays"),
    source: ["T31", "T32"],
    note: "会议通知应至少提前的工作日数",
  },
  { key: "会议资料提前(天)", default: 3, ...workdays, ...lead("days"), note: "会议资料应至少提前分发的自然日数" },
  {
    key: "纪要初稿时限(工作日)",
    default: 2,
    ...workdays,
    ...limit("workdays"),
    note: "会后应在此工作日数内完成纪要初稿",
  },
  { key: "决议跟踪周期(天)", default: 7, ...workdays, ...limit("days"), note: "决议事项跟踪间隔（自然日）" },
  {
    key: "投诉核实时限(小时)",
    default: 24,
    kind: "number",
    min: 0,
    ...limit("hours"),
    source: ["T56", "T55"],
    note: "投诉接收后核实联系的时限（小时）",
  },
  {
    key: "投诉反馈时限(小时)",
    default: 48,
    kind: "number",
    min: 0,
    ...limit("hours"),
    note: "投诉接收后反馈处理结果的时限（小时）",
  },
  {
    key: "意见反馈时限(工作日)",
    default: 3,
    ...workdays,
    ...limit("workdays"),
    source: ["T54", "T12", "T13"],
    note: "建议、咨询类意见的反馈时限（工作日）",
  },
  {
    key: "报销提交时限(工作日)",
    default: 5,
    ...workdays,
    ...limit("workdays"),
    note: "费用发生后提交报销的时限（工作日）",
  },
  {
    key: "报销处理目标(工作日)",
    default: 1,
    ...workdays,
    ...workdayTarget,
    source: ["T45", "T43", "T44"],
    note: "报销审批处理目标（工作日），用于 KPI",
  },
  {
    key: "采购处理目标(工作日)",
    default: 3,
    ...workdays,
    ...workdayTarget,
    note: "采购订单处理目标（工作日），用于 KPI",
  },
  { key: "临期提醒(工作日)", default: 1, ...workdays, note: "期限前多少个工作日标记为临期" },
  {
    key: "上班时间",
    default: "08:30-12:00,14:00-17:30",
    kind: "text",
    format: "working-hours",
    note: "工作时段，用于按工作小时计算的时限",
  },
  {
    key: "审批周期基准(工作日)",
    default: 3,
    kind: "number",
    min: 0,
    note: "实施前的平均审批周期（工作日），KPI K01 的基准",
  },
  {
    key: "长期保管年限",
    default: 30,
    kind: "number",
    min: 1,
    integer: true,
    note: "保管期限为“长期”的档案保存年数（自归档年度末起算）",
  },
  {
    key: "短期保管年限",
    default: 10,
    kind: "number",
    min: 1,
    integer: true,
    note: "保管期限为“短期”的档案保存年数（自归档年度末起算）",
  },
  { key: "满意阈值(分)", default: 4, kind: "number", min: 1, note: "满意度调查中计为“满意”的最低分（5 分制）" },
  {
    key: "最小公开人数",
    default: 5,
    kind: "number",
    min: 1,
    integer: true,
    note: "分组统计少于此人数时不公开结果，保护匿名",
  },
  { key: "密级列表", default: "公开、内部、秘密、机密", kind: "list", note: "密级下拉列表的取值，用顿号分隔" },
  // Extensions to REGISTERS.md. The sources give no number for handling an incoming document (DOMAIN §9.9): one
  // working week is used only to fill a blank 办理期限 when the user asks for it (docs/deadlines.md).
  {
    key: "办理时限(工作日)",
    default: 5,
    ...workdays,
    ...limit("workdays"),
    note: "收文未填办理期限时，按收文日期后此工作日数补填（仅在选择“补填办理期限”时使用）",
  },
  // Chinese procedure for periods (issue 10 §3, docs/deadlines.md): a calendar-day or clock-hour limit ending on a
  // day off ends on the first working day after it; a lead before a meeting moves to the working day before.
  {
    key: "期限遇节假日顺延",
    default: "是",
    kind: "bool",
    note: "按天或小时计算的时限，最后一天遇节假日或休息日时顺延到其后第一个工作日（会前提前量则提前到之前的工作日）；填“否”则不顺延",
  },
  // T06 (issue 10): the notice and materials leads apply to the meeting types the sources give them (docs/deadlines.md).
  {
    key: "会前提前适用类型",
    default: "月度总结会、跨部门协调会、监督会议、其他",
    kind: "list",
    source: ["T06"],
    note: "会议通知提前、会议资料提前只适用于这些会议类型（顿号分隔）；部门周会、专题会议默认不设提前量，未填会议类型的会议照常适用",
  },
  // K06 adds paper issued in one unit only; other units convert through this table (issue 10, docs/KPI.md).
  {
    key: "纸张单位换算",
    default: "",
    kind: "text",
    format: "unit-conversions",
    note: "纸张出库单位不一致时的换算，如“1箱=5包”（多条用顿号分隔）；未填时单位不一致的 K06 显示数据不足",
  },
  // Schools start terms on different days; KPI semesters follow them (docs/KPI.md).
  {
    key: "学期开始日期",
    default: "02-01、09-01",
    kind: "text",
    format: "semester-starts",
    note: "春季、秋季学期的开始日（月-日，用顿号分隔），KPI 按学期统计和周期工作的“每学期初/每学期末”使用",
  },
  // Survey import (docs/surveys.md): answer words or 问卷星 option positions the user confirmed as scores.
  {
    key: "评分映射",
    default: "",
    kind: "text",
    note: "满意度调查中未知答案或问卷星“按序号”导出的评分对应，如 很好=5；较好=4；序号1=5（导入时确认后写入）",
  },
  // Forms (docs/forms.md): the school's name printed above every form's title.
  { key: "学校名称", default: "", kind: "text", note: "打印在各类表单标题上方的学校名称（留空则不印）" },
  // Issue 17 §3: the remaining time limits of the sources on registers that exist (docs/deadlines.md cites each).
  {
    key: "会议申请提前(工作日)",
    default: 3,
    ...workdays,
    ...lead("workdays"),
    source: ["T30"],
    note: "会议申请表应至少提前的工作日数",
  },
  {
    key: "会议预演提前(天)",
    default: 1,
    ...workdays,
    ...lead("days"),
    source: ["T33"],
    note: "重要会议会场预演应至少提前的自然日数",
  },
  {
    key: "纪要签字时限(小时)",
    default: 24,
    kind: "number",
    min: 0,
    ...limit("hours"),
    source: ["T37"],
    note: "会议结束后主持人签字确认纪要的时限（小时）",
  },
  {
    key: "初步响应时限(小时)",
    default: 48,
    kind: "number",
    min: 0,
    ...limit("hours"),
    source: ["T53"],
    note: "建议、咨询类意见接收后初步响应的时限（小时）",
  },
  {
    key: "分派时限(工作日)",
    default: 1,
    ...workdays,
    ...limit("workdays"),
    source: ["T62"],
    note: "整改问题发现后审核分派的时限（工作日）",
  },
  {
    key: "进度反馈周期(工作日)",
    default: 2,
    ...workdays,
    ...limit("workdays"),
    source: ["T63"],
    note: "跨部门事项进行中时，进展反馈的间隔（工作日）",
  },
  {
    key: "紧急进度反馈周期(工作日)",
    default: 1,
    ...workdays,
    ...limit("workdays"),
    source: ["T63", "R52"],
    note: "紧急程度为“高”的跨部门事项、整改问题，进展反馈或跟踪的间隔（工作日；来源为“每日”）",
  },
  {
    key: "配合回复时限(工作日)",
    default: 1,
    ...workdays,
    ...limit("workdays"),
    source: ["T08"],
    note: "跨部门事项开始后，配合部门回复的时限（工作日）",
  },
  {
    key: "收文登记时限(工作日)",
    default: 0,
    ...workdays,
    ...limit("workdays"),
    source: ["T17", "R03"],
    note: "收到文件后登记的时限（工作日；0 = 收文当日登记）",
  },
];

export const parameterByKey: ReadonlyMap<string, ParameterDef> = new Map(PARAMETERS.map((p) => [p.key, p]));

/** Posts named in REGISTERS.md for `人员名单`.岗位; other posts are accepted (schools name posts differently). */
export const STAFF_ROLES: readonly string[] = [
  "主任",
  "副主任",
  "文员",
  "会计",
  "资产管理员",
  "会务专员",
  "部门负责人",
  "分管领导",
];

export const KPI_IDS: readonly string[] = Array.from({ length: 14 }, (_, i) => `K${String(i + 1).padStart(2, "0")}`);

export const PARAMETERS_SHEET: SettingsSheetDef = {
  id: "parameters",
  sheet: "参数设置",
  en: "Parameters",
  tableName: "Parameters",
  columns: [
    col("参数", "Parameter", T.text(), { required: true, width: 26 }),
    col("值", "Value", T.text(), { width: 26 }),
    col("说明", "Note", T.text(), { width: 60 }),
  ],
  rows: PARAMETERS.map((p) => [p.key, p.default, p.note]),
};

export const DEPARTMENTS_SHEET: SettingsSheetDef = {
  id: "departments",
  sheet: "部门",
  en: "Departments",
  tableName: "Departments",
  columns: [col("部门", "Department", T.text(), { required: true, width: 20 })],
  rows: [],
};

export const STAFF_SHEET: SettingsSheetDef = {
  id: "staff",
  sheet: "人员名单",
  en: "Staff",
  tableName: "Staff",
  columns: [
    col("姓名", "Name", T.text(), { required: true, width: 10 }),
    col("部门", "Department", T.text(), { departmentList: true, width: 16 }),
    col("岗位", "Post", T.text(), { width: 12 }),
    col("在岗", "On duty", T.bool()),
  ],
  rows: [],
};

export const HOLIDAY_OVERRIDES_SHEET: SettingsSheetDef = {
  id: "holiday-overrides",
  sheet: "节假日调整",
  en: "Holiday overrides",
  tableName: "HolidayOverrides",
  columns: [
    col("日期", "Date", T.date(), { required: true }),
    // 全年完整 marks a year's schedule complete (see core/calendar/overrides.ts); offered so a clerk can pick it.
    col("类型", "Kind", T.enumOf(["放假", "上班", "全年完整"]), { required: true }),
    col("说明", "Note", T.text(), { width: 30 }),
  ],
  rows: [],
};

export const KPI_TARGETS_SHEET: SettingsSheetDef = {
  id: "kpi-targets",
  sheet: "KPI目标",
  en: "KPI targets",
  tableName: "KpiTargets",
  columns: [
    col("指标编号", "KPI id", T.text(), { required: true, prompt: "必填。指标编号 K01–K14" }),
    col("目标值", "Target", T.decimal()),
    col("基准值", "Baseline", T.decimal()),
    col("值", "Value", T.decimal(), { synonyms: ["满意度"], width: 10 }),
  ],
  // Blank targets keep the built-in ones; the rows are there so a person sees which ids exist.
  rows: KPI_IDS.map((id) => [id, null, null, null]),
};

/** In the order templates create them. */
export const SETTINGS_SHEETS: readonly SettingsSheetDef[] = [
  PARAMETERS_SHEET,
  DEPARTMENTS_SHEET,
  STAFF_SHEET,
  HOLIDAY_OVERRIDES_SHEET,
  KPI_TARGETS_SHEET,
];
