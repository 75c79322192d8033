/** 突发事件登记 rows for tests: the register's own headers (from the catalogue) and the open incident E1 of 12-03. */
import { parseIsoDateTime } from "../../src/core/dates";
import { registerById } from "../../src/core/registers";
import type { CellValue } from "../../src/core/sheet-spec";

export const INCIDENT_HEADERS: readonly string[] = (registerById("incidents")?.columns ?? []).map((c) => c.header);

/** A row in INCIDENT_HEADERS order; date-times as 'YYYY-MM-DD HH:mm'. */
export function incidentRow(values: Record<string, CellValue>): CellValue[] {
  return INCIDENT_HEADERS.map((h) => {
    const v = values[h] ?? null;
    return typeof v === "string" && /时间$/.test(h) ? (parseIsoDateTime(v) as number) : v;
  });
}

/** 实验室漏水, happened 2026-12-03 09:00, contacted 09:10, nothing after: open, its report due at 10:00. */
export const OPEN_LEAK: CellValue[] = incidentRow({
  事件编号: "E1",
  事件概要: "实验室漏水",
  发生时间: "2026-12-03 09:00",
  级别: "一般",
  负责人: "张主任",
  联系时间: "2026-12-03 09:10",
});
