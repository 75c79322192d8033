/**
 * Reads the workbook's settings sheets (`参数设置`, `部门`, `人员名单`, `节假日调整`, `KPI目标`) into `Settings`.
 * Every sheet is optional. A bad value is reported with its sheet, Excel row and column and the default is used
 * instead, so one typo in 参数设置 never stops validation of the registers.
 */
import {
  calendarErrorMessage,
  describeOverrideProblem,
  HOLIDAY_SHEET,
  parseDuration,
  parseHolidayOverrides,
  parseWorkingHours,
} from "./calendar";
import { unitNames } from "./limits";
import { defineMessages, type Lang } from "./i18n";
import { fixed, message, renderMessage, type Message, type MessageParam } from "./i18n/message";
import { parameterByKey, PARAMETERS, KPI_IDS } from "./registers/settings-sheets";
import type { ParameterDef } from "./registers/types";
import type { CellValue, Severity } from "./sheet-spec";
import type { KpiTargetOverride, Settings, StaffMember } from "./settings-types";
import { parseSemesterStarts } from "./kpi/periods";
import { parseUnitConversions } from "./kpi/paper-units";
import { kpiValueRange, type KpiTargetColumn } from "./kpi/value-ranges";
import { describeRaw } from "./values/describe";
import { isBlankCell, normalizeText, toHalfWidth } from "./values/text";
import { toSimplified } from "./values/simplified";
import { parseDecimal } from "./values/numbers";
import { parseBool, parseList } from "./values/choices";

const numberOf = (raw: CellValue): number | null => {
  const p = parseDecimal(raw);
  return p.kind === "ok" ? p.value : null;
};
const boolOf = (raw: CellValue): boolean | null => {
  const p = parseBool(raw);
  return p.kind === "ok" ? p.value : null;
};
const splitList = (text: string): string[] => {
  const p = parseList(text);
  return p.kind === "ok" ? p.value : [];
};

export interface SettingsIssue {
  sheet: string;
  /** Excel row number; the header row for a sheet-level issue. */
  row: number;
  /** Canonical header of the column. */
  column: string;
  code: string;
  severity: Severity;
  /** In the language settings were read in. */
  message: string;
  /** The message as data, rendered at display time (the validation report's `text`). */
  text: Message;
}

export interface SettingsResult {
  settings: Settings;
  issues: SettingsIssue[];
}

