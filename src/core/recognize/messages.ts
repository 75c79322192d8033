/** Recognition findings in the user's language, and the sheet-level issues (`fields/…`) they become. */
import { defineMessages, translate } from "../i18n";
import type { Lang } from "../i18n";
import type { RegisterDef } from "../registers/types";
import type { Severity } from "../sheet-spec";
import { HEADER_SCAN_ROWS } from "./header-row";
import type { Recognition } from "./types";

export const RECOGNIZE_MESSAGES = defineMessages({
  "fields/missing": {
    "zh-CN": "缺少必填列“{column}”（表头在第 {row} 行）",
    "en-US": "The required column {column} is missing (header on row {row})",
  },
  "fields/duplicate": {
    "zh-CN": "{letters} 列都对应“{column}”，只读取 {used} 列，其余列被忽略",
    "en-US": "Columns {letters} all map to {column}; only column {used} is read, the others are ignored",
  },
  unrecognized: {
    "zh-CN": "未识别工作表“{sheet}”：前 {rows} 行中没有哪一行包含某个台账的全部必填列，工作表名也不是台账名称",
    "en-US": "Sheet “{sheet}” was not recognised: none of its first {rows} rows holds all required columns of a register, and its name is not a register's",
  },
  "by-sheet-name": {
    "zh-CN": "工作表“{sheet}”按名称识别为{register}，但表头不完整",
    "en-US": "Sheet “{sheet}” was taken for the {register} register by its name, but its headers are incomplete",
  },
  "stale-mapping": {
    "zh-CN": "工作表“{sheet}”的表头已改变，之前确认的列对应关系不再适用，已重新识别，请再次确认",
    "en-US": "The headers of sheet “{sheet}” changed, so the column mapping confirmed earlier no longer fits; it was recognised again — please confirm it again",
  },
});

/** A sheet-level issue, shaped like the validation report's issues. */
export interface RecognitionIssue {
  row: number;
  column: string;
  code: "fields/missing" | "fields/duplicate";
  severity: Severity;
  message: string;
}

function columnLabel(register: RegisterDef, header: string, lang: Lang): string {
  if (lang === "zh-CN") return header;
  const c = register.columns.find((x) => x.header === header);
  return c ? `${c.en} (${header})` : header;
}

/**
 * `fields/missing` (error: a required field cannot be checked) for every missing required column, and
 * `fields/duplicate` (warning: the first column is read, nothing is lost but the others are ignored) for each field
 * with several columns.
 */
export function recognitionIssues(recognition: Recognition, lang: Lang): RecognitionIssue[] {
  const { register, headerRow } = recognition;
  const issues: RecognitionIssue[] = [];
  for (const header of recognition.missing) {
    issues.push({
      row: headerRow,
      column: header,
      code: "fields/missing",
      severity: "error",
      message: translate(RECOGNIZE_MESSAGES, lang, "fields/missing", { column: columnLabel(register, header, lang), row: headerRow }),
    });
  }
  for (const d of recognition.duplicates) {
    issues.push({
      row: headerRow,
      column: d.header,
      code: "fields/duplicate",
      severity: "warning",
      message: translate(RECOGNIZE_MESSAGES, lang, "fields/duplicate", {
        column: columnLabel(register, d.header, lang),
        letters: d.letters.join(lang === "zh-CN" ? "、" : ", "),
        used: d.letters[0] as string,
      }),
    });
  }
  return issues;
}

/** Notes about how a sheet was recognised, for the task pane and the CLI (empty when there is nothing to say). */
export function recognitionNotes(recognition: Recognition, lang: Lang): string[] {
  const notes: string[] = [];
  const register = lang === "zh-CN" ? recognition.register.sheet : recognition.register.en;
  if (recognition.staleConfirmation) notes.push(translate(RECOGNIZE_MESSAGES, lang, "stale-mapping", { sheet: recognition.sheet }));
  if (recognition.basis === "sheet-name") notes.push(translate(RECOGNIZE_MESSAGES, lang, "by-sheet-name", { sheet: recognition.sheet, register }));
  return notes;
}

export function unrecognizedMessage(sheet: string, lang: Lang): string {
  return translate(RECOGNIZE_MESSAGES, lang, "unrecognized", { sheet, rows: HEADER_SCAN_ROWS });
}
