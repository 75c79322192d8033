/**
 * Issue 10 §4 (T06): the 5-WD notice lead of T31 (and the materials lead of T34) apply only to the meeting types the
 * sources give them — configurable in 参数设置 会前提前适用类型 — and a lead item is done when its date is filled, or
 * moot once the meeting has been held.
 */
import { createCalendar } from "../../../src/core/calendar";
import { isoToSerial as s } from "../../../src/core/dates";
import { computeDeadlines, createDeadlineContext, deadlinesToJson, statusLabel } from "../../../src/core/deadlines";
import { readSettings } from "../../../src/core/settings";
import type { CellValue } from "../../../src/core/sheet-spec";
import { check } from "../validate/fixtures";
import { fakeTable } from "./support";

const cal = createCalendar();
const settingsWith = (rows: CellValue[][] = []) =>
  readSettings([{ name: "参数设置", values: [["参数", "值"], ...rows] }]).settings;
const meeting = (no: string, type: string | null, date: string, extra: Record<string, string> = {}) => ({
  会议编号: no,
  会议主题: `会议${no}`,
  会议类型: type,
  会议日期: date,
  主持人: "张主任",
  记录人: "赵敏",
  ...extra,
});
const run = (rows: ReturnType<typeof meeting>[], asOf: string, params: CellValue[][] = []) =>
  computeDeadlines([fakeTable("meetings", rows)], createDeadlineContext(settingsWith(params), cal, s(asOf), "zh-CN"));

describe("which meeting types carry the notice and materials leads", () => {
  it("部门周会 and 专题会议 have no lead items; 月度总结会, 跨部门协调会, 监督会议, 其他 and an untyped meeting do", () => {
    const rows = [
      meeting("M1", "部门周会", "2026-11-30"),
      meeting("M2", "专题会议", "2026-11-30"),
      meeting("M3", "月度总结会", "2026-11-30"),
      meeting("M4", "跨部门协调会", "2026-11-30"),
      meeting("M5", "监督会议", "2026-11-30"),
      meeting("M6", "其他", "2026-11-30"),
      meeting("M7", null, "2026-11-30"),
    ];
    const leads = run(rows, "2026-11-16")
      .items.filter((i) => i.rule.id === "meeting-notice")
      .map((i) => i.key);
    expect(leads).toEqual(["M3", "M4", "M5", "M6", "M7"]);
    const materials = run(rows, "2026-11-16")
      .items.filter((i) => i.rule.id === "meeting-materials")
      .map((i) => i.key);
    expect(materials).toEqual(["M3", "M4", "M5", "M6", "M7"]);
    // Every type still gets its minutes draft.
    expect(run(rows, "2026-12-01").items.filter((i) => i.rule.id === "minutes-draft")).toHaveLength(7);
  });

  it("the office can list the types itself", () => {
    const rows = [meeting("M1", "部门周会", "2026-11-30"), meeting("M3", "月度总结会", "2026-11-30")];
    const leads = run(rows, "2026-11-16", [["会前提前适用类型", "部门周会"]]).items.filter(
      (i) => i.rule.id === "meeting-notice",
    );
    expect(leads.map((i) => i.key)).toEqual(["M1"]);
  });

  it("validation's row/notice-lead follows the same types", () => {
    const late = { 通知发送日期: "2026-11-27" };
    expect(
      check("meetings", [meeting("M1", "部门周会", "2026-11-30", late)]).filter((i) => i.code === "row/notice-lead"),
    ).toEqual([]);
    expect(
      check("meetings", [meeting("M3", "月度总结会", "2026-11-30", late)]).filter((i) => i.code === "row/notice-lead"),
    ).toHaveLength(1);
  });
});

describe("a lead item once the meeting has been held", () => {
  it("is moot, not overdue and not escalated, and says so", () => {
    // A monthly meeting held 11-02 without a recorded notice, judged on 11-20.
    const r = run([meeting("M3", "月度总结会", "2026-11-02", { 状态: "已召开" })], "2026-11-20");
    const notice = r.items.find((i) => i.rule.id === "meeting-notice");
    expect(notice).toMatchObject({ status: "moot", overdueWorkdays: 0, escalation: null });
    expect(statusLabel("moot", "zh-CN")).toBe("已过会期（未记录）");
    expect(statusLabel("moot", "en-US")).toBe("Moot (meeting held, not recorded)");
    expect(deadlinesToJson(r, "zh-CN").items.find((i) => i.deadline === "meeting-notice")?.status).toBe("moot");
  });

  it("is done when the notice date is filled, late or not", () => {
    const r = run([meeting("M3", "月度总结会", "2026-11-30", { 通知发送日期: "2026-11-25" })], "2026-12-10");
    expect(r.items.find((i) => i.rule.id === "meeting-notice")).toMatchObject({ status: "done-late" });
  });

  it("is still overdue on the meeting day itself", () => {
    const r = run([meeting("M3", "月度总结会", "2026-11-30")], "2026-11-30");
    expect(r.items.find((i) => i.rule.id === "meeting-notice")?.status).toBe("overdue");
  });
});
