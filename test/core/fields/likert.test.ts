/**
 * "A new type is one module": the Likert score of likert-field.ts, used in a small register, goes through parsing,
 * validation (located findings in both languages), the template and the validation scan without any other change.
 */
import { fieldKinds, fieldTypeOf, type CellReporter } from "../../../src/core/fields";
import { col, show, T } from "../../../src/core/registers/kit";
import type { RegisterDef } from "../../../src/core/registers/types";
import { makeSettings } from "../../../src/core/settings";
import type { CellValue } from "../../../src/core/sheet-spec";
import { buildTable } from "../../../src/core/table";
import { registerSheetSpec } from "../../../src/core/templates";
import { runValidation } from "../../../src/core/validate";
import { cellParser, parseCell, parseErrorMessage, type ParseError } from "../../../src/core/values";
import { calendar, d, recognitionOf } from "../validate/fixtures";
import { likert, parseLikert } from "./likert-field";

const SURVEY: RegisterDef = {
  id: "follow-up-survey",
  sheet: "回访满意度",
  en: "Follow-up satisfaction",
  key: ["回访编号"],
  columns: [
    col("回访编号", "Visit no.", T.text(), { required: true, unique: true }),
    col("满意度", "Satisfaction", likert(), { required: true }),
    col("回访日期", "Visit date", T.date()),
  ],
  rules: [],
  tableName: "FollowUpSurvey",
};

const ROWS: CellValue[][] = [
  ["回访编号", "满意度", "回访日期"],
  ["H1", 5, "2025-03-03"],
  ["H2", "满意", "2025-03-03"],
  ["H3", "很好", "2025-03-04"],
  ["H4", 7, "2025-03-04"],
  ["H5", null, "2025-03-05"],
  ["H6", "２", "2025-03-05"],
  ["H7", 2.5, "2025-03-05"],
  ["H8", "非常不满意", "2025-03-06"],
];

function validate(lang: "zh-CN" | "en-US") {
  return runValidation({
    workbook: "survey.xlsx",
    sheets: [{ name: SURVEY.sheet, values: ROWS }],
    recognitions: [recognitionOf(SURVEY.sheet, SURVEY, ROWS)],
    settings: makeSettings(),
    calendar,
    asOf: d("2025-12-31"),
    lang,
  });
}

describe("a Likert score defined as one module", () => {
  it("is registered beside the built-in kinds", () => {
    expect(fieldKinds()).toContain("likert");
    expect(fieldKinds().slice(0, 11)).toEqual([
      "text",
      "date",
      "datetime",
      "time",
      "int",
      "decimal",
      "money",
      "percent",
      "enum",
      "bool",
      "list",
    ]);
  });

  it("parses scores, words and full-width digits, and refuses anything else as not in the list", () => {
    const type = likert();
    expect(parseCell(type, 4)).toEqual({ kind: "ok", value: 4 });
    expect(parseCell(type, "非常满意")).toEqual({ kind: "ok", value: 5 });
    expect(parseCell(type, " 一般 ")).toEqual({ kind: "ok", value: 3 });
    expect(parseCell(type, "３")).toEqual({ kind: "ok", value: 3 });
    expect(parseCell(type, "")).toEqual({ kind: "blank" });
    expect(parseCell(type, "很好")).toMatchObject({ kind: "error", expected: "likert", problem: "not-in-list" });
    expect(parseCell(type, 0)).toMatchObject({ kind: "error", problem: "not-in-list" });
    expect(parseCell(type, "#N/A")).toMatchObject({ kind: "error", problem: "excel-error" });
    expect(cellParser(type)).toBe(parseLikert);
    const refused = parseCell(type, "很好") as ParseError;
    expect(parseErrorMessage(refused, "很好", "zh-CN")).toBe(
      "“很好”不是可选值，应为1–5 的评分，或“非常满意、满意、一般、不满意、非常不满意”之一",
    );
    expect(parseErrorMessage(refused, "很好", "en-US")).toContain("a score from 1 to 5");
  });

  it("gives located findings in zh-CN and en-US", () => {
    const zh = validate("zh-CN").report.sheets[0]?.issues ?? [];
    expect(zh.map((i) => `${i.code}@${i.row}:${i.column}`)).toEqual([
      "cell/enum@4:满意度",
      "cell/maximum@5:满意度",
      "cell/required@6:满意度",
      "cell/enum@8:满意度",
    ]);
    expect(zh[0]?.message).toBe(
      "满意度：“很好”不是可选值，应为1–5 的评分，或“非常满意、满意、一般、不满意、非常不满意”之一",
    );
    expect(zh[1]?.message).toBe("满意度的值 7 大于上限 5");
    const en = validate("en-US").report.sheets[0]?.issues ?? [];
    expect(en.map((i) => i.row)).toEqual([4, 5, 6, 8]);
    expect(en[0]?.message).toBe(
      "Satisfaction (满意度): “很好” is not an allowed value; expected a score from 1 to 5, or one of 非常满意 (very satisfied) … 非常不满意 (very dissatisfied)",
    );
    expect(en[1]?.message).toBe("Satisfaction (满意度) is 7, above the maximum of 5");
  });

  it("hands the scores to the table and shows them with their word", () => {
    const table = validate("zh-CN").tables.get(SURVEY.id);
    expect(table).toBeDefined();
    if (!table) return;
    expect([0, 1, 2, 3, 4, 5, 6, 7].map((i) => table.number("满意度", i))).toEqual([5, 4, null, 7, null, 2, null, 1]);
    expect(show(table, "满意度", 1)).toBe("4（满意）");
    // The lazy path (no validation) parses through the same module.
    const lazy = buildTable(SURVEY.sheet, ROWS, recognitionOf(SURVEY.sheet, SURVEY, ROWS));
    expect(lazy.number("满意度", 7)).toBe(1);
  });

  it("asks the template for its width, prompt and dropdown", () => {
    const spec = registerSheetSpec(SURVEY, {}, [SURVEY]);
    const column = spec.columns.find((c) => c.header === "满意度");
    expect(column).toMatchObject({
      header: "满意度",
      width: 10,
      required: true,
      prompt: { title: "满意度", message: "必填。1–5 分，或 非常满意/满意/一般/不满意/非常不满意" },
      list: { kind: "values", values: ["非常满意", "满意", "一般", "不满意", "非常不满意", "5", "4", "3", "2", "1"] },
    });
    expect(column?.numberFormat).toBeUndefined();
    expect(column?.numeric).toBeUndefined();
  });

  it("scans a column with its own fast scan, reporting at the reporter's rows", () => {
    const found: string[] = [];
    const rep: CellReporter = {
      table: { blankRowsUpTo: (n) => new Uint8Array(n), excelRow: (i) => i + 2 },
      issue: (i, code) => found.push(`${code}@${i + 2}`),
      required: (i) => found.push(`cell/required@${i + 2}`),
      refused: (i, error) => found.push(`${error.problem}@${i + 2}`),
    };
    const type = likert();
    const { scan, storage } = fieldTypeOf(type).scanner(type, {
      scan: { rep, rows: ROWS, top: 1, c: 1, n: ROWS.length - 1, required: true, parse: cellParser(type) },
      asOf: d("2025-12-31"),
      departments: null,
      unique: false,
    });
    scan(0, 4);
    scan(4, ROWS.length - 1);
    expect(found).toEqual(["not-in-list@4", "cell/maximum@5", "cell/required@6", "not-in-list@8"]);
    expect(storage?.kind).toBe("num");
    if (storage?.kind === "num") expect(Array.from(storage.data)).toEqual([5, 4, NaN, 7, NaN, 2, NaN, 1]);
  });
});
