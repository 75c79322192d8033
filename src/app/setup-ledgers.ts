/**
 * The "set up registers" use case behind `ledger init` and the task pane's 添加台账: creates the settings sheets and
 * the chosen registers from the catalogue's specs, keeping any sheet that already exists untouched. When the workbook
 * already lists departments or staff, their columns get dropdowns of them. At most three port calls.
 */
import { registerById } from "../core/registers";
import type { CellValue } from "../core/sheet-spec";
import { workbookTemplateSpecs, type RegisterSpecOptions } from "../core/templates";
import type { WorkbookPort } from "../workbook/port";

export interface SetupOptions {
  /** Register ids to create; all registers when omitted. */
  registers?: readonly string[];
}

export interface SetupResult {
  /** Sheets created, in tab order. */
  created: string[];
  /** Sheets that existed and were left as they were. */
  kept: string[];
}

export class UnknownRegisterError extends Error {
  constructor(readonly ids: readonly string[]) {
    super(`unknown register id: ${ids.join(", ")}`);
    this.name = "UnknownRegisterError";
  }
}

/** First-column values below the header, as the settings sheets hold their lists. */
function firstColumn(values: readonly (readonly CellValue[])[]): string[] {
  return values
    .slice(1)
    .map((r) => r[0])
    .filter((v): v is string | number => (typeof v === "string" && v.trim() !== "") || typeof v === "number")
    .map((v) => String(v).trim());
}

export async function setupLedgers(port: WorkbookPort, options: SetupOptions = {}): Promise<SetupResult> {
  const unknown = (options.registers ?? []).filter((id) => !registerById(id));
  if (unknown.length > 0) throw new UnknownRegisterError(unknown);
  const existing = new Set((await port.listSheets()).map((s) => s.name));
  const specOptions: RegisterSpecOptions = {};
  const lists = ["部门", "人员名单"].filter((n) => existing.has(n));
  if (lists.length > 0) {
    for (const sheet of await port.readSheets(lists)) {
      const values = firstColumn(sheet.values);
      if (values.length === 0) continue;
      if (sheet.name === "部门") specOptions.departments = values;
      else specOptions.staff = values;
    }
  }
  const specs = workbookTemplateSpecs(options.registers, specOptions);
  await port.ensureSheets(specs);
  return {
    created: specs.filter((s) => !existing.has(s.name)).map((s) => s.name),
    kept: specs.filter((s) => existing.has(s.name) && s.ifExists === "keep").map((s) => s.name),
  };
}