const M = defineMessages({
  badNumber: {
    "zh-CN": "{sheet} 第 {row} 行“{key}”的值“{value}”不是有效数字{bound}，已按默认值 {default} 处理",
    "en-US":
      "{sheet} row {row}: the value “{value}” of “{key}” is not a valid number{bound}; the default {default} is used",
  },
  badDuration: {
    "zh-CN":
      "{sheet} 第 {row} 行“{key}”的值“{value}”不是有效时限（可填数字，或带单位的时长，如 24小时、1工作日、2工作小时、5天；此项可用的单位：{units}），已按默认值 {default} 处理",
    "en-US":
      "{sheet} row {row}: the value “{value}” of “{key}” is not a valid time limit (a number, or a duration with a unit such as 24小时, 1工作日, 2工作小时, 5天; units this key accepts: {units}); the default {default} is used",
  },
  badText: {
    "zh-CN": "{sheet} 第 {row} 行“{key}”的值“{value}”无效（{reason}），已按默认值 {default} 处理",
    "en-US": "{sheet} row {row}: the value “{value}” of “{key}” is not valid ({reason}); the default {default} is used",
  },
  emptyList: {
    "zh-CN": "{sheet} 第 {row} 行“{key}”为空，已按默认值 {default} 处理",
    "en-US": "{sheet} row {row}: “{key}” is empty; the default {default} is used",
  },
  unknownKey: {
    "zh-CN": "{sheet} 第 {row} 行的参数“{key}”无法识别，已忽略",
    "en-US": "{sheet} row {row}: unknown parameter “{key}”, ignored",
  },
  duplicateKey: {
    "zh-CN": "{sheet} 第 {row} 行重复设置了“{key}”（首次在第 {first} 行），以首次为准",
    "en-US": "{sheet} row {row}: “{key}” is set again (first on row {first}); the first value is used",
  },
  noHeader: {
    "zh-CN": "{sheet} 的前 5 行中找不到列标题“{column}”，该表已忽略",
    "en-US": "{sheet}: no “{column}” column header in the first 5 rows; the sheet is ignored",
  },
  missingName: {
    "zh-CN": "{sheet} 第 {row} 行缺少“{column}”",
    "en-US": "{sheet} row {row}: “{column}” is missing",
  },
  duplicateName: {
    "zh-CN": "{sheet} 第 {row} 行的“{value}”与第 {first} 行重复",
    "en-US": "{sheet} row {row}: “{value}” repeats row {first}",
  },
  badBool: {
    "zh-CN": "{sheet} 第 {row} 行“{column}”的值“{value}”应为“是”或“否”，已按“是”处理",
    "en-US": "{sheet} row {row}: “{column}” should be 是 (yes) or 否 (no), not “{value}”; 是 is assumed",
  },
  badKpiId: {
    "zh-CN": "{sheet} 第 {row} 行的指标编号“{value}”不存在，应为 K01–K14",
    "en-US": "{sheet} row {row}: KPI id “{value}” does not exist; use K01–K14",
  },
  kpiOutOfRange: {
    "zh-CN": "{sheet} 第 {row} 行“{column}”的值 {value} 超出 {id} 的合理范围 {min}–{max}{unit}，已忽略",
    "en-US": "{sheet} row {row}: “{column}” {value} is outside {id}'s range {min}–{max}{unit}; ignored",
  },
  duplicateKpi: {
    "zh-CN": "{sheet} 第 {row} 行的 {id} 与第 {first} 行重复，本行已忽略（以第 {first} 行为准）",
    "en-US": "{sheet} row {row}: {id} repeats row {first}; this row is ignored (row {first} is used)",
  },
  badKpiNumber: {
    "zh-CN": "{sheet} 第 {row} 行“{column}”的值“{value}”不是数字，已忽略",
    "en-US": "{sheet} row {row}: “{column}” is not a number (“{value}”), ignored",
  },
});

const MIN_BOUND = defineMessages({
  atLeast: { "zh-CN": "（不小于 {min}）", "en-US": " (at least {min})" },
  wholeAtLeast: { "zh-CN": "（不小于 {min} 的整数）", "en-US": " (a whole number of at least {min})" },
});

const RANGE_UNIT = defineMessages({
  percent: { "zh-CN": "（%）", "en-US": " (%)" },
  score: { "zh-CN": " 分", "en-US": " points" },
  workdays: { "zh-CN": " 个工作日", "en-US": " working days" },
  hours: { "zh-CN": " 小时", "en-US": " hours" },
  quantity: { "zh-CN": "", "en-US": "" },
});

const FORMAT_REASON = defineMessages({
  semesterStarts: { "zh-CN": "应为月-日，如 02-01、09-01", "en-US": "expected month-days such as 02-01、09-01" },
  unitConversions: {
    "zh-CN": "应写成“1箱=5包”这样的换算，多条用顿号分隔",
    "en-US": "expected conversions such as 1箱=5包, separated by 、",
  },
  yesNo: { "zh-CN": "应为“是”或“否”", "en-US": "expected 是 (yes) or 否 (no)" },
});

type Sheet = { name: string; values: CellValue[][] };

/** How a limit in another unit than its key's is kept in Settings: text parseDuration reads back. */
const UNIT_SUFFIX = { workdays: "工作日", days: "天", hours: "小时", workhours: "工作小时" } as const;

/** Header text as matching sees it: one line, half-width, simplified, without the required marker. */
function headerKey(v: CellValue | undefined): string {
  if (typeof v !== "string") return "";
  return toSimplified(toHalfWidth(normalizeText(v)))
    .replace(/\s*(\*|\(必填\))$/, "")
    .toLowerCase();
}

