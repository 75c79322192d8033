/** The three new pages' views rendered to markup: labels, results and the accessible names the e2e tests use. */
import { renderToStaticMarkup } from "react-dom/server";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createCalendar } from "../../../src/core/calendar";
import { CalculatorView } from "../../../src/taskpane/pages/calculator/CalculatorView";
import { calculate } from "../../../src/taskpane/pages/calculator/view-model";
import { RegistersView } from "../../../src/taskpane/pages/registers/RegistersView";
import { ValidateView } from "../../../src/taskpane/pages/validate/ValidateView";

const html = (node: React.ReactElement) =>
  renderToStaticMarkup(<FluentProvider theme={webLightTheme}>{node}</FluentProvider>);
const noop = () => undefined;

describe("calculator view", () => {
  it("shows the result date with its weekday and the holidays crossed, in either language", () => {
    const props = {
      start: "2026-09-28",
      days: "5",
      onStartChange: noop,
      onDaysChange: noop,
      overrides: 1,
      busy: false,
      error: null,
    };
    const zh = html(
      <CalculatorView {...props} lang="zh-CN" result={calculate(createCalendar(), "2026-09-28", "5", "zh-CN")} />,
    );
    expect(zh).toContain("2026-10-10（星期六）");
    expect(zh).toContain("2026-10-01（星期四）放假 · ");
    expect(zh).toContain("开始日期");
    expect(zh).toContain("已计入本工作簿「节假日调整」中的 1 条调整");
    const en = html(
      <CalculatorView {...props} lang="en-US" result={calculate(createCalendar(), "2026-09-28", "5", "en-US")} />,
    );
    expect(en).toContain("2026-10-10 (Saturday)");
    expect(en).toContain("2026-10-10 (Saturday) ");
    // The calendar's name of a make-up day says what it is; the kind is not said twice.
    expect(en).not.toMatch(/Make-up working day · [^<]*make-up working day/i);
    expect(zh).not.toContain("调休上班 · 国庆节调休上班");
    expect(en).toContain("1 adjustment from this workbook");
  });

  it("puts an input error on its field", () => {
    const r = calculate(createCalendar(), "2026-09-28", "abc", "en-US");
    const out = html(
      <CalculatorView
        lang="en-US"
        start="2026-09-28"
        days="abc"
        onStartChange={noop}
        onDaysChange={noop}
        result={r}
        overrides={0}
        busy={false}
        error={null}
      />,
    );
    expect(out).toContain("Working days must be a whole number");
    expect(out).not.toContain("calculator-result");
  });
});

describe("validate view", () => {
  const report = {
    workbook: "w",
    asOf: "2026-11-20",
    sheets: [
      {
        sheet: "收文登记簿",
        register: "incoming-documents",
        rows: 8,
        issues: [{ row: 7, column: "收文编号", code: "cell/unique", severity: "error" as const, message: "重复" }],
      },
    ],
    unrecognized: [],
    summary: { errors: 1, warnings: 0 },
  };
  const base = {
    activeSheet: "收文登记簿" as string | null,
    scope: "workbook" as const,
    onScopeChange: noop,
    onCheck: noop,
    onCancel: noop,
    onMark: noop,
    onClear: noop,
    onSelect: noop,
    onGoRegisters: noop,
    ignored: new Set<string>(),
    onIgnore: noop,
    auto: false,
    autoAvailable: false,
    onAutoChange: noop,
    progress: { done: 0, total: 0 },
    error: null,
    notice: null,
  };

  it("lists issues as buttons with row, column and message, after the summary", () => {
    const out = html(<ValidateView {...base} lang="zh-CN" phase="idle" report={report} />);
    expect(out).toContain("错误 1 · 警告 0");
    expect(out).toContain("收文登记簿 · 第 7 行 · 收文编号：重复");
    expect(out).toContain('aria-label="问题列表"');
    // The severity in words, not !/?
    expect(out).toMatch(/>错误<\/div><span>收文登记簿 · 第 7 行/);
    expect(out).toContain(">下一条<");
    expect(out).toContain(">上一条<");
    expect(out).toContain('aria-label="搜索问题"');
    expect(out).toContain("第 1–1 条，共 1 条");
    // One sheet with problems: no chips to choose from, and no per-sheet table of 0/0 rows.
    expect(out).not.toContain("按工作表筛选");
    expect(out).not.toContain("<table");
    expect(out).toContain("自动检查（仅在 Excel 中可用）");
    expect(out).not.toContain('role="progressbar"');
  });

  it("shows progress with rows read and a cancel button while reading", () => {
    const out = html(
      <ValidateView {...base} lang="en-US" phase="reading" progress={{ done: 5000, total: 20000 }} report={null} />,
    );
    expect(out).toContain('role="progressbar"');
    expect(out).toContain("Reading: 5000 / 20000 rows");
    expect(out).toContain(">Cancel<");
  });

  it("counts checked rows while validating, and offers the whole workbook or the sheet in front by name", () => {
    const out = html(
      <ValidateView {...base} lang="zh-CN" phase="validating" progress={{ done: 15000, total: 30000 }} report={null} />,
    );
    expect(out).toContain("正在检查：15000 / 30000 行");
    expect(out).toContain('aria-valuenow="0.5"');
    expect(out).toContain(">整个工作簿<");
    expect(out).toContain(">当前工作表：收文登记簿<");
    const unknown = html(<ValidateView {...base} lang="en-US" phase="idle" activeSheet={null} report={null} />);
    expect(unknown).toContain(">Current sheet<");
  });

  it("says a check that found no register checked nothing, never that it found no problems", () => {
    const none = { ...report, sheets: [], unrecognized: ["Sheet1"], summary: { errors: 0, warnings: 0 } };
    const zh = html(<ValidateView {...base} lang="zh-CN" phase="idle" report={none} />);
    expect(zh).toContain("没有检查任何台账：未找到能识别的台账。");
    expect(zh).toContain("去「台账」建立或识别台账");
    expect(zh).not.toContain("未发现问题");
    expect(zh).not.toContain("错误 0 · 警告 0");
    expect(zh).toMatch(/<button[^>]*disabled=""[^>]*>加批注</);
    const en = html(<ValidateView {...base} lang="en-US" phase="idle" report={none} />);
    expect(en).toContain("Nothing was checked: no register was recognised.");
    expect(en).not.toContain("No problems found");
  });
});

