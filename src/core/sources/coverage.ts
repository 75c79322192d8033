/**
 * The coverage table of issue 17: every source fact of shared/DOMAIN.md — time limits T01–T85 and rules R01–R67 — as
 * implemented (cited by the rule data that judges it: ./citations), configurable only (a 参数设置 key holds the
 * number, no rule judges rows by it), or out of scope, with the reason. docs/deadlines.md shows this table, rendered
 * by `coverageTable()`; test/core/sources/coverage.test.ts holds the data, the citations and the docs together.
 */
import { citations, type Citation } from "./citations";

export type CoverageStatus = "implemented" | "configurable" | "out-of-scope";

/** The registers of the recurring duties and the emergency timeline (issue 17 §1–§2). */
export type CalendarRegister = "周期工作" | "突发事件登记";

export interface SourceCoverage {
  id: string;
  status: CoverageStatus;
  /** Implemented by a register of issue 17 §1–§2: its starter duties (周期工作) or deadline rules (突发事件登记). */
  by?: CalendarRegister;
  /** What the fact is, for implemented and configurable ids; the reason, for ids out of scope. */
  note: string;
}

const I = (id: string, note: string): SourceCoverage => ({ id, status: "implemented", note });
const C = (id: string, note: string): SourceCoverage => ({ id, status: "configurable", note });
const O = (id: string, note: string): SourceCoverage => ({ id, status: "out-of-scope", note });
const D = (id: string, note: string): SourceCoverage => ({ id, status: "implemented", by: "周期工作", note });
const E = (id: string, note: string): SourceCoverage => ({ id, status: "implemented", by: "突发事件登记", note });

const NO_REGISTER = "no register records it";
const ENTERPRISE = "enterprise template (002)";
const NON_SCHOOL = "company rules (003), not the school";

