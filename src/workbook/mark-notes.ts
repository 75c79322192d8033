/**
 * How the add-in's marks live in cell notes, shared by every adapter so a workbook marked by the CLI is cleaned by the
 * add-in and vice versa.
 *
 * A mark is one note line starting with MARK_PREFIX, appended below whatever note the user already had. Clearing drops
 * exactly those lines and keeps the user's text, so a user note is never lost even when the user edited it while it
 * was marked. Which cells carry marks is recorded in the workbook setting MARKS_SETTING, so clearing touches only cells
 * the add-in marked.
 */
import type { Mark } from "../core/sheet-spec";

export const MARK_PREFIX = "[台账助手]";
export const MARKS_SETTING = "ledger.marks";

/** A marked cell as recorded in the `ledger.marks` setting. */
export interface MarkedCell {
  sheet: string;
  row: number;
  column: number;
}

function markLine(mark: Pick<Mark, "severity" | "message">): string {
  return `${MARK_PREFIX} ${mark.severity === "error" ? "✖" : "⚠"} ${mark.message.replace(/\r?\n/g, " ")}`;
}

function isMarkLine(line: string): boolean {
  return line.startsWith(MARK_PREFIX);
}

/**
 * The note text without the add-in's lines; null when nothing of the user's remains. Marks sit in a block at the end,
 * joined to the user's text by one newline, so removing that block gives back the user's text to the character.
 */
export function stripMarkLines(note: string | null): string | null {
  if (note === null) return null;
  const lines = note.split("\n");
  if (!lines.some(isMarkLine)) return note;
  let end = lines.length;
  while (end > 0 && isMarkLine(lines[end - 1] as string)) end--;
  const text = lines
    .slice(0, end)
    .filter((line) => !isMarkLine(line))
    .join("\n");
  return text === "" ? null : text;
}

/** The note text after adding marks: the user's text (earlier marks removed) followed by one line per mark. */
export function noteWithMarks(note: string | null, marks: readonly Pick<Mark, "severity" | "message">[]): string {
  const user = stripMarkLines(note);
  const lines = marks.map(markLine);
  return user === null ? lines.join("\n") : `${user}\n${lines.join("\n")}`;
}

function hasMarkLines(note: string | null): boolean {
  return note !== null && note.split("\n").some(isMarkLine);
}

/** Groups marks by cell, errors first within a cell, keeping the input order otherwise. */
function groupMarksByCell(marks: readonly Mark[]): Map<string, Mark[]> {
  const byCell = new Map<string, Mark[]>();
  for (const m of marks) {
    const key = cellKey(m.sheet, m.row, m.column);
    const list = byCell.get(key);
    if (list) list.push(m);
    else byCell.set(key, [m]);
  }
  for (const list of byCell.values())
    list.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1));
  return byCell;
}

export function cellKey(sheet: string, row: number, column: number): string {
  return `${sheet}\u0000${row}\u0000${column}`;
}

/** Reads the `ledger.marks` setting; a damaged value counts as no recorded marks rather than failing the user's run. */
export function parseMarkedCells(text: string | null): MarkedCell[] {
  if (text === null || text === "") return [];
  try {
    const data: unknown = JSON.parse(text);
    if (!Array.isArray(data)) return [];
    return data.filter(
      (x): x is MarkedCell =>
        typeof x === "object" &&
        x !== null &&
        typeof (x as MarkedCell).sheet === "string" &&
        Number.isInteger((x as MarkedCell).row) &&
        Number.isInteger((x as MarkedCell).column),
    );
  } catch {
    return [];
  }
}

export function serializeMarkedCells(cells: readonly MarkedCell[]): string {
  return JSON.stringify(cells.map(({ sheet, row, column }) => ({ sheet, row, column })));
}

/** One note change an adapter performs: null removes the note. */
export interface NoteWrite {
  cell: MarkedCell;
  note: string | null;
}

/**
 * Plans clearing the recorded marks of `sheets` (all when omitted): every recorded cell gets its note back without the
 * add-in's lines. Cells the user has since cleaned by hand are left alone. Returns the writes and the remaining record.
 */
export function planClearMarks(
  recorded: readonly MarkedCell[],
  sheets: ReadonlySet<string> | null,
  currentNote: (cell: MarkedCell) => string | null,
): { writes: NoteWrite[]; recorded: MarkedCell[] } {
  const writes: NoteWrite[] = [];
  const remaining: MarkedCell[] = [];
  for (const cell of recorded) {
    if (sheets !== null && !sheets.has(cell.sheet)) {
      remaining.push(cell);
      continue;
    }
    const note = currentNote(cell);
    if (hasMarkLines(note)) writes.push({ cell, note: stripMarkLines(note) });
  }
  return { writes, recorded: remaining };
}

/**
 * Plans applying marks: earlier marks on the marked sheets are cleared first, then each marked cell gets the user's
 * note (if any) followed by one line per mark.
 */
export function planApplyMarks(
  recorded: readonly MarkedCell[],
  marks: readonly Mark[],
  currentNote: (cell: MarkedCell) => string | null,
): { writes: NoteWrite[]; recorded: MarkedCell[] } {
  const sheets = new Set(marks.map((m) => m.sheet));
  const cleared = planClearMarks(recorded, sheets, currentNote);
  const afterClear = new Map<string, string | null>();
  for (const w of cleared.writes) afterClear.set(cellKey(w.cell.sheet, w.cell.row, w.cell.column), w.note);
  const writes = new Map<string, NoteWrite>();
  for (const w of cleared.writes) writes.set(cellKey(w.cell.sheet, w.cell.row, w.cell.column), w);
  const newRecord = [...cleared.recorded];
  for (const [key, cellMarks] of groupMarksByCell(marks)) {
    const first = cellMarks[0] as Mark;
    const cell = { sheet: first.sheet, row: first.row, column: first.column };
    const base = afterClear.has(key) ? (afterClear.get(key) as string | null) : currentNote(cell);
    writes.set(key, { cell, note: noteWithMarks(base, cellMarks) });
    newRecord.push(cell);
  }
  return { writes: [...writes.values()], recorded: newRecord };
}
