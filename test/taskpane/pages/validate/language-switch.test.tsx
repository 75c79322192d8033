/**
 * Structured findings in the pane (issue #11, item 6): the 检查 page shows the last check in the pane's language, so
 * switching language re-renders the same findings without reading or validating the workbook again.
 */
import { writeDirectly } from "../../../../src/taskpane/shell/writes";
import { renderToStaticMarkup } from "react-dom/server";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { loadContext } from "../../../../src/app/load-context";
import { validateContext } from "../../../../src/app/validate-workbook";
import { isoToSerial } from "../../../../src/core/dates";
import type { Lang } from "../../../../src/core/i18n";
import ValidatePage from "../../../../src/taskpane/pages/validate/ValidatePage";
import type { PageProps } from "../../../../src/taskpane/pages/types";
import { MemoryWorkbook } from "../../../../src/workbook/memory";

test("a check made in Chinese is shown in English after a switch, without validating again", async () => {
  const wb = MemoryWorkbook.withSheets({
    收文登记簿: [
      ["收文编号", "收文日期", "来文单位", "文件标题", "份数"],
      ["S1", "2025-02-30", "教育局", "关于开学", 1],
      ["S1", isoToSerial("2025-03-05"), null, "通知", -1],
    ],
  });
  const ctx = await loadContext(wb);
  let validations = 0;
  const report = validateContext(ctx, { workbook: "台账", asOf: isoToSerial("2025-12-31"), lang: "zh-CN" });
  validations++;
  // The pane's port after the check: any read (the first step of validating again) fails the test.
  const port = Object.assign(wb, {
    readSheets: () => {
      validations++;
      throw new Error("validated again");
    },
  });
  const page = (lang: Lang) => {
    const props: PageProps = {
      port,
      lang,
      today: () => "2025-12-31",
      now: () => "2025-12-31 09:00",
      loadContext: () => Promise.reject(new Error("validated again")),
      watchChanges: null,
      chartsAvailable: true,
      copyText: async () => undefined,
      navigate: () => undefined,
      lastCheck: { report, ctx, at: "2025-12-31 09:00" },
      recordCheck: () => undefined,
      write: writeDirectly(port),
    };
    return renderToStaticMarkup(
      <FluentProvider theme={webLightTheme}>
        <ValidatePage {...props} />
      </FluentProvider>,
    );
  };
  const zh = page("zh-CN");
  const en = page("en-US");
  const has = (html: string, text: string) => html.includes(text);
  expect(has(zh, "“2025-02-30”不是日历上存在的日期")).toBe(true);
  expect(has(en, "不是日历上存在的日期")).toBe(false);
  expect(has(en, "Date received (收文日期): “2025-02-30” is not a day of the calendar")).toBe(true);
  expect(has(en, "Incoming no. (收文编号) “S1” repeats row 2")).toBe(true);
  expect(validations).toBe(1);
});