const HEADER_SEARCH_ROWS = 5;

/** Finds the header row (one of the first 5) holding `required`; returns the row index and each wanted column's index. */
function locate(
  values: CellValue[][],
  required: string,
  wanted: Record<string, readonly string[]>,
): { row: number; cols: Record<string, number> } | null {
  for (let r = 0; r < Math.min(values.length, HEADER_SEARCH_ROWS); r++) {
    const keys = (values[r] ?? []).map(headerKey);
    if (!keys.includes(required.toLowerCase())) continue;
    const cols: Record<string, number> = {};
    for (const [name, aliases] of Object.entries(wanted))
      cols[name] = keys.findIndex((k) => aliases.some((a) => a.toLowerCase() === k));
    return { row: r, cols };
  }
  return null;
}

const cell = (row: CellValue[] | undefined, c: number): CellValue => (c < 0 || !row ? null : (row[c] ?? null));
const cellText = (v: CellValue): string | null =>
  isBlankCell(v) ? null : toSimplified(toHalfWidth(normalizeText(String(v))));
const rowBlank = (row: CellValue[] | undefined): boolean => !row || row.every((v) => isBlankCell(v));

class Collector {
  readonly issues: SettingsIssue[] = [];
  constructor(readonly lang: Lang) {}
  add(
    sheet: string,
    row: number,
    column: string,
    code: string,
    severity: Severity,
    key: keyof typeof M,
    params: Record<string, MessageParam>,
  ): void {
    const text = message(M, key, { sheet, row, column, ...params });
    this.issues.push({ sheet, row, column, code, severity, message: renderMessage(text, this.lang), text });
  }
}

function readParameters(sheet: Sheet, out: Collector): Map<string, number | string | string[]> {
  const found = new Map<string, number | string | string[]>();
  const at = locate(sheet.values, "参数", { key: ["参数", "参数名", "名称"], value: ["值", "参数值", "设置值"] });
  if (!at) {
    out.add(sheet.name, 1, "参数", "fields/missing", "error", "noHeader", {});
    return found;
  }
  const firstRow = new Map<string, number>();
  for (let r = at.row + 1; r < sheet.values.length; r++) {
    const row = sheet.values[r];
    if (rowBlank(row)) continue;
    const excelRow = r + 1;
    const key = cellText(cell(row, at.cols.key as number));
    if (key === null) continue;
    const def = parameterByKey.get(key) ?? parameterByKey.get(key.replace(/\s+/g, ""));
    if (!def) {
      out.add(sheet.name, excelRow, "参数", "setting/unknown", "warning", "unknownKey", { key });
      continue;
    }
    const first = firstRow.get(def.key);
    if (first !== undefined) {
      out.add(sheet.name, excelRow, "参数", "setting/duplicate", "warning", "duplicateKey", { key: def.key, first });
      continue;
    }
    firstRow.set(def.key, excelRow);
    const raw = cell(row, at.cols.value as number);
    const value = readParameter(def, raw, sheet.name, excelRow, out);
    if (value !== null) found.set(def.key, value);
  }
  return found;
}

