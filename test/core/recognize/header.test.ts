import fc from "fast-check";
import {
  columnLetter,
  findHeaderRow,
  isSettingsSheet,
  normalizeHeader,
  settingsSheetOf,
  withoutUnit,
} from "../../../src/core/recognize";
import type { RegisterDef } from "../../../src/core/registers/types";

describe("normalizeHeader", () => {
  it("drops required markers before or after the name", () => {
    for (const h of [
      "收文编号*",
      "收文编号＊",
      "*收文编号",
      "收文编号(必填)",
      "收文编号（必填）",
      "收文编号 *",
      "收文编号**",
    ]) {
      expect([h, normalizeHeader(h)]).toEqual([h, "收文编号"]);
    }
  });
  it("folds traditional characters, full-width brackets and digits, whitespace and Latin case", () => {
    expect(normalizeHeader("收文編號")).toBe("收文编号");
    expect(normalizeHeader("來文單位")).toBe("来文单位");
    expect(normalizeHeader("金额（元）")).toBe(normalizeHeader("金额(元)"));
    expect(normalizeHeader("校对人１")).toBe("校对人1");
    expect(normalizeHeader(" 收文\r\n编号 ")).toBe("收文编号");
    expect(normalizeHeader("KPI目標")).toBe("kpi目标");
    expect(normalizeHeader(2026)).toBe("2026");
    expect(normalizeHeader(null)).toBe("");
  });
  it("is idempotent", () => {
    const piece = fc.constantFrom(
      "收",
      "編",
      "号",
      "（",
      "）",
      "(",
      ")",
      "必填",
      "*",
      "＊",
      " ",
      "\n",
      "Ａ",
      "a",
      "１",
      "金额",
      "元",
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 12 }).map((xs) => xs.join("")),
        (s) => {
          const once = normalizeHeader(s);
          expect(normalizeHeader(once)).toBe(once);
        },
      ),
    );
  });

  it("keeps units apart from names, and strips them only on request", () => {
    expect(normalizeHeader("金额(万元)")).not.toBe(normalizeHeader("金额(元)"));
    expect(withoutUnit(normalizeHeader("金额（元）"))).toBe("金额");
    expect(withoutUnit("金额")).toBe("金额");
  });
});

describe("columnLetter", () => {
  it("writes Excel column letters", () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702, 16383].map(columnLetter)).toEqual([
      "A",
      "B",
      "Z",
      "AA",
      "AB",
      "AZ",
      "BA",
      "ZZ",
      "AAA",
      "XFD",
    ]);
  });
});

describe("findHeaderRow", () => {
  const register: RegisterDef = {
    id: "r",
    sheet: "登记簿",
    en: "Register",
    tableName: "R",
    columns: [
      { header: "编号", en: "No.", type: { kind: "text" }, required: true },
      { header: "日期", en: "Date", type: { kind: "date" }, required: true },
      { header: "备注", en: "Note", type: { kind: "text" } },
    ],
    rules: [],
  };
  const titled = [
    ["2026年登记簿", "", ""],
    ["", "", ""],
    ["编号", "日期", "备注"],
    ["A1", 46023, ""],
  ];

  it("finds the header under a merged title and a blank row", () => {
    expect(findHeaderRow(titled, register)).toBe(3);
    expect(findHeaderRow(titled)).toBe(3);
  });
  it("returns null when no row of the first five matches", () => {
    expect(findHeaderRow([["x", "y"]], register)).toBeNull();
    expect(findHeaderRow([["only a title"], []])).toBeNull();
    expect(findHeaderRow([])).toBeNull();
  });
  it("does not look below the fifth row", () => {
    const deep = [[], [], [], [], [], ["编号", "日期", "备注"]];
    expect(findHeaderRow(deep, register)).toBeNull();
  });
});

describe("settings sheets", () => {
  it("knows the settings sheets and the hidden list sheet, in any script", () => {
    for (const name of [
      "参数设置",
      "部门",
      "人员名单",
      "节假日调整",
      "KPI目标",
      "列表",
      "人員名單",
      " 参数设置 ",
      "kpi目标",
    ]) {
      expect([name, isSettingsSheet(name)]).toEqual([name, true]);
    }
    for (const name of ["收文登记簿", "Sheet1", "部门2"]) expect([name, isSettingsSheet(name)]).toEqual([name, false]);
    expect(settingsSheetOf("人員名單")?.id).toBe("staff");
    expect(settingsSheetOf("列表")).toBeNull();
  });
});
