/**
 * Add-in settings inside an .xlsx: a very hidden sheet of key/value rows. Excel caps a cell at 32,767 characters, so a
 * long value (the recorded marks of a large register) continues across the cells to its right.
 */
import type ExcelJS from "exceljs";

export const SETTINGS_SHEET = "_ledger";
const CHUNK = 32_000;

export function readSettingsSheet(ws: ExcelJS.Worksheet | undefined): Map<string, string> {
  const settings = new Map<string, string>();
  if (!ws) return settings;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    if (r === 1) return; // header
    const key = row.getCell(1).value;
    if (typeof key !== "string" || key === "") return;
    let value = "";
    for (let c = 2; c <= row.cellCount; c++) {
      const v = row.getCell(c).value;
      if (typeof v === "string") value += v;
      else if (typeof v === "number" || typeof v === "boolean") value += String(v);
    }
    settings.set(key, value);
  });
  return settings;
}

/** The settings in one canonical text, to tell whether they changed. */
export function serializeSettings(settings: ReadonlyMap<string, string>): string {
  return JSON.stringify([...settings].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Rewrites the settings sheet from the map; creates it only when there is something to keep (or when asked to). */
export function writeSettingsSheet(
  wb: ExcelJS.Workbook,
  settings: ReadonlyMap<string, string>,
  evenEmpty = false,
): void {
  const existing = wb.getWorksheet(SETTINGS_SHEET);
  if (existing) wb.removeWorksheet(existing.id);
  if (settings.size === 0 && !evenEmpty) return;
  const ws = wb.addWorksheet(SETTINGS_SHEET, { state: "veryHidden" });
  ws.getRow(1).values = ["key", "value (台账助手 settings; do not edit)"];
  let r = 2;
  for (const [key, value] of [...settings].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const row = ws.getRow(r++);
    row.getCell(1).value = key;
    // Stored as text cells: the '@' format keeps Excel from reinterpreting a value that looks like a number or date.
    for (let i = 0, c = 2; i < Math.max(1, value.length); i += CHUNK, c++) {
      const cell = row.getCell(c);
      cell.numFmt = "@";
      cell.value = value.slice(i, i + CHUNK);
    }
  }
}

/** The same key/value rows read from plain values (the read-only scan of a package). */
export function settingsFromValues(values: readonly (readonly unknown[])[]): Map<string, string> {
  const settings = new Map<string, string>();
  values.slice(1).forEach((row) => {
    const key = row[0];
    if (typeof key !== "string" || key === "") return;
    let value = "";
    for (const v of row.slice(1))
      if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") value += String(v);
    settings.set(key, value);
  });
  return settings;
}