function readParameter(
  def: ParameterDef,
  raw: CellValue,
  sheet: string,
  row: number,
  out: Collector,
): number | string | string[] | null {
  // A blank value means "use the default": people clear a cell to go back to it.
  if (isBlankCell(raw)) return null;
  const base = { key: def.key, value: describeRaw(raw), default: String(def.default) };
  if (def.duration !== undefined && numberOf(raw) === null) {
    // A limit with its unit (issue 10 §3). One in the key's own unit is stored as a plain number, as before.
    const d = parseDuration(normalizeText(String(raw)));
    if (d === null || !def.duration.units.includes(d.unit)) {
      const units = def.duration.units;
      out.add(sheet, row, "值", "setting/invalid", "warning", "badDuration", {
        ...base,
        units: fixed((lang) => unitNames(units, lang)),
      });
      return null;
    }
    return d.unit === def.duration.unit ? d.amount : `${d.amount}${UNIT_SUFFIX[d.unit]}`;
  }
  if (def.kind === "number") {
    const n = numberOf(raw);
    const min = def.min ?? Number.NEGATIVE_INFINITY;
    if (n === null || !Number.isFinite(n) || n < min || (def.integer && !Number.isInteger(n))) {
      const bound =
        def.min === undefined ? "" : message(MIN_BOUND, def.integer ? "wholeAtLeast" : "atLeast", { min: def.min });
      out.add(sheet, row, "值", "setting/invalid", "warning", "badNumber", { ...base, bound });
      return null;
    }
    return n;
  }
  if (def.kind === "bool") {
    const b = boolOf(raw);
    if (b === null) {
      out.add(sheet, row, "值", "setting/invalid", "warning", "badText", {
        ...base,
        reason: message(FORMAT_REASON, "yesNo"),
      });
      return null;
    }
    return b ? "是" : "否";
  }
  const text = normalizeText(String(raw));
  if (def.kind === "list") {
    const items = splitList(toSimplified(text));
    if (items.length === 0) {
      out.add(sheet, row, "值", "setting/invalid", "warning", "emptyList", base);
      return null;
    }
    return items;
  }
  if (def.format === "working-hours") {
    // The calendar's own parser decides, so a value accepted here is one the deadline engine can use.
    try {
      parseWorkingHours(text);
    } catch (e) {
      if (calendarErrorMessage(e, out.lang) === null) throw e;
      const reason = fixed((lang) => calendarErrorMessage(e, lang) ?? "");
      out.add(sheet, row, "值", "setting/invalid", "warning", "badText", { ...base, reason });
      return null;
    }
  }
  if (def.format === "unit-conversions" && parseUnitConversions(text) === null) {
    const reason = message(FORMAT_REASON, "unitConversions");
    out.add(sheet, row, "值", "setting/invalid", "warning", "badText", { ...base, reason });
    return null;
  }
  if (def.format === "semester-starts" && parseSemesterStarts(text) === null) {
    const reason = message(FORMAT_REASON, "semesterStarts");
    out.add(sheet, row, "值", "setting/invalid", "warning", "badText", { ...base, reason });
    return null;
  }
  return text;
}

function readDepartments(sheet: Sheet, out: Collector): string[] | null {
  const at = locate(sheet.values, "部门", { name: ["部门", "部门名称"] });
  if (!at) {
    out.add(sheet.name, 1, "部门", "fields/missing", "error", "noHeader", {});
    return null;
  }
  const seen = new Map<string, number>();
  for (let r = at.row + 1; r < sheet.values.length; r++) {
    const name = cellText(cell(sheet.values[r], at.cols.name as number));
    if (name === null) continue;
    const first = seen.get(name);
    if (first !== undefined)
      out.add(sheet.name, r + 1, "部门", "cell/unique", "warning", "duplicateName", { value: name, first });
    else seen.set(name, r + 1);
  }
  // A 部门 sheet with no names yet (as "设置" creates it) restricts nothing: otherwise every department typed before
  // the list is filled would be an error. REGISTERS.md: no list → any text is accepted.
  return seen.size === 0 ? null : [...seen.keys()];
}

