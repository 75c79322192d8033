/**
 * Where everything on KPI看板 goes, as a SheetLayout: the grid of rows and columns sized for A4 landscape at 100%
 * (the printed columns add up to about 130 characters, what one landscape A4 page holds with Excel's default
 * margins), the tiles, the ruled KPI table with a row tall enough for its chart, and the hidden chart-data rows.
 * Kept apart from the board's content (board.ts) so the grid can be read and changed in one place.
 */
import type { CellValue, ConditionalFormatSpec, SheetLayout } from "../sheet-spec";

/** 1-based columns of the table. The chart column is the last printed one; 记录数 and 数据来源 are screen-only. */
export const BOARD_COLUMNS = {
  id: 1,
  name: 2,
  target: 3,
  actual: 4,
  icon: 5,
  status: 6,
  previous: 7,
  change: 8,
  note: 9,
  chart: 10,
  n: 11,
  source: 12,
} as const;
const WIDTHS = [5, 22, 12, 9, 3, 8, 8, 8, 30, 26, 8, 28];
const LAST_PRINTED = BOARD_COLUMNS.chart;
const LETTERS = "ABCDEFGHIJKL";
const col = (n: number): string => LETTERS[n - 1] as string;

const TITLE_ROW = 1;
const TILE_LABEL_ROW = 4;
const TILE_VALUE_ROW = 5;
const HEADER_ROW = 7;
/** Tall enough for a readable small chart beside the row's text. */
const KPI_ROW_HEIGHT = 42;

export type TileTone = "met" | "not-met" | "no-data" | "all";
const TONES: Record<TileTone, { fill: string; fontColor: string }> = {
  met: { fill: "#E2EFDA", fontColor: "#375623" },
  "not-met": { fill: "#FCE4D6", fontColor: "#C00000" },
  // Grey, not amber: 数据不足 is no verdict, not a warning.
  "no-data": { fill: "#EDEDED", fontColor: "#595959" },
  all: { fill: "#DDEBF7", fontColor: "#1F4E78" },
};
/** Column spans of the four tiles under the printed width. */
const TILE_SPANS: ReadonlyArray<[number, number]> = [
  [1, 2],
  [3, 6],
  [7, 9],
  [10, 10],
];
/** Stable ASCII names of the tile numbers, so formulas and other programs can find them in any language. */
const TILE_NAMES = ["KPI_Met", "KPI_NotMet", "KPI_NoData", "KPI_Count"];

export interface BoardTexts {
  title: string;
  span: string;
  stamp: string;
  tiles: ReadonlyArray<{ label: string; value: number; tone: TileTone }>;
  /** One per column of BOARD_COLUMNS, in order. */
  headers: readonly string[];
  legend: string;
  chartsNote: string | null;
  trendTitle: string;
}

export interface BoardGrid {
  layout: SheetLayout;
  conditionalFormats: ConditionalFormatSpec[];
  headerRow: number;
  firstKpiRow: number;
  /** First row of each KPI's chart data, in the KPIs' order. */
  trendRows: number[];
}

