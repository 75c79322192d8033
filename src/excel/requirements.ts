/**
 * Excel API requirement sets per feature (learn.microsoft.com "Excel JavaScript API requirement sets"). The adapter
 * asks before using a feature and, where Excel is too old, skips that step with a notice instead of failing the run.
 */
export type ExcelFeature =
  | "dataValidation"
  | "conditionalFormats"
  | "notes"
  | "events"
  | "pageLayout"
  | "freezePanes"
  | "protection"
  | "names"
  | "autoFilter"
  | "hiddenChartData"
  | "tableResize"
  | "tableRows"
  | "multiAreaSelection";

export const FEATURE_SETS: Record<ExcelFeature, { set: "ExcelApi"; version: string }> = {
  conditionalFormats: { set: "ExcelApi", version: "1.6" },
  events: { set: "ExcelApi", version: "1.7" },
  freezePanes: { set: "ExcelApi", version: "1.7" },
  dataValidation: { set: "ExcelApi", version: "1.8" },
  pageLayout: { set: "ExcelApi", version: "1.9" },
  protection: { set: "ExcelApi", version: "1.2" },
  notes: { set: "ExcelApi", version: "1.18" },
  names: { set: "ExcelApi", version: "1.4" },
  autoFilter: { set: "ExcelApi", version: "1.9" },
  // Chart.plotVisibleOnly: a chart drawn from hidden rows (KPI看板's data area) shows its data.
  hiddenChartData: { set: "ExcelApi", version: "1.8" },
  tableResize: { set: "ExcelApi", version: "1.13" },
  tableRows: { set: "ExcelApi", version: "1.4" },
  // Workbook.getSelectedRanges: rows picked with Ctrl, several blocks at once (getSelectedRange refuses those).
  multiAreaSelection: { set: "ExcelApi", version: "1.9" },
};

/** `context.runtime.enableEvents` and calculation suspension: optional speed-ups, used only where they exist. */
export const RUNTIME_EVENTS_SET = { set: "ExcelApi", version: "1.8" } as const;
export const SUSPEND_CALCULATION_SET = { set: "ExcelApi", version: "1.6" } as const;

/** `Excel.createWorkbook(base64)`: a new workbook opened from an .xlsx (the 表单 page's filled forms). */
export const CREATE_WORKBOOK_SET = { set: "ExcelApi", version: "1.8" } as const;

export type IsSetSupported = (set: string, version: string) => boolean;
