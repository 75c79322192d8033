import { CalendarCoverageError } from "../../../src/core/calendar";
import { errorText } from "../../../src/taskpane/shell/errors";

describe("errorText", () => {
  it("tells a failed page download apart from an Excel failure, in both languages", () => {
    const e = Object.assign(new Error("Loading chunk 512 failed.\n(error: https://localhost:3000/512.js)"), {
      name: "ChunkLoadError",
    });
    expect(errorText(e, "zh-CN")).toContain("重新打开任务窗格");
    expect(errorText(e, "en-US")).toContain("reopen the task pane");
    expect(errorText(e, "zh-CN")).not.toContain("Excel");
  });

  it("keeps the calendar's own wording for a year without holiday data", () => {
    expect(errorText(new CalendarCoverageError(2031), "zh-CN")).toContain("2031");
  });
});
