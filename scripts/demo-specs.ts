/**
 * The demo workbook's sheets, in one place: templates/demo.xlsx (scripts/make-templates.ts) and the task pane's demo
 * outside Excel (src/taskpane/shell/demo-workbook.ts) both build from this, so the browser demo computes the same
 * checks, deadlines and KPIs as the file. Register rows come in each spec's column order; the deliberate mistakes are
 * placed on their Excel rows for templates/README.md and the tests that find them.
 */
import { REGISTERS } from "../src/core/registers";
import type { CellValue, SheetSpec } from "../src/core/sheet-spec";
import { workbookTemplateSpecs } from "../src/core/templates";
import { layoutOf } from "../src/workbook/spec-layout";
import {
  DEMO_DEPARTMENTS,
  DEMO_HOLIDAY_OVERRIDES,
  DEMO_KPI_VALUES,
  DEMO_ROWS,
  DEMO_STAFF,
  type DemoMistake,
} from "./demo-data";

export interface PlacedMistake extends DemoMistake {
  sheet: string;
  /** Excel row number. */
  row: number;
}

/** The demo's sheet specs (register rows in each spec's column order) and where its deliberate mistakes sit. */
export function demoSpecs(): { specs: SheetSpec[]; mistakes: PlacedMistake[] } {
  const staffNames = DEMO_STAFF.map((r) => String(r[0]));
  const specs = workbookTemplateSpecs(undefined, { departments: DEMO_DEPARTMENTS, staff: staffNames });
  const mistakes: PlacedMistake[] = [];
  const settingsRows: Record<string, CellValue[][]> = {
    部门: DEMO_DEPARTMENTS.map((d) => [d]),
    人员名单: DEMO_STAFF,
    节假日调整: DEMO_HOLIDAY_OVERRIDES,
  };
  const filled = specs.map((spec): SheetSpec => {
    if (settingsRows[spec.name]) return { ...spec, rows: settingsRows[spec.name] };
    if (spec.name === "KPI目标") {
      const at = (header: string): number => spec.columns.findIndex((c) => c.header === header);
      const rows = (spec.rows ?? []).map((row) => {
        const v = DEMO_KPI_VALUES[String(row[0])];
        if (!v) return row;
        const out = [...row];
        if (v.target !== undefined) out[at("目标值")] = v.target;
        if (v.baseline !== undefined) out[at("基准值")] = v.baseline;
        if (v.value !== undefined) out[at("值")] = v.value;
        return out;
      });
      return { ...spec, rows };
    }
    const register = REGISTERS.find((r) => r.sheet === spec.name);
    if (!register) return spec;
    const rows = DEMO_ROWS[register.id] ?? [];
    const unknown = rows.flatMap((r) => Object.keys(r.values)).filter((h) => !spec.columns.some((c) => c.header === h));
    if (unknown.length > 0)
      throw new Error(
        `demo data for ${spec.name} names columns the template lacks: ${[...new Set(unknown)].join(", ")}`,
      );
    const { firstDataRow } = layoutOf(spec);
    rows.forEach((r, i) => {
      for (const m of r.mistakes ?? []) mistakes.push({ ...m, sheet: spec.name, row: firstDataRow + i });
    });
    return { ...spec, rows: rows.map((r) => spec.columns.map((c) => r.values[c.header] ?? null)) };
  });
  return { specs: filled, mistakes };
}