export const SOURCE_COVERAGE: readonly SourceCoverage[] = [
  I("T01", "urgent information released within 2 h"),
  O(
    "T02",
    `urgent notice reaching everyone in 30 min (e.g.): ${NO_REGISTER} per recipient; T01's 2 h judges the release`,
  ),
  I("T03", "routine notice within 24 h"),
  I("T04", "routine information within 24 h"),
  I("T05", "standing notice 3 days before it takes effect"),
  C("T06", "ad-hoc 专题会议: a notice, no number; 会前提前适用类型 leaves it out of the leads"),
  O("T07", `IM reply within 2 working hours: ${ENTERPRISE}; ${NO_REGISTER}`),
  I("T08", "supporting department replies within 1 WD"),
  O("T09", `directives passed on the same day: ${NON_SCHOOL}`),
  O("T10", "changing the communication method: reported in advance, no number stated"),
  O("T11", `phone answered within 30 s: ${NO_REGISTER} (calls)`),
  C("T12", "general enquiry the same day (e.g.): 意见反馈时限 accepts 0工作日"),
  C("T13", "general enquiry within 2 working hours (e.g.): 意见反馈时限 accepts 2工作小时"),
  O("T14", "urgent matter handled immediately: no number stated"),
  O("T15", `copying within half an hour (e.g.): ${NO_REGISTER} (service-desk jobs)`),
  I("T16", "visitor reply deadline stated and kept"),
  I("T17", "incoming document registered at once (登记日期 = 收文日期)"),
  I("T18", "circulation within 3 WD"),
  O("T19", "特急 documents first: no number stated"),
  O("T20", "units notified promptly after issue: no number stated (date order only)"),
  D("T21", "weekly Monday meeting"),
  D("T22", "weekly meeting at a fixed time"),
  D("T23", "office meeting every 1–2 weeks"),
  D("T24", "monthly summary meeting, last week of the month"),
  D("T25", "project meeting at month end"),
  D("T26", "coordination meeting every 2 weeks"),
  D("T27", "coordination meeting monthly"),
  D("T28", "special-group meeting monthly"),
  D("T29", "internal supervision meeting monthly"),
  I("T30", "meeting application 3 WD before"),
  I("T31", "meeting notice 5 WD before"),
  C("T32", "notice 2 WD before after approval (enterprise): 会议通知提前 accepts 2"),
  I("T33", "venue rehearsal the day before an important meeting"),
  I("T34", "materials 3 days before"),
  I("T35", "meeting at most 2 h"),
  I("T36", "minutes draft within 2 WD"),
  I("T37", "minutes signed within 24 h of the meeting's end"),
  I("T38", "resolutions tracked to their 完成时限 (monthly statistics)"),
  I("T39", "task tracking weekly, overdue warned"),
  O(
    "T40",
    "quarterly KPI evaluation meeting: the KPI board computes quarters; the meeting itself is not in issue 17's duty list",
  ),
  D("T41", "half-yearly service improvement meeting"),
  I("T42", "reimbursement submitted within 5 WD"),
  I("T43", "approval cycle within 1 WD"),
  C("T44", "reimbursement cycle 3 → 1 day (short copy): 报销处理目标"),
  I("T45", "reimbursement processed within 1 WD"),
  I("T46", "purchase order within 3 WD"),
  O("T47", `demand forecast 1–2 months ahead: ${NO_REGISTER} (no forecast register)`),
  O("T48", "inventory updated in real time: no number; balances are recomputed on every check"),
  D("T49", "stocktake each semester or year"),
  O("T50", "supplier quotations periodically: no number stated"),
  I("T51", "yearly archive count and appraisal"),
  I("T52", "retention classes (years set in 参数设置)"),
  I("T53", "first response to feedback within 48 h"),
  I("T54", "feedback reply within 3 WD"),
  C("T55", "complaint handled within 24 h (short copy): 投诉核实时限; the detailed T56/T57 are judged"),
  I("T56", "complaint contact within 24 h"),
  I("T57", "complaint result within 48 h"),
  I("T58", "rectification followed up weekly"),
  I("T59", "inspection findings rectified by their deadline"),
  D("T60", "monthly spot check of communication records"),
  D("T61", "quarterly summary of suggestions"),
  I("T62", "problem dispatched within 1 WD"),
  I("T63", "progress every 2 WD, daily when urgent"),
  E("T64", "emergency contact within 30 min"),
  E("T65", "emergency report within 1 h"),
  E("T66", "emergency plan within 2 h"),
  E("T67", "progress every 4 h"),
  E("T68", "escalation when not controlled in 2 h"),
  E("T69", "review within 3 WD after closure"),
  E("T70", "report while handling"),
  D("T71", "yearly communication training"),
  O("T72", "quarterly all-staff training: a training cadence issue 17 does not list; a 周期工作 row can hold it"),
  O("T73", "2-week onboarding: a programme length; 培训记录 records sessions"),
  D("T74", "annual training plan"),
  O("T75", "monthly peer rating / quarterly overall rating: no assessment register (S10)"),
  O("T76", "3 service stars per quarter: no assessment register (S10)"),
  O("T77", "team building per quarter / semester: not in issue 17's duty list"),
  O("T78", "external study 2–3 times a year: not in issue 17's duty list"),
  D("T79", "needs list each semester"),
  O(
    "T80",
    "satisfaction survey each semester: surveys are imported when held (docs/surveys.md); not in issue 17's duty list",
  ),
  O("T81", "quarterly anonymous assessment: surveys are imported when held; not in issue 17's duty list"),
  D("T82", "monthly communication questionnaire"),
  D("T83", "year-end report"),
  O("T84", "plan phases: estimates for the plan itself (DOMAIN §2.10: not needed by the add-in)"),
  D("T85", "yearly revision of regulations"),

  I("R01", "incoming register's required fields"),
  I("R02", "收文编号 unique"),
  I("R03", "登记日期 = 收文日期"),
  O("R04", "签收章 and scan before 已登记: no such columns in REGISTERS.md; issue 17 does not list it"),
  I("R05", "份数 a positive integer"),
  I("R06", "circulation within 3 WD"),
  I("R07", "not filed while circulating"),
  I("R08", "electronic archive by 年度 and 类别 (paper 红头/非红头 not modelled)"),
  I("R09", "approval before issue"),
  O("R10", "特急 sorts first: no outgoing deadline to sort (T19 has no number)"),
  I("R11", "reviewer before issue"),
  I("R12", "two different proofreaders"),
  I("R13", "seal and distribution record on issue"),
  I("R14", "outgoing date order"),
  I("R15", "notice states 地点, 参会人员, 议程"),
  I("R16", "notice lead"),
  I("R17", "important meeting phone-confirmed"),
  I("R18", "application 3 WD before"),
  I("R19", "materials lead"),
  I("R20", "rehearsal the day before"),
  I("R21", "meeting length"),
  I("R22", "minutes draft 2 WD; signed within 24 h"),
  I("R23", "resolution needs 责任部门 and 完成时限"),
  I("R24", "minutes reviewed before distribution"),
  I("R25", "完成时限 not before the meeting"),
  I("R26", "reimbursement within 5 WD"),
  I("R27", "invoice attached"),
  I("R28", "会计 approves below 500 yuan"),
  I("R29", "simplified purchase below 1000 yuan"),
  O("R30", "automatic approval routing: the OA system's work; the add-in checks the thresholds (R28, R29)"),
  I("R31", "required fields of the forms"),
  I("R32", "low-stock warning"),
  I("R33", "asset register's required fields, unique 资产编号"),
  I("R34", "stocktake difference explained"),
  O("R35", "fund-usage ledger (F11): no such register in REGISTERS.md"),
  I("R36", "asset date order"),
  I("R37", "保管期限 永久/长期/短期"),
  I("R38", "归档类别"),
  I("R39", "paper and electronic copies cross-referenced"),
  O("R40", "archive access log (A2): no such register in REGISTERS.md"),
  I("R41", "destruction after expiry, appraised, 2 witnesses"),
  O(
    "R42",
    "yearly archive-count reminder: each file's appraisal is due on its own (T51); a 周期工作 row can hold the count",
  ),
  I("R43", "rectification's required fields"),
  I("R44", "来源 values"),
  I("R45", "closure confirmed"),
  I("R46", "late → 催办"),
  I("R47", "feedback category, owner, reply"),
  I("R48", "受理范围; first response 48 h"),
  I("R49", "complaint contact 24 h, result 48 h"),
  I("R50", "紧急程度 高/中/低"),
  I("R51", "dispatch within 1 WD; dispatch date recorded"),
  I("R52", "urgent progress daily (紧急程度 高)"),
  I("R53", "verification before acceptance"),
  I("R54", "coordination criteria and initiator's confirmation"),
  I("R55", "inspection finding's evidence before 已完成"),
  I("R56", "overdue → 预警分管领导"),
  I("R57", "reviewed before release"),
  I("R58", "e-mail subject 【YYYY年M月】"),
  I("R59", "only 公开 information released"),
  I("R60", "已阅 confirmations"),
  I("R61", "one liaison; reply deadline stated"),
  I("R62", "scores within the scale"),
  I("R63", "staff survey anonymous"),
  I("R64", "complainant's identity never leaves the register"),
  I("R65", "certificate needs both tests passed"),
  O("R66", "per-role authority matrix (岗位说明书): not modelled; only the 会计 threshold (R28) reads 岗位"),
  O("R67", "assessment weights: no service assessment register (S10)"),
];

