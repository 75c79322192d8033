/**
 * Reads a workbook once for every use case that follows (validation, deadlines, KPIs): all sheets in one
 * `readSheets` call, the settings sheets, the calendar with the workbook's 节假日调整, and the recognition of every
 * register sheet honouring the mappings a person confirmed; the derived sheets of the registry are set apart as
 * generated. Three port calls whatever the workbook holds.
 */
import { createCalendar, type Calendar } from "../core/calendar";
import type { Lang } from "../core/i18n";
import { REGISTERS } from "../core/registers";
import { recognizeWorkbook } from "../core/recognize/recognize";
import type { WorkbookRecognition } from "../core/recognize/types";
import { readSettings, type SettingsIssue } from "../core/settings";
import type { Settings } from "../core/settings-types";
import { buildTable } from "../core/table";
import type { RegisterTable } from "../core/table-types";
import type { ReadOptions, SheetInfo, SheetValues, WorkbookPort } from "../workbook/port";
import { DERIVED_SHEET_NAMES } from "./derived-sheet-names";
import { MAPPINGS_SETTING, parseMappings, type ConfirmedMappings } from "./mappings";

export interface WorkbookContext {
  sheetInfos: SheetInfo[];
  /** Every sheet's values, hidden ones included, in tab order. */
  sheets: SheetValues[];
  settings: Settings;
  /** Problems found reading the settings sheets (reported by validation with their rows). */
  settingsIssues: SettingsIssue[];
  calendar: Calendar;
  recognition: WorkbookRecognition;
  mappings: ConfirmedMappings;
  /** The recognised registers by register id (the first sheet when two sheets are the same register). */
  tables: ReadonlyMap<string, RegisterTable>;
}

export interface LoadOptions extends ReadOptions {
  lang?: Lang;
}

export async function loadContext(port: WorkbookPort, options: LoadOptions = {}): Promise<WorkbookContext> {
  const sheetInfos = await port.listSheets();
  const sheets = await port.readSheets(
    sheetInfos.map((s) => s.name),
    options,
  );
  const mappings = parseMappings(await port.getSetting(MAPPINGS_SETTING));
  const { settings, issues } = readSettings(sheets, options.lang ?? "zh-CN");
  const calendar = createCalendar(settings.holidayOverrides, { completeYears: settings.holidayCompleteYears ?? [] });
  const recognition = recognizeWorkbook(sheets, REGISTERS, mappings, { generated: DERIVED_SHEET_NAMES });
  const valuesByName = new Map(sheets.map((s) => [s.name, s.values]));
  const tables = new Map<string, RegisterTable>();
  for (const rec of recognition.recognized) {
    if (tables.has(rec.register.id)) continue;
    tables.set(rec.register.id, buildTable(rec.sheet, valuesByName.get(rec.sheet) ?? [], rec, { settings }));
  }
  return { sheetInfos, sheets, settings, settingsIssues: issues, calendar, recognition, mappings, tables };
}
