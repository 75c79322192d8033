/**
 * R64 (issue 17 §3): the catalogue's `personal` flag is read. A complainant's name and contact never appear in the
 * deadline list or its JSON, reminders (复制提醒), 期限总览, the 整改 JSON, weekly report or 整改状态 sheet — and a
 * column becomes personal by its flag alone, which the spy register below proves.
 */
import { createCalendar } from "../../../src/core/calendar";
import { isoToSerial } from "../../../src/core/dates";
import {
  computeDeadlines,
  createDeadlineContext,
  deadlinesToJson,
  overviewSheet,
  reminders,
  remindersText,
  reminderText,
  REMINDER_SCOPES,
  DEADLINE_RULES,
} from "../../../src/core/deadlines";
import { parsePeriod, type Period } from "../../../src/core/kpi";
import {
  buildRectificationSheet,
  computeRectificationStatus,
  rectificationText,
  rectificationToJson,
  weeklyReport,
} from "../../../src/core/rectification";
import { REGISTERS, registerById } from "../../../src/core/registers";
import { isPersonal, publicColumn } from "../../../src/core/registers/kit";
import type { RegisterDef } from "../../../src/core/registers/types";
import type { RegisterTable } from "../../../src/core/table-types";
import { fakeSettings, fakeTable, type Row } from "../deadlines/support";

const NAME = "保密人甲某";
const PHONE = "13912345678";
const asOf = "2026-11-20";
const cal = createCalendar();

const rows: Row[] = [
  {
    编号: "TS-1",
    接收时间: "2026-11-16 09:00",
    类别: "投诉类",
    内容: "食堂饭菜偏咸",
    反映人: NAME,
    联系方式: PHONE,
    责任人: "王芳",
  },
  {
    编号: "TS-2",
    接收时间: "2026-11-17 09:00",
    类别: "建议类",
    内容: "延长图书馆开放时间",
    反映人: NAME,
    联系方式: PHONE,
  },
  {
    编号: "TS-3",
    接收时间: "2026-11-18 09:00",
    类别: "咨询类",
    内容: "校车时刻",
    反映人: NAME,
    联系方式: PHONE,
    责任人: "李明",
  },
];

/** Everything that leaves the register for the office, as text. */
function everythingShown(t: RegisterTable): string {
  const ctx = createDeadlineContext(fakeSettings(), cal, isoToSerial(asOf), "zh-CN");
  const result = computeDeadlines([t], ctx);
  const out: unknown[] = [
    deadlinesToJson(result, "zh-CN"),
    reminderText(result.items, "zh-CN"),
    overviewSheet(result.items, isoToSerial(asOf), "zh-CN"),
  ];
  for (const scope of REMINDER_SCOPES)
    out.push(remindersText(reminders(result.items, scope, isoToSerial(asOf), "zh-CN", { includeFar: true })));
  const status = computeRectificationStatus({
    tables: new Map([
      [
        "rectifications",
        fakeTable("rectifications", [
          {
            问题编号: "Q1",
            来源: "投诉",
            问题描述: "食堂",
            发现日期: "2026-11-16",
            责任部门: "总务处",
            完成时限: "2026-11-18",
            状态: "整改中",
            整改措施: "调整",
          },
        ]),
      ],
      ["feedback", t],
    ]),
    settings: fakeSettings(),
    calendar: cal,
    asOf: isoToSerial(asOf),
    period: parsePeriod("2026Q4") as Period,
    lang: "zh-CN",
  });
  out.push(
    rectificationToJson(status),
    weeklyReport(status, "zh-CN"),
    rectificationText(status, "zh-CN"),
    buildRectificationSheet({ status, lang: "zh-CN", updatedAt: "2026-11-20 10:00" }).spec,
  );
  return JSON.stringify(out);
}

test("反映人 and 联系方式 of complaints are personal in the catalogue", () => {
  const feedback = registerById("feedback") as RegisterDef;
  expect(feedback.columns.filter((c) => c.personal).map((c) => c.header)).toEqual(["反映人", "联系方式"]);
  expect(isPersonal(feedback, "反映人")).toBe(true);
  expect(publicColumn(feedback, "内容")).toBe("内容");
  expect(publicColumn(feedback, "联系方式")).toBeNull();
});

test("no deadline rule names a personal column as owner, department or subject", () => {
  for (const r of DEADLINE_RULES) {
    const def = registerById(r.register) as RegisterDef;
    for (const h of [...r.owners, ...r.departments, ...(r.subject ? [r.subject] : [])])
      expect({ rule: r.id, h, personal: isPersonal(def, h) }).toEqual({ rule: r.id, h, personal: false });
  }
  expect(REGISTERS.some((r) => r.columns.some((c) => c.personal))).toBe(true);
});

test("the complainant's name and phone appear in no list, reminder, report or generated sheet", () => {
  const shown = everythingShown(fakeTable("feedback", rows));
  // The run did show the rows (their subjects), so the absence below is not an empty output.
  expect(shown).toContain("食堂饭菜偏咸");
  expect(shown).toContain("TS-3");
  expect(shown).not.toContain(NAME);
  expect(shown).not.toContain(PHONE);
});

test("the flag alone keeps a column out: a register whose 内容 and 责任人 are personal shows neither", () => {
  const feedback = registerById("feedback") as RegisterDef;
  const spy: RegisterDef = {
    ...feedback,
    columns: feedback.columns.map((c) => (c.header === "内容" || c.header === "责任人" ? { ...c, personal: true } : c)),
  };
  const t = { ...fakeTable("feedback", rows), register: spy };
  const shown = everythingShown(t);
  expect(shown).toContain("TS-1");
  expect(shown).not.toContain("食堂饭菜偏咸");
  expect(shown).not.toContain("王芳");
  // Without the flag the same text is shown: the flag, not the column's name, decides.
  expect(everythingShown(fakeTable("feedback", rows))).toContain("王芳");
});

test("R48: 受理范围 takes the sources' scope values (and 其他, the list being open)", () => {
  const scope = (registerById("feedback") as RegisterDef).columns.find((c) => c.header === "受理范围");
  expect(scope?.type).toEqual({
    kind: "enum",
    source: { kind: "fixed", values: ["流程不便", "服务疑问", "系统故障", "其他"] },
  });
  expect(scope?.source).toEqual(["R48"]);
});