function readStaff(sheet: Sheet, out: Collector): StaffMember[] | null {
  const at = locate(sheet.values, "姓名", {
    name: ["姓名"],
    department: ["部门"],
    role: ["岗位", "职务"],
    onDuty: ["在岗", "是否在岗"],
  });
  if (!at) {
    out.add(sheet.name, 1, "姓名", "fields/missing", "error", "noHeader", {});
    return null;
  }
  const staff: StaffMember[] = [];
  const seen = new Map<string, number>();
  for (let r = at.row + 1; r < sheet.values.length; r++) {
    const row = sheet.values[r];
    if (rowBlank(row)) continue;
    const excelRow = r + 1;
    const name = cellText(cell(row, at.cols.name as number));
    if (name === null) {
      out.add(sheet.name, excelRow, "姓名", "cell/required", "error", "missingName", {});
      continue;
    }
    const first = seen.get(name);
    if (first !== undefined)
      out.add(sheet.name, excelRow, "姓名", "cell/unique", "warning", "duplicateName", { value: name, first });
    else seen.set(name, excelRow);
    const dutyRaw = cell(row, at.cols.onDuty as number);
    let onDuty = true;
    if (!isBlankCell(dutyRaw)) {
      const b = boolOf(dutyRaw);
      if (b === null)
        out.add(sheet.name, excelRow, "在岗", "cell/type", "error", "badBool", { value: describeRaw(dutyRaw) });
      else onDuty = b;
    }
    staff.push({
      name,
      department: cellText(cell(row, at.cols.department as number)),
      role: cellText(cell(row, at.cols.role as number)),
      onDuty,
    });
  }
  return staff;
}

function readKpiTargets(sheet: Sheet, out: Collector): KpiTargetOverride[] {
  const at = locate(sheet.values, "指标编号", {
    id: ["指标编号", "指标"],
    target: ["目标值", "目标"],
    baseline: ["基准值", "基准"],
    value: ["值", "满意度"],
  });
  if (!at) {
    out.add(sheet.name, 1, "指标编号", "fields/missing", "error", "noHeader", {});
    return [];
  }
  const targets: KpiTargetOverride[] = [];
  const firstRow = new Map<string, number>();
  /** A number in the KPI's range, or null (reported on its cell and recorded so the KPI can say why it has no value). */
  const num = (entry: KpiTargetOverride, raw: CellValue, column: KpiTargetColumn, row: number): number | null => {
    if (isBlankCell(raw)) return null;
    const n = numberOf(raw);
    if (n === null || !Number.isFinite(n)) {
      out.add(sheet.name, row, column, "cell/type", "warning", "badKpiNumber", { value: describeRaw(raw) });
      return null;
    }
    const range = kpiValueRange(entry.id, column);
    if (range !== null && (n < range.min || n > range.max)) {
      const unit = message(RANGE_UNIT, range.unit);
      out.add(sheet.name, row, column, n < range.min ? "cell/minimum" : "cell/maximum", "error", "kpiOutOfRange", {
        value: describeRaw(raw),
        id: entry.id,
        min: range.min,
        max: range.max,
        unit,
      });
      (entry.refused ??= []).push({
        column,
        row,
        message: (out.issues[out.issues.length - 1] as SettingsIssue).message,
      });
      return null;
    }
    return n;
  };
  for (let r = at.row + 1; r < sheet.values.length; r++) {
    const row = sheet.values[r];
    if (rowBlank(row)) continue;
    const excelRow = r + 1;
    const idText = cellText(cell(row, at.cols.id as number));
    if (idText === null) continue;
    const id = idText.toUpperCase().replace(/^K(\d)$/, "K0$1");
    if (!KPI_IDS.includes(id)) {
      out.add(sheet.name, excelRow, "指标编号", "cell/enum", "warning", "badKpiId", { value: idText });
      continue;
    }
    // Two rows for one KPI leave the director's goal ambiguous: the first is used, the second refused (as 参数设置).
    const first = firstRow.get(id);
    if (first !== undefined) {
      out.add(sheet.name, excelRow, "指标编号", "cell/unique", "error", "duplicateKpi", { id, first });
      continue;
    }
    firstRow.set(id, excelRow);
    const entry: KpiTargetOverride = { id, target: null, baseline: null };
    entry.target = num(entry, cell(row, at.cols.target as number), "目标值", excelRow);
    entry.baseline = num(entry, cell(row, at.cols.baseline as number), "基准值", excelRow);
    if ((at.cols.value as number) >= 0) entry.value = num(entry, cell(row, at.cols.value as number), "值", excelRow);
    targets.push(entry);
  }
  return targets;
}

