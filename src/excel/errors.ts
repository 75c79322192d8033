/**
 * Office errors in plain words. Office.js rejects with an OfficeExtension.Error whose `code` names the cause
 * (ItemNotFound, AccessDenied, …); a person needs to know what happened and what to do, in their language.
 */
import { translate, type Lang } from "../core/i18n";
import { EXCEL_MESSAGES, type ExcelMessageKey } from "./messages";

/** An error the adapter raises itself (a sheet that vanished, a dropdown list too long), already in words. */
export class ExcelAdapterError extends Error {
  constructor(
    readonly key: ExcelMessageKey,
    readonly params: Record<string, string | number>,
    lang: Lang,
  ) {
    super(translate(EXCEL_MESSAGES, lang, key, params));
    this.name = "ExcelAdapterError";
  }

  describe(lang: Lang): string {
    return translate(EXCEL_MESSAGES, lang, this.key, this.params);
  }
}

const KNOWN_CODES = new Set([
  "ItemNotFound",
  "AccessDenied",
  "InvalidOperationInCellEditMode",
  "RequestPayloadSizeLimitExceeded",
  "InvalidArgument",
  "ItemAlreadyExists",
  "InvalidOperation",
  "GeneralException",
]);

/** Codes and messages Office gives when the host or the network went away rather than the request being wrong. */
const CONNECTION_CODES = new Set([
  "ConnectionFailure",
  "RequestAborted",
  "Timeout",
  "ServiceNotAvailable",
  "ActivityLimitReached",
  "HostRestartNeeded",
]);
const CONNECTION_TEXT = /failed to fetch|network|connection|timed? ?out|disconnect/i;

/** The Office error code of `e` (`code` or `debugInfo.code`), or null. */
export function officeErrorCode(e: unknown): string | null {
  if (typeof e !== "object" || e === null) return null;
  const direct = (e as { code?: unknown }).code;
  if (typeof direct === "string" && direct !== "") return direct;
  const info = (e as { debugInfo?: { code?: unknown } }).debugInfo?.code;
  return typeof info === "string" && info !== "" ? info : null;
}

/** A sentence for the task pane: what went wrong with Excel and what the person can do about it. */
export function describeExcelError(e: unknown, lang: Lang): string {
  if (e instanceof ExcelAdapterError) return e.describe(lang);
  const code = officeErrorCode(e);
  const message = e instanceof Error ? e.message : typeof e === "string" ? e : "";
  if (code === "InvalidOperationInCellEditMode" || /cell edit mode/i.test(message)) {
    return translate(EXCEL_MESSAGES, lang, "error.InvalidOperationInCellEditMode");
  }
  if (code !== null && KNOWN_CODES.has(code))
    return translate(EXCEL_MESSAGES, lang, `error.${code}` as ExcelMessageKey);
  if ((code !== null && CONNECTION_CODES.has(code)) || CONNECTION_TEXT.test(message))
    return translate(EXCEL_MESSAGES, lang, "error.connection");
  return translate(EXCEL_MESSAGES, lang, "error.unknown", {
    detail: code ? `${code}: ${message}` : message || String(e),
  });
}
