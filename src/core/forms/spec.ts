/**
 * A FormSheet as a SheetSpec with a printable layout (the layout primitive of src/core/sheet-spec.ts), so every
 * adapter that applies layouts — the .xlsx writer, the memory workbook, Excel — makes the same form.
 */
import type { CellStyle, SheetLayout, SheetSpec } from "../sheet-spec";
import type { FormCellStyle, FormSheet } from "./layout";

const STYLES: Readonly<Record<FormCellStyle, CellStyle>> = {
  title: { bold: true, fontSize: 18, horizontal: "center", vertical: "middle" },
  label: { bold: true, horizontal: "center", vertical: "middle", wrap: true, fill: "#F2F2F2", border: "grid" },
  input: { horizontal: "left", vertical: "middle", wrap: true, border: "grid" },
  box: { horizontal: "left", vertical: "top", wrap: true, border: "grid" },
  note: { fontSize: 9, fontColor: "#595959", vertical: "middle", wrap: true },
  "sign-label": { horizontal: "right", vertical: "bottom" },
  "sign-line": { border: "bottom" },
};

const LETTERS = ["A", "B", "C", "D", "E", "F", "G", "H"];
const a1 = (row: number, column: number): string => `${LETTERS[column - 1] ?? "A"}${row}`;
const range = (row: number, column: number, toRow: number, toColumn: number): string =>
  row === toRow && column === toColumn ? a1(row, column) : `${a1(row, column)}:${a1(toRow, toColumn)}`;

/**
 * The sheet spec of a form. `names`: the workbook-scoped names of the input cells — one form per workbook, since a name
 * can point at one cell only (several forms in one workbook go without them).
 */
export function formSheetSpec(
  form: FormSheet,
  options: { names: boolean; sheetName?: string } = { names: true },
): SheetSpec {
  const styles: { range: string; style: CellStyle }[] = [];
  const values: { at: string; values: (string | number | boolean | null)[][] }[] = [];
  for (const c of form.cells) {
    if (c.value !== null && c.value !== "") values.push({ at: a1(c.row, c.column), values: [[c.value]] });
    const input =
      c.style === "input" || c.style === "box"
        ? form.inputs.find((i) => i.row === c.row && i.column === c.column)
        : undefined;
    const style = { ...STYLES[c.style], ...(c.numberFormat ? { numberFormat: c.numberFormat } : {}) };
    styles.push({
      range: input ? range(input.row, input.column, input.toRow, input.toColumn) : a1(c.row, c.column),
      style,
    });
    if (c.style === "label" && input && input.toRow > input.row)
      styles.push({ range: range(c.row, c.column, input.toRow, c.column), style });
  }
  const layout: SheetLayout = {
    values,
    styles,
    merges: form.merges,
    columnWidths: form.widths.map((width, k) => ({ column: k + 1, width })),
    rowHeights: [...form.heights].map(([row, height]) => ({ row, height })),
    validations: form.inputs
      .filter((i) => i.list && i.list.length > 0)
      .map((i) => ({
        range: a1(i.row, i.column),
        list: { kind: "values" as const, values: i.list as readonly string[] },
      })),
    print: {
      area: form.printArea,
      orientation: form.page.orientation,
      paper: form.page.paper,
      fit: { wide: 1, tall: 1 },
    },
    ...(options.names ? { names: form.inputs.map((i) => ({ name: i.name, cell: a1(i.row, i.column) })) } : {}),
    protection: { unlocked: form.inputs.map((i) => range(i.row, i.column, i.toRow, i.toColumn)) },
  };
  return { name: options.sheetName ?? form.name, columns: [], layout, ifExists: "keep" };
}
