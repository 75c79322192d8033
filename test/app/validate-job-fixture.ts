/** A small workbook as a validation job: 会议台账 (one blank 主持人), 决议 (one unknown 会议编号) and an unrecognised sheet. */
import type { ValidateJob } from "../../src/app/validate-job";
import { d, reg, sheetOf } from "../core/validate/fixtures";

const meeting = { 会议编号: "M1", 会议主题: "周会", 会议日期: "2025-03-14", 主持人: "张" };
const resolution = { 决议编号: "R1", 决议事项: "x", 责任部门: "教务处", 完成时限: "2025-04-01", 状态: "进行中" };

/** `meetingsCount` 会议台账 rows + 2 决议 rows of data. */
export function sampleJob(sheet: string | null = null, meetingsCount = 40): ValidateJob {
  const meetings = Array.from({ length: meetingsCount }, (_, i) => ({
    ...meeting,
    会议编号: `M${i + 1}`,
    主持人: i === 3 ? null : "张",
  }));
  return {
    workbook: "w",
    sheets: [
      { name: reg("meetings").sheet, values: sheetOf(reg("meetings"), meetings) },
      {
        name: reg("resolutions").sheet,
        values: sheetOf(reg("resolutions"), [
          { ...resolution, 会议编号: "M999" },
          { ...resolution, 决议编号: "R2", 会议编号: "M2" },
        ]),
      },
      { name: "随手记", values: [["x"]] },
    ],
    mappings: {},
    asOf: d("2025-12-31"),
    lang: "zh-CN",
    sheet,
  };
}