/** Every id the sources define, in order: T01–T85, then R01–R67. */
export const SOURCE_IDS: readonly string[] = [
  ...Array.from({ length: 85 }, (_, i) => `T${String(i + 1).padStart(2, "0")}`),
  ...Array.from({ length: 67 }, (_, i) => `R${String(i + 1).padStart(2, "0")}`),
];

const STATUS_TEXT: Record<CoverageStatus, string> = {
  implemented: "implemented",
  configurable: "configurable only",
  "out-of-scope": "out of scope",
};

/** The cell of the "where" column: the citing rules; ids of the issue 17 §1–§2 registers are marked ‡. */
function whereText(c: SourceCoverage, cited: ReadonlyMap<string, readonly Citation[]>): string {
  const mark = c.by !== undefined ? " ‡" : "";
  const list = cited.get(c.id) ?? [];
  const shown =
    c.status === "implemented"
      ? list.filter((x) => x.kind !== "parameter")
      : list.filter((x) => x.kind === "parameter");
  return (shown.map((x) => `\`${x.where}\``).join(", ") || "—") + mark;
}

/** The markdown table docs/deadlines.md shows between its coverage markers. */
export function coverageTable(cited: ReadonlyMap<string, readonly Citation[]> = citations()): string {
  const lines = ["| id | status | where | what / why |", "|---|---|---|---|"];
  for (const c of SOURCE_COVERAGE)
    lines.push(`| ${c.id} | ${STATUS_TEXT[c.status]} | ${whereText(c, cited)} | ${c.note.replace(/\|/g, "\\|")} |`);
  return lines.join("\n");
}

export const COVERAGE_BEGIN = "<!-- coverage:begin (generated from src/core/sources/coverage.ts) -->";
export const COVERAGE_END = "<!-- coverage:end -->";