export function boardSheetLayout(
  texts: BoardTexts,
  kpiRows: readonly (readonly CellValue[])[],
  trendBlocks: readonly (readonly (readonly CellValue[])[])[],
): BoardGrid {
  const firstKpiRow = HEADER_ROW + 1;
  const lastKpiRow = firstKpiRow + Math.max(1, kpiRows.length) - 1;
  const legendRow = lastKpiRow + 2;
  const notesRow = texts.chartsNote ? legendRow + 1 : legendRow;
  const lastPrintedRow = notesRow;
  const dataTitleRow = lastPrintedRow + 2;
  const firstDataRow = dataTitleRow + 1;
  const trendRows = trendBlocks.map((_, k) => firstDataRow + k * 3);
  const lastDataRow = firstDataRow + trendBlocks.length * 3 - 1;
  const printed = (row: number) => `A${row}:${col(LAST_PRINTED)}${row}`;
  const table = `A${HEADER_ROW}:${col(LAST_PRINTED)}${lastKpiRow}`;

  const values: NonNullable<SheetLayout["values"]> = [
    { at: "A1", values: [[texts.title], [texts.span], [texts.stamp]] },
    { at: `A${TILE_LABEL_ROW}`, values: [tileLine(texts, (t) => t.label), tileLine(texts, (t) => t.value)] },
    { at: `A${HEADER_ROW}`, values: [texts.headers] },
    { at: `A${firstKpiRow}`, values: kpiRows },
    { at: `A${legendRow}`, values: [[texts.legend]] },
    ...(texts.chartsNote ? [{ at: `A${notesRow}`, values: [[texts.chartsNote]] }] : []),
    { at: `A${dataTitleRow}`, values: [[texts.trendTitle], ...trendBlocks.flat()] },
  ];
  const styles: NonNullable<SheetLayout["styles"]> = [
    { range: `A${TITLE_ROW}`, style: { bold: true, fontSize: 16, vertical: "middle" } },
    { range: `A2:A3`, style: { fontSize: 9, fontColor: "#595959" } },
    ...texts.tiles.flatMap((tile, i) => {
      const [from, to] = TILE_SPANS[i] as [number, number];
      const tone = TONES[tile.tone];
      return [
        {
          range: `${col(from)}${TILE_LABEL_ROW}:${col(to)}${TILE_VALUE_ROW}`,
          style: {
            fill: tone.fill,
            fontColor: tone.fontColor,
            horizontal: "center" as const,
            vertical: "middle" as const,
            border: "outline" as const,
          },
        },
        { range: `${col(from)}${TILE_LABEL_ROW}`, style: { bold: true, fontSize: 11 } },
        { range: `${col(from)}${TILE_VALUE_ROW}`, style: { bold: true, fontSize: 24 } },
      ];
    }),
    { range: table, style: { border: "grid", vertical: "middle" } },
    { range: printed(HEADER_ROW), style: { bold: true, fill: "#DDEBF7", horizontal: "center", wrap: true } },
    {
      range: `${col(BOARD_COLUMNS.n)}${HEADER_ROW}:${col(BOARD_COLUMNS.source)}${HEADER_ROW}`,
      style: { bold: true, fontColor: "#595959" },
    },
    { range: `B${firstKpiRow}:B${lastKpiRow}`, style: { wrap: true } },
    { range: `I${firstKpiRow}:I${lastKpiRow}`, style: { wrap: true, fontSize: 9 } },
    { range: `A${firstKpiRow}:A${lastKpiRow}`, style: { horizontal: "center" } },
    { range: `C${firstKpiRow}:H${lastKpiRow}`, style: { horizontal: "center" } },
    // The icon column shows the icon only: ';;;' hides the 1 / 0 / −1 the icon set reads.
    {
      range: `${col(BOARD_COLUMNS.icon)}${firstKpiRow}:${col(BOARD_COLUMNS.icon)}${lastKpiRow}`,
      style: { numberFormat: ";;;" },
    },
    {
      range: `${col(BOARD_COLUMNS.n)}${firstKpiRow}:${col(BOARD_COLUMNS.source)}${lastKpiRow}`,
      style: { fontSize: 9, fontColor: "#595959", wrap: true, vertical: "middle" },
    },
    { range: `A${legendRow}:A${notesRow}`, style: { fontSize: 9, wrap: true, vertical: "top" } },
  ];
  const merges = [
    printed(TITLE_ROW),
    printed(2),
    printed(3),
    ...TILE_SPANS.flatMap(([from, to]) =>
      from === to
        ? []
        : [
            `${col(from)}${TILE_LABEL_ROW}:${col(to)}${TILE_LABEL_ROW}`,
            `${col(from)}${TILE_VALUE_ROW}:${col(to)}${TILE_VALUE_ROW}`,
          ],
    ),
    printed(legendRow),
    ...(texts.chartsNote ? [printed(notesRow)] : []),
  ];
  const statusRange = `${col(BOARD_COLUMNS.status)}${firstKpiRow}:${col(BOARD_COLUMNS.status)}${lastKpiRow}`;
  const icon = `$${col(BOARD_COLUMNS.icon)}${firstKpiRow}`;
  const conditionalFormats: ConditionalFormatSpec[] = [
    {
      range: `${col(BOARD_COLUMNS.icon)}${firstKpiRow}:${col(BOARD_COLUMNS.icon)}${lastKpiRow}`,
      kind: "iconSet",
      iconSet: { style: "3Symbols", thresholds: [1, 0] },
    },
    { range: statusRange, kind: "formula", formula: `=${icon}=1`, fill: "#C6EFCE", fontColor: "#006100" },
    { range: statusRange, kind: "formula", formula: `=${icon}=-1`, fill: "#FFC7CE", fontColor: "#9C0006" },
    { range: statusRange, kind: "formula", formula: `=${icon}=0`, fill: "#EDEDED", fontColor: "#595959" },
  ];
  const layout: SheetLayout = {
    values,
    styles,
    merges,
    columnWidths: WIDTHS.map((width, i) => ({ column: i + 1, width })),
    rowHeights: [
      { row: TITLE_ROW, height: 26 },
      { row: TILE_VALUE_ROW, height: 36 },
      { row: 6, height: 8 },
      { row: HEADER_ROW, height: 30 },
      ...kpiRows.map((_, k) => ({ row: firstKpiRow + k, height: KPI_ROW_HEIGHT })),
      { row: legendRow, height: 30 },
      ...(texts.chartsNote ? [{ row: notesRow, height: 42 }] : []),
    ],
    hiddenRows: trendBlocks.length > 0 ? [{ first: dataTitleRow, last: lastDataRow }] : [],
    print: {
      area: `A1:${col(LAST_PRINTED)}${lastPrintedRow}`,
      orientation: "landscape",
      paper: "A4",
      fit: { wide: 1, tall: null },
      titleRows: { first: HEADER_ROW, last: HEADER_ROW },
    },
    names: texts.tiles.map((_, i) => ({
      name: TILE_NAMES[i] as string,
      cell: `${col((TILE_SPANS[i] as [number, number])[0])}${TILE_VALUE_ROW}`,
    })),
  };
  return { layout, conditionalFormats, headerRow: HEADER_ROW, firstKpiRow, trendRows };
}

/** A row across the printed width with each tile's text in its first column. */
function tileLine(texts: BoardTexts, pick: (tile: BoardTexts["tiles"][number]) => CellValue): CellValue[] {
  const line: CellValue[] = new Array<CellValue>(LAST_PRINTED).fill(null);
  texts.tiles.forEach((tile, i) => {
    line[(TILE_SPANS[i] as [number, number])[0] - 1] = pick(tile);
  });
  return line;
}
