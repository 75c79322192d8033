/**
 * 周期工作 and 周期工作记录 (issue 17 §1; an extension to REGISTERS.md, documented in docs/deadlines.md): the office's
 * recurring duties — each with its 周期 (src/core/recurrence) — and the log whose rows close one occurrence each. The
 * template starts with the duties the sources give (DOMAIN.md T21–T29, T41, T49, T60, T61, T71, T74, T79, T82, T83,
 * T85), each citing its source id in 说明 so the office can see why a row is there and delete what does not apply.
 */
import { parseDuration } from "../calendar";
import { parseCycle } from "../recurrence/cycle";
import { T, at, col, dept, msg, person, rule } from "./kit";
import type { RegisterDef } from "./types";

const cycle = rule(
  "duty-cycle",
  "error",
  {
    default: msg(
      "{col}（{value}）无法识别：可写 每周一…每周日、每两周、每月末、每月N日、每季度末、每学期初、每学期末、每年M月D日",
      "{col} ({value}) is not a cycle: write every Monday … every Sunday, every two weeks, end of each month, day N of each month, end of each quarter, start of each semester, end of each semester, or every year on MM-DD (or the Chinese forms 每周一, 每月末 …)",
    ),
  },
  (t, i, ctx) => {
    const text = t.text("周期", i);
    return text === null || parseCycle(text) !== null ? null : [at(t, "周期", i, ctx)];
  },
);

/** 提前提醒: a plain number of working days, or a duration with its unit ("3工作日", "5天"). */
export function leadOf(text: string | null): { unit: "workdays" | "days"; amount: number } | null {
  if (text === null || text.trim() === "") return { unit: "workdays", amount: 0 };
  const plain = /^\s*(\d{1,3})\s*$/.exec(text);
  if (plain) return { unit: "workdays", amount: Number(plain[1]) };
  const d = parseDuration(text);
  if (d === null || (d.unit !== "workdays" && d.unit !== "days") || d.amount < 0) return null;
  return { unit: d.unit, amount: d.amount };
}

const lead = rule(
  "duty-lead",
  "error",
  {
    default: msg(
      "{col}（{value}）无法识别：写提前提醒的工作日数（如 3），或带单位（如“3工作日”“5天”）",
      "{col} ({value}) cannot be read: write the working days of notice (e.g. 3), or with a unit (“3工作日”, “5天”)",
    ),
  },
  (t, i, ctx) => (leadOf(t.text("提前提醒", i)) === null ? [at(t, "提前提醒", i, ctx)] : null),
);

/** The sources' duties: 事项, 周期, 提前提醒 (working days), 说明 citing the source id. */
const SOURCE_DUTIES: ReadonlyArray<readonly [string, string, number, string]> = [
  ["部门周会", "每周一", 0, "T21：每周一召开部门周会；T22：每周固定时间召开"],
  ["办公室内部例会", "每两周", 1, "T23：每 1～2 周召开一次，30～45 分钟，议程提前发布"],
  ["月度总结会", "每月末", 3, "T24：每月最后一周召开月度总结会"],
  ["项目月度会", "每月末", 3, "T25：每月末召开项目月度会"],
  ["跨部门协调会", "每两周", 2, "T26：每两周召开跨部门协调会；T27：或每月一次（按本校安排改为“每月N日”）"],
  ["专项小组内部会议", "每月末", 3, "T28：专项小组每月召开内部会议"],
  ["内部监督会议", "每月末", 3, "T29：每月召开内部监督会议"],
  ["服务改进会议", "每学期末", 10, "T41：每半年召开一次服务改进会议（按学期末安排）"],
  ["资产全面盘点", "每学期末", 10, "T49：每学期或每年进行一次全面盘点"],
  ["沟通记录抽查", "每月末", 3, "T60：每月抽查沟通记录"],
  ["意见箱反馈汇总", "每季度末", 5, "T61：每季度汇总意见箱反馈"],
  ["沟通技巧培训", "每年11月30日", 10, "T71：每年开展沟通技巧培训（日期按本校安排修改）"],
  ["年度培训计划", "每年9月1日", 10, "T74：每年制定年度培训计划（日期按本校安排修改）"],
  ["需求清单更新", "每学期初", 5, "T79：每学期更新需求清单"],
  ["沟通效果问卷", "每月20日", 3, "T82：每月开展员工沟通效果问卷（如每月）"],
  ["年度总结与实施报告", "每年12月31日", 10, "T83：年末形成年度总结与实施报告"],
  ["制度年度修订", "每年12月31日", 10, "T85：每年修订一次规章制度"],
];

export const recurringDuties: RegisterDef = {
  id: "recurring-duties",
  sheet: "周期工作",
  en: "Recurring duties",
  tableName: "RecurringDuties",
  key: ["事项"],
  columns: [
    col("事项", "Duty", T.text(), { required: true, unique: true, synonyms: ["工作事项", "例行工作"], width: 20 }),
    col("周期", "Cycle", T.text(), {
      required: true,
      synonyms: ["频次", "频率"],
      prompt: "必填。如 每周一、每两周、每月末、每月15日、每季度末、每学期初、每学期末、每年12月31日",
    }),
    col("提前提醒", "Notice", T.text(), {
      synonyms: ["提前提醒(工作日)", "提醒提前"],
      prompt: "提前几个工作日提醒，如 3；也可写“3工作日”“5天”",
    }),
    person("责任人", "Owner"),
    dept("责任部门", "Department"),
    col("最近完成日期", "Last done", T.date(true), { synonyms: ["上次完成日期"] }),
    col("说明", "Note", T.text(), { width: 40, synonyms: ["备注", "依据"] }),
  ],
  rules: [cycle, lead],
  starterRows: SOURCE_DUTIES.map(([duty, c, days, note]) => [duty, c, days, null, null, null, note]),
};

export const recurringLog: RegisterDef = {
  id: "recurring-log",
  sheet: "周期工作记录",
  en: "Recurring duty log",
  tableName: "RecurringDutyLog",
  columns: [
    col("事项", "Duty", T.text(), { required: true, ref: { register: "recurring-duties", column: "事项" }, width: 20 }),
    col("日期", "Date", T.date(true), { required: true, synonyms: ["完成日期"] }),
    person("完成人", "Done by"),
  ],
  rules: [],
};