describe("registers view", () => {
  it("names each add and column button after its sheet, and shows the mapping to confirm", () => {
    const out = html(
      <RegistersView
        lang="zh-CN"
        overview={{
          present: [
            {
              id: "resolutions",
              name: "决议追踪台账",
              sheet: "决议",
              label: "决议追踪台账 · 决议",
              score: 86,
              missing: ["责任人"],
              confirmed: false,
              stale: false,
            },
          ],
          absent: [{ id: "visitors", name: "来访登记", sheet: "来访登记", label: "来访登记" }],
          settingsMissing: ["部门"],
          unrecognized: [],
        }}
        mapping={{
          sheet: "决议",
          headerRow: 2,
          confirmed: false,
          rows: [{ header: "决议编号", index: 0, changed: false, letter: "A", sheetHeader: "编号", required: true }],
          columns: [
            { index: 0, letter: "A", text: "编号" },
            { index: 1, letter: "B", text: "事项" },
          ],
          doubles: [],
        }}
        onCorrect={noop}
        quick={null}
        onQuickOpen={noop}
        onQuickToggle={noop}
        onQuickConfirm={noop}
        onQuickCancel={noop}
        onAdd={noop}
        onSetup={noop}
        onShowMapping={noop}
        onConfirm={noop}
        onForget={noop}
        onCloseMapping={noop}
        busy={false}
        error={null}
        info={null}
      />,
    );
    expect(out).toContain('aria-label="添加 来访登记"');
    expect(out).toContain('aria-label="查看 决议 的列对应"');
    expect(out).toContain('aria-label="「决议编号」对应的列"');
    expect(out).toMatch(/<option value="0" selected="">A · 编号<\/option><option value="1">B · 事项<\/option>/);
    expect(out).not.toContain("映射");
    expect(out).toContain("匹配度 86%");
    expect(out).toContain("决议追踪台账 · 决议");
    expect(out).toContain("缺少列：责任人");
    expect(out).toContain("决议 的列对应（表头在第 2 行）");
    expect(out).toContain("缺少：部门");
  });

  it("offers 一键建立常用台账 on a workbook without registers, then previews exactly the sheets it would add", () => {
    const overview = {
      present: [],
      absent: [
        { id: "meetings", name: "会议台账", sheet: "会议台账", label: "会议台账" },
        { id: "visitors", name: "来访登记", sheet: "来访登记", label: "来访登记" },
      ],
      settingsMissing: ["部门"],
      unrecognized: [],
    };
    const props = {
      overview,
      mapping: null,
      onQuickOpen: noop,
      onQuickToggle: noop,
      onQuickConfirm: noop,
      onQuickCancel: noop,
      onAdd: noop,
      onSetup: noop,
      onShowMapping: noop,
      onConfirm: noop,
      onForget: noop,
      onCloseMapping: noop,
      onCorrect: noop,
      busy: false,
      error: null,
      info: null,
    };
    const closed = html(<RegistersView lang="zh-CN" quick={null} {...props} />);
    expect(closed).toContain("一键建立常用台账");
    expect(closed).toContain("这个工作簿里还没有台账");
    const open = html(
      <RegistersView
        lang="zh-CN"
        quick={{ ids: ["meetings"], preview: { registers: ["会议台账"], settings: ["参数设置", "部门"] } }}
        {...props}
      />,
    );
    expect(open).toContain("将新建 3 张工作表。台账：会议台账；设置表：参数设置、部门。已有的工作表不会改动。");
    expect(open).toContain("确认建立 3 张工作表");
    const en = html(
      <RegistersView lang="en-US" quick={{ ids: [], preview: { registers: [], settings: [] } }} {...props} />,
    );
    expect(en).toContain("nothing would be created");
    expect(en).toMatch(/<button[^>]*disabled=""[^>]*>Create 0 sheets</);
  });
});
