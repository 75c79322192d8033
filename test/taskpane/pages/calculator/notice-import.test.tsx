/** 导入国务院节假日通知 on the calculator page: the preview's rows and sentences, and the view in both languages. */
import fs from "node:fs";
import path from "node:path";
import { renderToStaticMarkup } from "react-dom/server";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { importHolidayNotice } from "../../../../src/app/import-holiday-notice";
import { MemoryWorkbook } from "../../../../src/workbook/memory";
import {
  NoticeImportView,
  type NoticeImportViewProps,
} from "../../../../src/taskpane/pages/calculator/NoticeImportView";
import { describeImport, previewNotice } from "../../../../src/taskpane/pages/calculator/notice-import";

const NOTICE_2026 = fs.readFileSync(path.join(__dirname, "../../../fixtures/notices/2026.txt"), "utf8");
const html = (node: React.ReactElement) =>
  renderToStaticMarkup(<FluentProvider theme={webLightTheme}>{node}</FluentProvider>);
const noop = () => undefined;
const base: Omit<NoticeImportViewProps, "lang"> = {
  text: "",
  onTextChange: noop,
  onPreview: noop,
  preview: null,
  onConfirm: noop,
  writing: false,
  done: null,
  error: null,
};

describe("previewNotice", () => {
  it("gives the year, a count and every row with weekday and labels", () => {
    const p = previewNotice(NOTICE_2026, "zh-CN");
    if (!p.ok) throw new Error(p.message);
    expect(p.summary).toBe("2026 年：放假 33 天，调休上班 6 天，共 39 行");
    expect(p.rows[0]).toEqual({ date: "2026-01-01", weekday: "星期四", kind: "放假", kindLabel: "放假", name: "元旦" });
    expect(p.rows[3]).toEqual({ date: "2026-01-04", weekday: "星期日", kind: "上班", kindLabel: "上班", name: "元旦" });
    const en = previewNotice(NOTICE_2026, "en-US");
    expect(en.ok && en.summary).toBe("2026: 33 days off, 6 make-up working days, 39 rows");
    expect(en.ok && en.rows[3]).toMatchObject({ weekday: "Sunday", kindLabel: "Working day" });
  });

  it("says what is wrong with text that is not a notice, in both languages", () => {
    expect(previewNotice("会议纪要：下周一开会。", "zh-CN")).toEqual({
      ok: false,
      message: "无法从文字中看出年份。请连同标题“国务院办公厅关于 2027 年部分节假日安排的通知”一起粘贴，或指定年份。",
    });
    const en = previewNotice("国务院办公厅关于2027年部分节假日安排的通知", "en-US");
    expect(en.ok ? "" : en.message).toContain("No holiday items for 2027 were found");
  });

  it("describes what was written, in both languages", async () => {
    const p = previewNotice(NOTICE_2026, "zh-CN");
    if (!p.ok) throw new Error(p.message);
    const result = await importHolidayNotice(new MemoryWorkbook(), p.notice);
    expect(describeImport(result, "zh-CN")).toEqual([
      "已写入「节假日调整」：2026 年 39 行和“全年完整”标记，替换了 0 行旧的安排。",
      "工作簿原来没有「节假日调整」，已按模板新建。",
    ]);
    expect(describeImport({ ...result, created: false, keptOnNoticeDates: [5, 9] }, "en-US")).toEqual([
      "Written to 节假日调整: 39 rows for 2026 and the 全年完整 row, replacing 0 earlier rows.",
      "Rows 5, 9 are the school's own adjustments on dates the notice lists; they were kept and they win.",
    ]);
  });
});

describe("NoticeImportView", () => {
  it("shows the paste box and the preview button, in either language", () => {
    const zh = html(<NoticeImportView {...base} lang="zh-CN" />);
    expect(zh).toContain("导入国务院节假日通知");
    expect(zh).toContain("通知全文");
    expect(zh).toContain("预览");
    expect(zh).not.toContain(">写入「节假日调整」</button>");
    const en = html(<NoticeImportView {...base} lang="en-US" />);
    expect(en).toContain("Import the State Council holiday notice");
    expect(en).toContain("Preview");
  });

  it("shows the preview table with the year and count, and the confirm button", () => {
    const out = html(
      <NoticeImportView {...base} lang="zh-CN" text={NOTICE_2026} preview={previewNotice(NOTICE_2026, "zh-CN")} />,
    );
    expect(out).toContain("2026 年：放假 33 天，调休上班 6 天，共 39 行");
    expect(out).toContain("2026-02-14");
    expect(out).toContain("<th");
    expect(out.match(/<tr/g)?.length).toBe(40);
    expect(out).toContain(">写入「节假日调整」</button>");
    expect(out).toContain("全年完整");
  });

  it("puts a bad text's message on the field, and shows the outcome after writing", () => {
    const bad = html(<NoticeImportView {...base} lang="en-US" text="x" preview={previewNotice("x", "en-US")} />);
    expect(bad).toContain("The text does not say which year it is for");
    expect(bad).not.toContain(">Write into 节假日调整</button>");
    const done = html(
      <NoticeImportView
        {...base}
        lang="zh-CN"
        done={["已写入「节假日调整」：2026 年 39 行和“全年完整”标记，替换了 0 行旧的安排。"]}
      />,
    );
    expect(done).toContain("notice-done");
    expect(done).toContain("替换了 0 行旧的安排");
  });
});
