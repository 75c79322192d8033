/**
 * Cell notes through ExcelJS. A note a person wrote in Excel usually has formatted runs (the bold author line); the
 * add-in's mark lines are appended as a run of their own, so adding and clearing marks leaves the user's runs and their
 * formatting exactly as they were.
 */
import type ExcelJS from "exceljs";
import { MARK_PREFIX } from "../workbook/mark-notes";

type Run = ExcelJS.RichText;
type RichNote = Exclude<ExcelJS.Comment, string> & { texts?: Run[] };

function runs(cell: ExcelJS.Cell): Run[] | null {
  const note = cell.note as string | RichNote | undefined;
  if (note === undefined || note === null) return null;
  if (typeof note === "string") return [{ text: note }];
  return note.texts ?? [];
}

export function readNote(cell: ExcelJS.Cell): string | null {
  const r = runs(cell);
  if (r === null) return null;
  const text = r.map((x) => x.text).join("");
  return text === "" ? null : text;
}

const isMarkRun = (run: Run): boolean => run.text.replace(/^\n+/, "").startsWith(MARK_PREFIX);

/**
 * Removes a note entirely. ExcelJS has no public way (a Note wrapping `undefined` is written as an empty comment), and
 * a cell loaded from a file also keeps the comment on its value's model, which the writer would put back.
 */
function deleteNote(cell: ExcelJS.Cell): void {
  const internal = cell as unknown as { _comment?: unknown; _value?: { model?: { comment?: unknown } } };
  internal._comment = undefined;
  if (internal._value?.model) delete internal._value.model.comment;
}

/**
 * Sets a cell's note to `text` (null deletes it). When the cell has a formatted note whose user runs form the start of
 * `text`, those runs are kept and only the remainder is written as a new run.
 */
export function writeNote(cell: ExcelJS.Cell, text: string | null): void {
  const note = cell.note as string | RichNote | undefined;
  if (note !== undefined && note !== null && typeof note === "object" && Array.isArray(note.texts)) {
    const userRuns = note.texts.filter((r) => !isMarkRun(r));
    const userText = userRuns.map((r) => r.text).join("");
    if (text === null || text === userText) {
      if (userRuns.length === 0 || userText === "") deleteNote(cell);
      else cell.note = { ...note, texts: userRuns };
      return;
    }
    if (userText !== "" && text.startsWith(userText)) {
      cell.note = { ...note, texts: [...userRuns, { text: text.slice(userText.length) }] };
      return;
    }
  }
  if (text === null) deleteNote(cell);
  else cell.note = text;
}
