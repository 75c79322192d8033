/**
 * Why a workbook file could not be opened, in words the user can act on. The CLI prints `describe(lang)` as its one
 * line and exits 2; the task pane shows it when a user picks a file.
 */
import { defineMessages, translate, type Lang } from "../core/i18n";

export type WorkbookReadReason =
  | "missing"
  | "not-a-file"
  | "not-xlsx"
  | "legacy-xls"
  | "encrypted"
  | "corrupt"
  | "part-missing"
  | "part-truncated"
  | "part-invalid"
  | "too-large"
  | "too-many-cells";

const messages = defineMessages({
  missing: { "zh-CN": "找不到文件：{file}", "en-US": "File not found: {file}" },
  "not-a-file": { "zh-CN": "不是文件（可能是文件夹）：{file}", "en-US": "Not a file (perhaps a folder): {file}" },
  "not-xlsx": {
    "zh-CN": "不是 Excel 工作簿（.xlsx）：{file}。请在 Excel 或 WPS 中另存为 .xlsx 后再试",
    "en-US": "Not an Excel workbook (.xlsx): {file}. Save it as .xlsx in Excel or WPS and try again",
  },
  "legacy-xls": {
    "zh-CN": "这是旧版 .xls 格式：{file}。请在 Excel 或 WPS 中另存为 .xlsx 后再试",
    "en-US": "This is the old .xls format: {file}. Save it as .xlsx in Excel or WPS and try again",
  },
  encrypted: {
    "zh-CN": "工作簿设有打开密码（已加密）：{file}。请在 Excel 中取消密码后另存一份再检查",
    "en-US":
      "The workbook is password-protected (encrypted): {file}. Remove the password in Excel, save a copy and try again",
  },
  corrupt: {
    "zh-CN": "工作簿已损坏，无法读取：{file}（{detail}）",
    "en-US": "The workbook is damaged and cannot be read: {file} ({detail})",
  },
  // {detail} is the package part at fault, e.g. xl/worksheets/sheet2.xml: nothing from a damaged part is used.
  "part-missing": {
    "zh-CN": "工作簿已损坏，无法读取：{file} 缺少部件 {detail}。请用 Excel 或 WPS 打开修复并另存后再试",
    "en-US":
      "The workbook is damaged and cannot be read: {file} lacks the part {detail}. Open it in Excel or WPS to repair it, save and try again",
  },
  "part-truncated": {
    "zh-CN":
      "工作簿已损坏，无法读取：{file} 的部件 {detail} 不完整（内容被截断）。请用 Excel 或 WPS 打开修复并另存后再试",
    "en-US":
      "The workbook is damaged and cannot be read: the part {detail} of {file} is cut short. Open it in Excel or WPS to repair it, save and try again",
  },
  "part-invalid": {
    "zh-CN": "工作簿已损坏，无法读取：{file} 的部件 {detail} 内容无效。请用 Excel 或 WPS 打开修复并另存后再试",
    "en-US":
      "The workbook is damaged and cannot be read: the part {detail} of {file} is invalid. Open it in Excel or WPS to repair it, save and try again",
  },
  "too-large": {
    "zh-CN": "工作簿过大，无法读取：{file}（{detail}）。单个部件解压后最多 256 MB，全部合计最多 1 GB",
    "en-US":
      "The workbook is too large to read: {file} ({detail}). A part may inflate to at most 256 MB, all parts together to 1 GB",
  },
  "too-many-cells": {
    "zh-CN": "工作表“{detail}”的非空单元格超过 600 万个，无法读取：{file}。请删去多余的数据后再试",
    "en-US":
      "The sheet '{detail}' holds more than 6 million non-empty cells and cannot be read: {file}. Remove surplus data and try again",
  },
});

export class WorkbookReadError extends Error {
  constructor(
    readonly reason: WorkbookReadReason,
    readonly file: string,
    readonly detail: string = "",
  ) {
    super(translate(messages, "zh-CN", reason, { file, detail }));
    this.name = "WorkbookReadError";
  }

  /** One line naming the file and what to do, in the user's language. */
  describe(lang: Lang): string {
    return translate(messages, lang, this.reason, { file: this.file, detail: this.detail });
  }
}

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

function startsWith(buf: Uint8Array, sig: readonly number[]): boolean {
  return buf.length >= sig.length && sig.every((b, i) => buf[i] === b);
}

/** The bytes of ASCII text, as Latin-1 (one byte per character) or UTF-16LE (how OLE directories name streams). */
function bytesOf(text: string, encoding: "latin1" | "utf16le"): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    out.push(text.charCodeAt(i) & 0xff);
    if (encoding === "utf16le") out.push(0);
  }
  return out;
}

/** Whether `needle` occurs in `buf` (plain scan: runs once per open, over a few markers). */
export function containsBytes(buf: Uint8Array, needle: readonly number[]): boolean {
  const first = needle[0];
  const last = buf.length - needle.length;
  outer: for (let i = buf.indexOf(first as number); i >= 0 && i <= last; i = buf.indexOf(first as number, i + 1)) {
    for (let k = 1; k < needle.length; k++) if (buf[i + k] !== needle[k]) continue outer;
    return true;
  }
  return false;
}

export function containsText(buf: Uint8Array, text: string, encoding: "latin1" | "utf16le" = "latin1"): boolean {
  return containsBytes(buf, bytesOf(text, encoding));
}

/**
 * Classifies a file by its bytes before ExcelJS sees it, so the user hears "encrypted" or "old .xls" rather than a
 * zip library's complaint. Returns null when the bytes look like an .xlsx package.
 */
export function sniffWorkbook(buf: Uint8Array): Exclude<WorkbookReadReason, "missing" | "not-a-file"> | null {
  if (startsWith(buf, OLE_SIGNATURE)) {
    // Excel stores a password-protected .xlsx inside an OLE compound file with an EncryptionInfo stream; any other
    // compound file is a legacy binary workbook (or Word/PowerPoint).
    if (containsText(buf, "EncryptionInfo", "utf16le")) return "encrypted";
    if (containsText(buf, "Workbook", "utf16le") || containsText(buf, "Book", "utf16le")) return "legacy-xls";
    return "not-xlsx";
  }
  if (!startsWith(buf, ZIP_SIGNATURE)) return "not-xlsx";
  // Entry names are stored uncompressed in the zip headers: a package without any spreadsheet part is some other zip
  // (.docx, .ods, an archive).
  if (containsText(buf, "xl/workbook.xml")) return null;
  // Spreadsheet parts without the workbook part: an .xlsx cut short (the workbook part is written late).
  return containsText(buf, "xl/") ? "corrupt" : "not-xlsx";
}
