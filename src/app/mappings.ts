/**
 * Column mappings a person confirmed (in the task pane: "this column is 收文日期"), kept inside the workbook in the
 * setting `ledger.mappings` so they travel with the file: JSON of sheet name → ColumnMapping. The mapping of a
 * recognition comes from core `toColumnMapping`.
 */
import type { ColumnMapping } from "../core/recognize/types";
import type { WorkbookPort } from "../workbook/port";

export const MAPPINGS_SETTING = "ledger.mappings";

export type ConfirmedMappings = Record<string, ColumnMapping>;

function isMapping(x: unknown): x is ColumnMapping {
  if (typeof x !== "object" || x === null) return false;
  const m = x as ColumnMapping;
  if (
    typeof m.register !== "string" ||
    !Number.isInteger(m.headerRow) ||
    typeof m.columns !== "object" ||
    m.columns === null
  )
    return false;
  return Object.values(m.columns).every(
    (c) => typeof c === "object" && c !== null && Number.isInteger(c.index) && typeof c.header === "string",
  );
}

/**
 * Parses the setting. A damaged value (edited by hand, cut short) counts as no confirmations rather than failing the
 * user's check; recognition then runs on headers alone, which is what happens before anyone confirms anything.
 */
export function parseMappings(text: string | null): ConfirmedMappings {
  if (!text) return {};
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return {};
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) return {};
  const out: ConfirmedMappings = {};
  for (const [sheet, m] of Object.entries(data)) if (isMapping(m)) out[sheet] = m;
  return out;
}

export async function readConfirmedMappings(port: WorkbookPort): Promise<ConfirmedMappings> {
  return parseMappings(await port.getSetting(MAPPINGS_SETTING));
}

/** Stores (or, with null, forgets) the confirmed mapping of one sheet, keeping the others. Two port calls. */
export async function confirmMapping(
  port: WorkbookPort,
  sheet: string,
  mapping: ColumnMapping | null,
): Promise<ConfirmedMappings> {
  const all = await readConfirmedMappings(port);
  if (mapping === null) delete all[sheet];
  else all[sheet] = mapping;
  await port.setSetting(MAPPINGS_SETTING, JSON.stringify(all));
  return all;
}
