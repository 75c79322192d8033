/**
 * A validation run as plain data, so it can cross into a Web Worker by structured clone: the sheet values already
 * read, the confirmed mappings, the as-of day, the language and the scope. Recognition, settings and the calendar are
 * rebuilt from these on the other side (they are pure), because the register definitions hold functions.
 * Progress is counted in data rows (below each header) of the sheets being checked.
 */
import { CancelledError } from "../core/cancelled";
import { serialToIso, type Serial } from "../core/dates";
import type { Lang } from "../core/i18n";
import { REGISTERS } from "../core/registers";
import { recognizeWorkbook } from "../core/recognize/recognize";
import { runValidation, type SheetRecognition, type ValidationReport } from "../core/validate";
import { summarize } from "../core/validate/report";
import type { SheetValues } from "../workbook/port";
import type { ConfirmedMappings } from "./mappings";

export interface ValidateJob {
  /** Workbook name shown in the report. */
  workbook: string;
  /** Every sheet's values: the unchecked ones still serve as references, settings and the calendar's overrides. */
  sheets: SheetValues[];
  mappings: ConfirmedMappings;
  asOf: Serial;
  lang: Lang;
  /** The one sheet to check, or null for the whole workbook. */
  sheet: string | null;
  /** Generated sheets present (loadContext's recognition.generated): neither checked nor "unrecognised". */
  generated?: readonly string[];
}

export type RowProgress = (rowsDone: number, rowsTotal: number) => void;

export interface StepHooks {
  onProgress: RowProgress;
  /** Checked at every pause and inside the engine; true stops the run with a CancelledError. */
  isCancelled: () => boolean;
  /** Awaited between sheets: lets the page paint the progress bar and take a click on 取消. */
  pause: () => Promise<void>;
}

interface Plan {
  recognitions: SheetRecognition[];
  /** Each step's sheets (one register each, then the rest together) and its data rows. */
  steps: { only: string[]; rows: number }[];
  total: number;
}

function plan(job: ValidateJob): Plan {
  const recognitions = recognizeWorkbook(job.sheets, REGISTERS, job.mappings, { generated: job.generated }).recognized;
  const inScope = (name: string) => job.sheet === null || job.sheet === name;
  const lengths = new Map(job.sheets.map((s) => [s.name, s.values.length]));
  const steps: Plan["steps"] = [];
  for (const r of recognitions) {
    if (inScope(r.sheet)) steps.push({ only: [r.sheet], rows: Math.max(0, (lengths.get(r.sheet) ?? 0) - r.headerRow) });
  }
  const registers = new Set(recognitions.map((r) => r.sheet));
  const rest = job.sheets.map((s) => s.name).filter((n) => !registers.has(n) && inScope(n));
  if (rest.length > 0) steps.push({ only: rest, rows: 0 });
  return { recognitions, steps, total: steps.reduce((n, s) => n + s.rows, 0) };
}

function inputOf(job: ValidateJob, recognitions: readonly SheetRecognition[]) {
  return {
    workbook: job.workbook,
    sheets: job.sheets,
    recognitions,
    asOf: job.asOf,
    lang: job.lang,
    generated: job.generated,
  };
}

/** Engine progress (row passes) as a share of `rows` data rows. */
const scaled = (rows: number, done: number, total: number) => (total > 0 ? Math.round((rows * done) / total) : rows);

/** The whole job in one synchronous engine run (the worker's way: it is off the page's thread). */
export function runJob(job: ValidateJob, onProgress: RowProgress): ValidationReport {
  const p = plan(job);
  onProgress(0, p.total);
  const only = p.steps.flatMap((s) => s.only);
  const report = runValidation({
    ...inputOf(job, p.recognitions),
    only,
    onProgress: (done, total) => onProgress(scaled(p.total, done, total), p.total),
  }).report;
  onProgress(p.total, p.total);
  return report;
}

/**
 * The job sheet by sheet with a pause before each (the page thread's way when no worker can run): the page stays
 * responsive between sheets and a cancel takes effect at the next pause or inside the engine. Same report as runJob.
 */
export async function runJobInSteps(job: ValidateJob, hooks: StepHooks): Promise<ValidationReport> {
  const p = plan(job);
  const cancelPoint = () => {
    if (hooks.isCancelled()) throw new CancelledError();
  };
  let before = 0;
  hooks.onProgress(0, p.total);
  const parts: ValidationReport[] = [];
  for (const step of p.steps) {
    await hooks.pause();
    cancelPoint();
    const part = runValidation({
      ...inputOf(job, p.recognitions),
      only: step.only,
      isCancelled: hooks.isCancelled,
      onProgress: (done, total) => hooks.onProgress(before + scaled(step.rows, done, total), p.total),
    }).report;
    parts.push(part);
    before += step.rows;
    hooks.onProgress(before, p.total);
  }
  await hooks.pause();
  cancelPoint();
  const sheets = parts.flatMap((r) => r.sheets);
  return {
    workbook: job.workbook,
    asOf: serialToIso(job.asOf),
    sheets,
    unrecognized: parts.flatMap((r) => r.unrecognized),
    summary: summarize(sheets),
  };
}
