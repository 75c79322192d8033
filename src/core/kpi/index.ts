export type {
  KpiDef,
  KpiDirection,
  KpiId,
  KpiInput,
  KpiResult,
  KpiStatus,
  KpiTargets,
  KpiUnit,
  Measurement,
  NoDataCode,
  Offender,
  SourceCount,
} from "./types";
export { kpiRegisters } from "./types";
export { KPIS, kpiById } from "./definitions";
export { computeKpi, computeKpis, computeTrends, type KpiTrend } from "./compute";
export { resolveTargets, type ResolvedTargets, type BaselineSource } from "./targets";
export {
  DEFAULT_SEMESTER_STARTS,
  inPeriod,
  lastQuarters,
  parsePeriod,
  parseSemesterStarts,
  periodContaining,
  periodEndIso,
  periodLabel,
  periodStartIso,
  previousPeriod,
  samePeriodLastYear,
  type MonthDay,
  type Period,
  type PeriodKind,
} from "./periods";
export { KPI_MESSAGES } from "./messages";
export { elapsedWorkdays } from "./measure-helpers";
export { buildKpiBoard, KPI_BOARD_SHEET, type KpiBoardInput, type KpiBoardLayout } from "./board";
export { formatTarget, formatValue, statusCode, statusLabel, textWidth, unitLabel } from "./format";
