/** Settings sheets are read by settings, not recognised as registers, and never listed as unrecognised. */
import { SETTINGS_SHEETS } from "../registers/settings-sheets";
import type { SettingsSheetDef } from "../registers/types";
import { normalizeHeader } from "./header";

/** The hidden sheet templates keep long dropdown lists on (Excel caps a literal list at 255 characters). */
export const LISTS_SHEET = "列表";

const bySheetName: ReadonlyMap<string, SettingsSheetDef> = new Map(
  SETTINGS_SHEETS.map((s) => [normalizeHeader(s.sheet), s]),
);
const LISTS_KEY = normalizeHeader(LISTS_SHEET);

/** The settings sheet a sheet name denotes (参数设置, 部门, 人员名单, 节假日调整, KPI目标; also 人員名單, kpi目标). */
export function settingsSheetOf(name: string): SettingsSheetDef | null {
  return bySheetName.get(normalizeHeader(name)) ?? null;
}

/** True for the settings sheets and the hidden `列表` sheet. */
export function isSettingsSheet(name: string): boolean {
  const key = normalizeHeader(name);
  return key === LISTS_KEY || bySheetName.has(key);
}