const OVERRIDE_SEVERITY_CODE: Record<string, string> = {
  "override/no-header": "fields/missing",
  "override/bad-date": "cell/type",
  "override/missing-date": "cell/required",
  "override/bad-kind": "cell/enum",
  "override/duplicate": "cell/unique",
};

/** Reads the settings sheets among `sheets` (others are ignored). Missing sheets and keys take their defaults. */
export function readSettings(sheets: readonly Sheet[], lang: Lang = "zh-CN"): SettingsResult {
  const out = new Collector(lang);
  const byName = new Map(sheets.map((s) => [toSimplified(normalizeText(s.name)), s]));
  const params = byName.has("参数设置")
    ? readParameters(byName.get("参数设置") as Sheet, out)
    : new Map<string, number | string | string[]>();
  const departments = byName.has("部门") ? readDepartments(byName.get("部门") as Sheet, out) : null;
  const staff = byName.has("人员名单") ? readStaff(byName.get("人员名单") as Sheet, out) : null;
  const kpiTargets = byName.has("KPI目标") ? readKpiTargets(byName.get("KPI目标") as Sheet, out) : [];
  let holidayOverrides: Settings["holidayOverrides"] = [];
  let holidayCompleteYears: number[] = [];
  const holidaySheet = byName.get(HOLIDAY_SHEET);
  if (holidaySheet) {
    const parsed = parseHolidayOverrides(holidaySheet.values);
    holidayOverrides = parsed.overrides;
    holidayCompleteYears = parsed.completeYears;
    for (const p of parsed.problems) {
      out.issues.push({
        sheet: holidaySheet.name,
        row: p.row ?? 1,
        column: p.column ?? "日期",
        code: OVERRIDE_SEVERITY_CODE[p.code] ?? p.code,
        severity: p.severity,
        message: describeOverrideProblem(p, lang, holidaySheet.name),
        text: fixed((l) => describeOverrideProblem(p, l, holidaySheet.name)),
      });
    }
  }
  return {
    settings: makeSettings(params, departments, staff, holidayOverrides, kpiTargets, holidayCompleteYears),
    issues: out.issues,
  };
}

/** Settings from explicit values (tests, the task pane before a workbook is read); unknown keys take their defaults. */
export function makeSettings(
  params: ReadonlyMap<string, number | string | string[]> = new Map(),
  departments: string[] | null = null,
  staff: StaffMember[] | null = null,
  holidayOverrides: Settings["holidayOverrides"] = [],
  kpiTargets: KpiTargetOverride[] = [],
  holidayCompleteYears: number[] = [],
): Settings {
  // Resolved once: rules ask for a parameter on every row.
  const numbers = new Map<string, number>();
  const texts = new Map<string, string>();
  const lists = new Map<string, readonly string[]>();
  for (const p of PARAMETERS) {
    const v = params.get(p.key) ?? p.default;
    if (typeof v === "number") numbers.set(p.key, v);
    texts.set(p.key, Array.isArray(v) ? v.join("、") : String(v));
    lists.set(p.key, Array.isArray(v) ? [...v] : splitList(String(v)));
  }
  const unknown = (key: string): never => {
    throw new RangeError(`Unknown parameter of 参数设置: ${key}`);
  };
  return {
    number(key) {
      const v = numbers.get(key);
      if (v !== undefined) return v;
      return parameterByKey.has(key) ? Number.NaN : unknown(key);
    },
    text(key) {
      return texts.get(key) ?? unknown(key);
    },
    list(key) {
      const v = lists.get(key);
      return v ? [...v] : unknown(key);
    },
    departments,
    staff,
    holidayOverrides,
    holidayCompleteYears,
    kpiTargets,
  };
}

/** The defaults of REGISTERS.md, for a workbook without settings sheets. */
export const DEFAULT_SETTINGS: Settings = makeSettings();

export { PARAMETERS };
