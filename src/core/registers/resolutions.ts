/** 决议追踪台账: decisions taken in meetings, tracked to completion (DOMAIN M6/M7, R23, R25). */
import { T, cite, at, col, dept, isoOf, msg, names, person, present, rule } from "./kit";
import { keyIndex } from "./lookup";
import type { Lifecycle, RegisterDef } from "./types";

/** A resolution is open until 已完成; 已延期 is open and says so itself. A blank state is not yet 已完成. */
export const RESOLUTION_LIFECYCLE: Lifecycle = {
  column: "状态",
  kind: "enum",
  states: [
    { value: "未开始", phase: "open", en: "Not started" },
    { value: "进行中", phase: "open", en: "In progress" },
    { value: "已延期", phase: "open", en: "Delayed", delayed: true },
    { value: "已完成", phase: "closed", en: "Done" },
  ],
  blank: "open",
  transitions: {
    未开始: ["进行中", "已延期", "已完成"],
    进行中: ["已延期", "已完成"],
    已延期: ["进行中", "已完成"],
    已完成: [],
  },
};

const deadlineAfterMeeting = rule(
  "date-order",
  "error",
  {
    default: msg(
      "{col}（{value}）早于会议 {meeting} 的会议日期（{meetingDate}），应不早于后者",
      "{col} ({value}) is before the date of meeting {meeting} ({meetingDate}); it must not be earlier",
    ),
  },
  (t, i, ctx) => {
    const due = t.date("完成时限", i);
    const meetingNo = t.text("会议编号", i);
    const meetings = ctx.tables.get("meetings");
    if (due === null || meetingNo === null || !meetings) return null;
    const row = keyIndex(meetings, "会议编号").get(meetingNo);
    const meetingDate = row === undefined ? null : meetings.date("会议日期", row);
    return meetingDate !== null && due < meetingDate
      ? [at(t, "完成时限", i, ctx, { meeting: meetingNo, meetingDate: isoOf(meetingDate) })]
      : null;
  },
);

const statusNeedsDate = rule(
  "status-needs-date",
  "error",
  { default: msg("状态为“已完成”时须填写{col}", "Status “已完成” (done) needs {col}") },
  (t, i, ctx) =>
    t.text("状态", i) === "已完成" && !present(t, "完成日期", i)
      ? [{ column: "完成日期", params: { col: names(t, ["完成日期"], ctx.lang) } }]
      : null,
);

export const resolutions: RegisterDef = {
  id: "resolutions",
  sheet: "决议追踪台账",
  lifecycle: RESOLUTION_LIFECYCLE,
  en: "Resolutions",
  tableName: "Resolutions",
  key: ["决议编号"],
  columns: [
    col("决议编号", "Resolution no.", T.text(), { required: true, unique: true }),
    col("会议编号", "Meeting no.", T.text(), { ref: { register: "meetings", column: "会议编号" } }),
    col("决议事项", "Resolution", T.text(), { required: true, width: 36 }),
    dept("责任部门", "Responsible dept.", { required: true }),
    person("责任人", "Owner"),
    col("完成时限", "Due date", T.date(), { required: true }),
    col("进度", "Progress (%)", T.percent()),
    col("状态", "Status", T.enumOf(["未开始", "进行中", "已完成", "已延期"]), { required: true }),
    col("完成日期", "Completed on", T.date()),
    col("最近跟踪日期", "Last follow-up", T.date()),
    col("备注", "Remarks", T.text(), { width: 24 }),
  ],
  source: ["R23"],
  rules: [cite(["R25"], deadlineAfterMeeting), statusNeedsDate],
};
