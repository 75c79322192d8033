/**
 * Builds one worksheet from a SheetSpec with ExcelJS, laid out by the shared spec layout so a template file and a sheet
 * added in Excel by the add-in look the same: header row, Excel table, frozen header, widths, number formats, dropdowns,
 * input prompts, conditional formats, protection, page setup, visibility, tab colour.
 */
import type ExcelJS from "exceljs";
import type { ConditionalFormatSpec, SheetSpec } from "../core/sheet-spec";
import { rangeAddress } from "../workbook/a1";
import { layoutOf, type ColumnPlacement } from "../workbook/spec-layout";
import { toExcelJs } from "./cell-values";
import { applyLayout } from "./apply-layout";
import { listFormula } from "./list-formula";

const HEADER_FILL = "FFDDEBF7";
const REQUIRED_HEADER_FILL = "FFFCE4D6";

const argb = (hex: string): string => `FF${hex.replace(/^#/, "").toUpperCase()}`;

/**
 * Excel refuses a file whose tables share a name (workbook-wide, case-insensitive) or whose table headers repeat;
 * a user's renamed copy of a register may already hold the catalogue's table name.
 */
export function tableNameFor(spec: SheetSpec, taken: ReadonlySet<string>): string | null {
  if (!spec.tableName || spec.columns.length === 0) return null;
  const headers = spec.columns.map((c) => c.header.trim().toLowerCase());
  if (new Set(headers).size !== headers.length || headers.some((h) => h === "")) return null;
  let name = spec.tableName;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${spec.tableName}_${i}`;
  return name;
}

export function applySpec(
  ws: ExcelJS.Worksheet,
  spec: SheetSpec,
  tableName: string | null = spec.tableName ?? null,
): void {
  const layout = layoutOf(spec);
  ws.state = spec.hidden ? "hidden" : "visible";
  if (spec.tabColor) ws.properties.tabColor = { argb: argb(spec.tabColor) };
  if (spec.freezeHeader)
    ws.views = [{ state: "frozen", xSplit: 0, ySplit: layout.headerRow, topLeftCell: `A${layout.firstDataRow}` }];
  if (spec.page) {
    ws.pageSetup = {
      ...ws.pageSetup,
      paperSize: 9, // A4
      orientation: spec.page.orientation,
      ...(spec.page.fitToOnePage ? { fitToPage: true, fitToWidth: 1, fitToHeight: 1 } : {}),
    };
  }

  spec.titleRows?.forEach((row, i) => {
    row.forEach((v, j) => {
      ws.getCell(i + 1, j + 1).value = toExcelJs(v);
    });
    if (i === 0) ws.getRow(1).font = { bold: true, size: 14 };
  });

  for (const c of layout.columns) {
    const col = ws.getColumn(c.column);
    col.width = c.spec.width;
    // A column-level format also covers rows typed below the template's formatted block.
    if (c.spec.numberFormat) col.numFmt = c.spec.numberFormat;
  }

  if (tableName) addTable(ws, spec, tableName, layout.headerRow);
  else {
    spec.rows?.forEach((row, i) =>
      row.forEach((v, j) => {
        ws.getCell(layout.firstDataRow + i, j + 1).value = toExcelJs(v);
      }),
    );
  }

  for (const c of layout.columns) {
    const cell = ws.getCell(layout.headerRow, c.column);
    cell.value = c.spec.header;
    cell.style = {
      font: { bold: true },
      fill: {
        type: "pattern",
        pattern: "solid",
        fgColor: { argb: c.spec.required ? REQUIRED_HEADER_FILL : HEADER_FILL },
      },
      alignment: { vertical: "middle", horizontal: "center", wrapText: true },
      border: { bottom: { style: "thin", color: { argb: "FF8EA9DB" } } },
    };
    if (c.spec.headerNote) cell.note = c.spec.headerNote;
    addValidation(ws, spec, c);
  }

  for (const cf of spec.conditionalFormats ?? []) ws.addConditionalFormatting(conditionalFormat(cf));

  if (spec.layout) applyLayout(ws, spec.layout);

  if (spec.protect && !spec.layout?.protection) {
    // No password: protection guards generated sheets against slips, not against a determined user.
    void ws.protect("", {
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatColumns: true,
      sort: true,
      autoFilter: true,
    });
  }
}

function addTable(ws: ExcelJS.Worksheet, spec: SheetSpec, name: string, headerRow: number): void {
  const width = spec.columns.length;
  const given = (spec.rows ?? []).map((r) => Array.from({ length: width }, (_, j) => toExcelJs(r[j] ?? null)));
  // Excel needs at least one data row in a table; an empty template gets one blank row, which reads as no data.
  const rows = given.length > 0 ? given : [Array.from({ length: width }, () => null)];
  ws.addTable({
    name,
    ref: `A${headerRow}`,
    headerRow: true,
    style: { theme: "TableStyleLight9", showRowStripes: true },
    columns: spec.columns.map((c) => ({ name: c.header, filterButton: true })),
    rows,
  });
}

function addValidation(ws: ExcelJS.Worksheet, spec: SheetSpec, c: ColumnPlacement): void {
  const col = c.spec;
  if (!c.dataRange || (!col.list && !col.numeric && !col.prompt)) return;
  const prompt = col.prompt
    ? { showInputMessage: true, promptTitle: col.prompt.title.slice(0, 32), prompt: col.prompt.message.slice(0, 255) }
    : {};
  let rule: ExcelJS.DataValidation;
  if (col.list) {
    rule = {
      type: "list",
      allowBlank: true,
      formulae: [listFormula(col, spec.name)],
      showErrorMessage: true,
      errorStyle: "warning",
      ...prompt,
    };
  } else if (col.numeric) {
    const { type, min, max } = col.numeric;
    const bounds =
      min !== undefined && max !== undefined
        ? { operator: "between" as const, formulae: [min, max] }
        : min !== undefined
          ? { operator: "greaterThanOrEqual" as const, formulae: [min] }
          : max !== undefined
            ? { operator: "lessThanOrEqual" as const, formulae: [max] }
            : { operator: "greaterThanOrEqual" as const, formulae: [type === "whole" ? -2147483648 : -1e307] };
    rule = { type, allowBlank: true, showErrorMessage: true, errorStyle: "warning", ...bounds, ...prompt };
  } else {
    // 'any' is ExcelJS's name for a prompt-only rule (written without a type attribute).
    rule = { type: "any", allowBlank: true, formulae: [], ...prompt } as unknown as ExcelJS.DataValidation;
  }
  // ExcelJS supports range keys in its data-validation model but leaves `dataValidations` out of its typings.
  (ws as unknown as { dataValidations: { add(ref: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(
    rangeAddress(c.dataRange),
    rule,
  );
}

/** The ExcelJS form of a spec's conditional format (also used for formats added to existing sheets). */
export function conditionalFormat(cf: ConditionalFormatSpec): ExcelJS.ConditionalFormattingOptions {
  if (cf.kind === "iconSet") {
    const icons = cf.iconSet;
    if (!icons) throw new RangeError(`conditional format on ${cf.range}: kind 'iconSet' needs iconSet`);
    const [high, mid] = icons.thresholds;
    return {
      ref: cf.range,
      rules: [
        {
          type: "iconSet",
          iconSet: icons.style,
          // Excel lists thresholds from the lowest icon up; the spec gives them from the best icon down.
          cfvo: [
            { type: "percent", value: 0 },
            { type: "num", value: mid },
            { type: "num", value: high },
          ],
        } as ExcelJS.ConditionalFormattingRule,
      ],
    };
  }
  if (!cf.formula) throw new RangeError(`conditional format on ${cf.range}: kind 'formula' needs formula`);
  const style: Partial<ExcelJS.Style> = {};
  if (cf.fill) style.fill = { type: "pattern", pattern: "solid", bgColor: { argb: argb(cf.fill) } };
  if (cf.fontColor) style.font = { color: { argb: argb(cf.fontColor) } };
  return {
    ref: cf.range,
    rules: [
      { type: "expression", formulae: [cf.formula.replace(/^=/, "")], style } as ExcelJS.ConditionalFormattingRule,
    ],
  };
}
