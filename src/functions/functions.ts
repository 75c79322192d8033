/**
 * Custom functions LEDGER.WORKDAY, LEDGER.NETWORKDAYS, LEDGER.ISWORKDAY and LEDGER.DEADLINE (the LEDGER namespace is
 * set in the manifest). custom-functions-metadata-plugin generates functions.json from the JSDoc tags below and
 * appends the CustomFunctions.associate calls to this file's bundle. Descriptions carry English and Chinese because
 * the generated metadata has one language; localized-metadata-plugin.cjs derives the zh-CN metadata file.
 */
import { pickLang, translate, type Lang } from "../core/i18n";
import { FunctionInputError, deadline, isWorkday, networkdays, workday, type FunctionContext } from "./logic";
import { FUNCTION_MESSAGES } from "./messages";
import { workbookContext } from "./workbook-context";

/** The part of the custom-functions runtime used here (no @types package for it is installed). */
declare const CustomFunctions: {
  Error: new (code: string, message?: string) => Error;
  ErrorCode: { invalidValue: string };
};

function displayLang(): Lang {
  return pickLang(typeof Office !== "undefined" ? Office.context?.displayLanguage : undefined);
}

/** Runs a function body; a bad argument or uncovered year becomes #VALUE! with the message as its tooltip. */
async function evaluate<T>(body: (ctx: FunctionContext, lang: Lang) => T): Promise<T> {
  const lang = displayLang();
  let ctx: FunctionContext;
  try {
    ctx = await workbookContext();
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    throw new CustomFunctions.Error(
      CustomFunctions.ErrorCode.invalidValue,
      translate(FUNCTION_MESSAGES, lang, "workbookUnreadable", { reason }),
    );
  }
  try {
    return body(ctx, lang);
  } catch (e) {
    if (e instanceof FunctionInputError)
      throw new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, e.message);
    throw e;
  }
}

/**
 * WORKDAY in official China working days (holidays and make-up days), start day excluded · 按中国法定工作日（含调休和「节假日调整」）计算开始日期之后第 n 个工作日，开始日不计。
 * @customfunction WORKDAY
 * @param start Start date: a date, serial or text like 2025-09-26 · 开始日期：日期、序列号或“2025-09-26”这样的文本
 * @param days Working days to add; negative counts back · 工作日数，负数表示向前推
 * @returns The date serial (format the cell as a date) · 日期序列号（请把单元格设为日期格式）
 */
export async function WORKDAY(start: unknown, days: unknown): Promise<number> {
  return evaluate((ctx, lang) => workday(ctx, lang, start, days));
}

/**
 * NETWORKDAYS in official China working days, both ends included · 按中国法定工作日（含调休和「节假日调整」）统计两日期之间的工作日数，首尾都计入。
 * @customfunction NETWORKDAYS
 * @param start Start date · 开始日期
 * @param end End date · 结束日期
 * @returns Working days; negative when end is before start · 工作日数；结束早于开始时为负数
 */
export async function NETWORKDAYS(start: unknown, end: unknown): Promise<number> {
  return evaluate((ctx, lang) => networkdays(ctx, lang, start, end));
}

/**
 * TRUE when the date is an official China working day · 判断日期是否为中国法定工作日（含调休上班和「节假日调整」）。
 * @customfunction ISWORKDAY
 * @param date Date · 日期
 * @returns TRUE for a working day · 工作日为 TRUE
 */
export async function ISWORKDAY(date: unknown): Promise<boolean> {
  return evaluate((ctx, lang) => isWorkday(ctx, lang, date));
}

/**
 * Deadline after a limit such as "3工作日", "5天", "24小时" or "2工作小时" · 按时限计算截止时间：3工作日、5天、24小时、2工作小时（工作小时按「参数设置」的上班时间计）。
 * @customfunction DEADLINE
 * @param start Start date or date-time · 开始日期或日期时间
 * @param limit Limit: 3工作日, 5天, 24小时, 2工作小时 (or 3wd, 5d, 24h, 2wh) · 时限
 * @returns Date serial; with a time of day for hour limits · 日期序列号；小时类时限含时间
 */
export async function DEADLINE(start: unknown, limit: string): Promise<number> {
  return evaluate((ctx, lang) => deadline(ctx, lang, start, limit));
}
