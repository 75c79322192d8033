import { makeSettings } from "../../../src/core/settings";
import { validateSheets } from "../../../src/core/validate";
import { calendar, d, recognitionOf, reg, sheetOf } from "./fixtures";

const meeting = { 会议编号: "M1", 会议主题: "周会", 会议日期: "2025-03-14", 主持人: "张" };
const resolution = { 决议编号: "R1", 决议事项: "x", 责任部门: "教务处", 完成时限: "2025-04-01", 状态: "进行中" };

function workbook() {
  const meetings = reg("meetings");
  const resolutions = reg("resolutions");
  // 会议台账 has a blank required cell; 决议 refers to a meeting that does not exist.
  const mv = sheetOf(meetings, [meeting, { ...meeting, 会议编号: "M2", 会议主题: null }]);
  const rv = sheetOf(resolutions, [{ ...resolution, 会议编号: "M9" }]);
  return {
    sheets: [
      { name: meetings.sheet, values: mv },
      { name: resolutions.sheet, values: rv },
      { name: "随手记", values: [["x"]] },
    ],
    recognitions: [recognitionOf(meetings.sheet, meetings, mv), recognitionOf(resolutions.sheet, resolutions, rv)],
    names: { meetings: meetings.sheet, resolutions: resolutions.sheet },
  };
}

describe("only: report some sheets, the others still serve as references", () => {
  const w = workbook();
  const base = {
    workbook: "w",
    sheets: w.sheets,
    recognitions: w.recognitions,
    settings: makeSettings(),
    calendar,
    asOf: d("2025-12-31"),
  };

  test("one sheet: only its report, and its references still resolve against the unreported register", () => {
    const report = validateSheets({ ...base, only: [w.names.resolutions] });
    expect(report.sheets.map((s) => s.sheet)).toEqual([w.names.resolutions]);
    expect(report.sheets[0]?.issues.map((i) => i.code)).toEqual(["row/reference"]);
    expect(report.unrecognized).toEqual([]);
    expect(report.summary).toEqual({ errors: 0, warnings: 1 });
  });

  test("sheet by sheet gives the same sheets and issues as all at once", () => {
    const whole = validateSheets(base);
    const parts = w.sheets.map((s) => validateSheets({ ...base, only: [s.name] }));
    expect(parts.flatMap((p) => p.sheets)).toEqual(whole.sheets);
    expect(parts.flatMap((p) => p.unrecognized)).toEqual(["随手记"]);
    expect(whole.sheets.find((s) => s.sheet === w.names.meetings)?.issues.map((i) => i.code)).toEqual([
      "cell/required",
    ]);
  });
});
