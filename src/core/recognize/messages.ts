/**
 * How a sheet was recognised, in the user's language. The sheet-level issues (`fields/missing`, `fields/duplicate`)
 * are worded by the validator, which reports them with the rest of the sheet's issues.
 */
import { defineMessages, translate } from "../i18n";
import type { Lang } from "../i18n";
import { HEADER_SCAN_ROWS } from "./header-row";
import type { Recognition } from "./types";

export const RECOGNIZE_MESSAGES = defineMessages({
  unrecognized: {
    "zh-CN": "未识别工作表“{sheet}”：前 {rows} 行中没有哪一行包含某个台账的全部必填列，工作表名也不是台账名称",
    "en-US":
      "Sheet “{sheet}” was not recognised: none of its first {rows} rows holds all required columns of a register, and its name is not a register's",
  },
  "by-sheet-name": {
    "zh-CN": "工作表“{sheet}”按名称识别为{register}，但表头不完整",
    "en-US": "Sheet “{sheet}” was taken for the {register} register by its name, but its headers are incomplete",
  },
  "stale-mapping": {
    "zh-CN": "工作表“{sheet}”的表头已改变，之前确认的列对应关系不再适用，已重新识别，请再次确认",
    "en-US":
      "The headers of sheet “{sheet}” changed, so the column mapping confirmed earlier no longer fits; it was recognised again — please confirm it again",
  },
});

/** Notes about how a sheet was recognised, for the task pane and the CLI (empty when there is nothing to say). */
export function recognitionNotes(recognition: Recognition, lang: Lang): string[] {
  const notes: string[] = [];
  const register = lang === "zh-CN" ? recognition.register.sheet : recognition.register.en;
  if (recognition.staleConfirmation)
    notes.push(translate(RECOGNIZE_MESSAGES, lang, "stale-mapping", { sheet: recognition.sheet }));
  if (recognition.basis === "sheet-name")
    notes.push(translate(RECOGNIZE_MESSAGES, lang, "by-sheet-name", { sheet: recognition.sheet, register }));
  return notes;
}

export function unrecognizedMessage(sheet: string, lang: Lang): string {
  return translate(RECOGNIZE_MESSAGES, lang, "unrecognized", { sheet, rows: HEADER_SCAN_ROWS });
}
