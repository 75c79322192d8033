/** The 期限 page's 本周例行工作 and open-incident sections (issue 17): contents, both languages, and the clock's ticks. */
import { INCIDENT_HEADERS, OPEN_LEAK } from "../../../support/incident-rows";
import { renderToStaticMarkup } from "react-dom/server";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { computeWorkbookDeadlines } from "../../../../src/app/deadlines";
import { loadContext } from "../../../../src/app/load-context";
import { isoToSerial as d, parseIsoDateTime } from "../../../../src/core/dates";
import type { DeadlineItem } from "../../../../src/core/deadlines";
import type { CellValue } from "../../../../src/core/sheet-spec";
import { IncidentSection, RoutineSection } from "../../../../src/taskpane/pages/deadlines/CalendarSections";
import { incidentLines, startClock, weekOf, weekRoutine } from "../../../../src/taskpane/pages/deadlines/routine";
import { itemId } from "../../../../src/taskpane/pages/deadlines/view-model";
import { paneClock } from "../../../../src/taskpane/shell/clock";
import { MemoryWorkbook } from "../../../../src/workbook/memory";

const asOf = d("2026-12-03"); // Thursday
const dt = (text: string) => parseIsoDateTime(text) as number;

async function items(lang: "zh-CN" | "en-US" = "zh-CN"): Promise<DeadlineItem[]> {
  const wb = MemoryWorkbook.withSheets({
    周期工作: [
      ["事项", "周期", "提前提醒", "责任人", "责任部门", "最近完成日期", "说明"],
      ["部门周会", "每周一", 0, "王芳", null, null, "T21"],
      ["月度总结会", "每月末", 3, "孙强", null, null, "T24"],
      ["年度总结与实施报告", "每年12月31日", 10, null, "办公室", null, "T83"],
    ] as CellValue[][],
    周期工作记录: [
      ["事项", "日期", "完成人"],
      ["部门周会", d("2026-11-30"), "王芳"],
    ] as CellValue[][],
    突发事件登记: [
      [...INCIDENT_HEADERS],
      OPEN_LEAK,
      [
        "E2",
        "门禁故障",
        dt("2026-12-02 08:00"),
        "一般",
        "李老师",
        dt("2026-12-02 08:10"),
        dt("2026-12-02 08:40"),
        dt("2026-12-02 09:30"),
        dt("2026-12-02 09:50"),
        null,
        dt("2026-12-02 11:00"),
        null,
      ],
    ] as CellValue[][],
  });
  return computeWorkbookDeadlines(await loadContext(wb), asOf, lang).items;
}

const html = (node: React.ReactElement) =>
  renderToStaticMarkup(<FluentProvider theme={webLightTheme}>{node}</FluentProvider>);

describe("本周例行工作", () => {
  it("lists this week's occurrences, done or not", async () => {
    expect(weekOf(asOf)).toEqual({ from: d("2026-11-30"), to: d("2026-12-06") });
    const week = weekRoutine(await items(), asOf);
    expect(week.map((i) => [i.subject, i.status])).toEqual([
      ["部门周会", "done-on-time"],
      // Month end fell on Monday 11-30 and was not recorded.
      ["月度总结会", "overdue"],
    ]);
    const out = html(<RoutineSection items={week} lang="zh-CN" onSelect={() => undefined} />);
    expect(out).toContain("本周例行工作");
    expect(out).toContain("部门周会");
    expect(out).toContain("已完成 2026-11-30");
    expect(out).toContain("每周一");
  });

  it("says when nothing falls this week, in English too", () => {
    expect(html(<RoutineSection items={[]} lang="en-US" onSelect={() => undefined} />)).toContain(
      "No recurring duty falls this week",
    );
  });

  it("gives each occurrence of a duty its own id", async () => {
    const all = (await items()).filter((i) => i.subject === "部门周会");
    expect(all.length).toBeGreaterThan(1);
    expect(new Set(all.map(itemId)).size).toBe(all.length);
  });
});

describe("open incidents", () => {
  it("show the next step and the minutes left by the clock; ended ones are left out", async () => {
    const all = await items();
    expect(incidentLines(all, "2026-12-03 09:35", "zh-CN").map((l) => l.text)).toEqual([
      "E1 实验室漏水：下一步 提交紧急事项报告（1小时），还剩 25 分钟",
    ]);
    expect(incidentLines(all, "2026-12-03 10:05", "zh-CN")[0]?.text).toBe(
      "E1 实验室漏水：下一步 提交紧急事项报告（1小时），已超时 5 分钟",
    );
    expect(incidentLines(all, "2026-12-03 11:10", "zh-CN")[0]?.text).toContain("须报校长办公会（T68）");
    expect(incidentLines(await items("en-US"), "2026-12-03 09:59", "en-US")[0]?.text).toBe(
      "E1 实验室漏水: next, Submit the emergency report (1 h) — 1 minute left",
    );
  });

  it("renders with the injected clock", async () => {
    const out = html(
      <IncidentSection items={await items()} lang="zh-CN" now={() => "2026-12-03 09:35"} onSelect={() => undefined} />,
    );
    expect(out).toContain('data-minutes="25"');
    expect(out).toContain("还剩 25 分钟");
    expect(out).not.toContain("门禁故障");
    expect(
      html(<IncidentSection items={[]} lang="zh-CN" now={() => "2026-12-03 09:35"} onSelect={() => undefined} />),
    ).toBe(html(<></>));
  });

  it("counts down with the pane's own clock (Asia/Shanghai, whatever the computer's zone)", async () => {
    const all = await items();
    let instant = Date.UTC(2026, 11, 3, 1, 35); // 09:35 in Shanghai
    const clock = paneClock("", () => new Date(instant));
    const seen: string[] = [];
    let tick: () => void = () => undefined;
    startClock(
      clock.now,
      (time) => seen.push(incidentLines(all, time, "zh-CN")[0]?.text ?? ""),
      (fn) => {
        tick = fn;
        return () => undefined;
      },
    );
    expect(incidentLines(all, clock.now(), "zh-CN")[0]?.step.minutesLeft).toBe(25);
    instant += 7 * 60_000;
    tick();
    expect(seen).toEqual(["E1 实验室漏水：下一步 提交紧急事项报告（1小时），还剩 18 分钟"]);
  });

  it("re-reads the clock on each tick and reports only a changed time, until stopped", () => {
    let time = "2026-12-03 09:35";
    let tick: () => void = () => undefined;
    let stopped = false;
    const seen: string[] = [];
    const stop = startClock(
      () => time,
      (t) => seen.push(t),
      (fn, ms) => {
        expect(ms).toBeGreaterThan(0);
        tick = fn;
        return () => {
          stopped = true;
        };
      },
    );
    tick();
    time = "2026-12-03 09:36";
    tick();
    tick();
    time = "2026-12-03 09:40";
    tick();
    expect(seen).toEqual(["2026-12-03 09:36", "2026-12-03 09:40"]);
    stop();
    expect(stopped).toBe(true);
  });
});
