/**
 * The read-only grid a problem click opens in the workbench: the sheet around the problem's row, the cell outlined.
 * Only the rows in view are in the DOM (gridWindow), so a 100,000-row register scrolls smoothly.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type UIEvent } from "react";
import { Button, MessageBar, MessageBarBody, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { serialToIso, serialToIsoDateTime } from "../core/dates";
import { translate, type Lang } from "../core/i18n";
import { REGISTERS } from "../core/registers";
import { recognizeSheet } from "../core/recognize/recognize";
import type { CellValue } from "../core/sheet-spec";
import type { WorkbookPort } from "../workbook/port";
import { columnLetters, gridWindow, scrollTopFor } from "./grid-window";
import { WORKBENCH_MESSAGES } from "./messages";

const ROW_HEIGHT = 24;
const VIEW_HEIGHT = 288;

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
  },
  head: { display: "flex", justifyContent: "space-between", alignItems: "center", gap: tokens.spacingHorizontalS },
  scroller: { height: `${VIEW_HEIGHT}px`, overflow: "auto", fontSize: tokens.fontSizeBase200, position: "relative" },
  table: { borderCollapse: "collapse", tableLayout: "fixed" },
  cell: {
    height: `${ROW_HEIGHT - 1}px`,
    maxWidth: "160px",
    minWidth: "48px",
    padding: "0 6px",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
  },
  rowHead: {
    position: "sticky",
    left: 0,
    backgroundColor: tokens.colorNeutralBackground3,
    textAlign: "end",
    color: tokens.colorNeutralForeground3,
  },
  colHead: {
    position: "sticky",
    top: 0,
    backgroundColor: tokens.colorNeutralBackground3,
    zIndex: 1,
    color: tokens.colorNeutralForeground3,
  },
  target: {
    outline: `2px solid ${tokens.colorPaletteRedBorder2}`,
    outlineOffset: "-2px",
    backgroundColor: tokens.colorPaletteRedBackground1,
  },
  targetRow: { backgroundColor: tokens.colorNeutralBackground1Selected },
});

export interface PreviewTarget {
  sheet: string;
  row: number; // Excel row, 1-based
  column: number; // Excel column, 1-based
}

type Loaded = { sheet: string; values: CellValue[][]; dateColumns: Map<number, "date" | "datetime"> };

/** Columns a recognised register types as dates, so serial numbers show as the dates Excel would show. */
function dateColumnsOf(sheet: string, values: CellValue[][]): Map<number, "date" | "datetime"> {
  const out = new Map<number, "date" | "datetime">();
  const rec = recognizeSheet(sheet, values, REGISTERS);
  if (!rec) return out;
  for (const col of rec.register.columns) {
    const at = rec.mapping[col.header];
    if (at !== undefined && (col.type.kind === "date" || col.type.kind === "datetime")) out.set(at, col.type.kind);
  }
  return out;
}

function shown(v: CellValue, dateKind: "date" | "datetime" | undefined): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "number" && dateKind !== undefined && v > 0 && v < 2958466) {
    return dateKind === "date" || Number.isInteger(v) ? serialToIso(Math.floor(v)) : serialToIsoDateTime(v);
  }
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
}

export function SheetPreview({
  port,
  target,
  lang,
  onClose,
}: {
  port: WorkbookPort;
  target: PreviewTarget;
  lang: Lang;
  onClose: () => void;
}) {
  const styles = useStyles();
  const t = (key: keyof typeof WORKBENCH_MESSAGES, p?: Record<string, string | number>) =>
    translate(WORKBENCH_MESSAGES, lang, key, p);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const scroller = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (loaded?.sheet === target.sheet) return;
    let live = true;
    setError(null);
    port.readSheets([target.sheet]).then(
      ([s]) => {
        if (!live) return;
        const values = (s?.values ?? []) as CellValue[][];
        setLoaded({ sheet: target.sheet, values, dateColumns: dateColumnsOf(target.sheet, values) });
      },
      (e: unknown) =>
        live &&
        setError(t("previewFailed", { sheet: target.sheet, message: e instanceof Error ? e.message : String(e) })),
    );
    return () => {
      live = false;
    };
    // Reloaded only when the sheet changes: moving to another row of the same sheet scrolls, it does not re-read.
  }, [port, target.sheet]);

  useLayoutEffect(() => {
    if (!loaded || !scroller.current) return;
    const top = scrollTopFor(target.row - 1, ROW_HEIGHT);
    scroller.current.scrollTop = top;
    setScrollTop(top);
  }, [loaded, target.row]);

  const width = useMemo(() => (loaded ? loaded.values.reduce((m, r) => Math.max(m, r.length), 0) : 0), [loaded]);
  const rows = loaded?.values.length ?? 0;
  const win = gridWindow(rows, ROW_HEIGHT, scrollTop, VIEW_HEIGHT);
  const onScroll = (e: UIEvent<HTMLDivElement>) => setScrollTop(e.currentTarget.scrollTop);

  return (
    <section
      className={styles.root}
      aria-label={t("previewTitle", { sheet: target.sheet, row: target.row })}
      data-testid="sheet-preview"
    >
      <div className={styles.head}>
        <Text weight="semibold">{t("previewTitle", { sheet: target.sheet, row: target.row })}</Text>
        <Button size="small" onClick={onClose}>
          {t("previewClose")}
        </Button>
      </div>
      {error !== null && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {loaded === null && error === null && <Spinner size="tiny" />}
      {loaded !== null && (
        <div className={styles.scroller} ref={scroller} onScroll={onScroll} data-testid="sheet-preview-scroller">
          <table
            className={styles.table}
            role="grid"
            aria-readonly="true"
            aria-rowcount={rows + 1}
            aria-label={t("previewGrid", { sheet: target.sheet })}
          >
            <thead>
              <tr>
                <th className={`${styles.cell} ${styles.colHead} ${styles.rowHead}`} />
                {Array.from({ length: width }, (_, c) => (
                  <th key={c} className={`${styles.cell} ${styles.colHead}`} scope="col">
                    {columnLetters(c)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {win.padTop > 0 && <tr aria-hidden="true" style={{ height: `${win.padTop}px` }} />}
              {loaded.values.slice(win.first, win.last).map((row, i) => {
                const r = win.first + i + 1;
                return (
                  <tr
                    key={r}
                    aria-rowindex={r + 1}
                    className={r === target.row ? styles.targetRow : undefined}
                    data-row={r}
                  >
                    <th className={`${styles.cell} ${styles.rowHead}`} scope="row">
                      {r}
                    </th>
                    {Array.from({ length: width }, (_, c) => {
                      const text = shown(row[c] ?? null, loaded.dateColumns.get(c));
                      const isTarget = r === target.row && c + 1 === target.column;
                      return (
                        <td
                          key={c}
                          className={isTarget ? `${styles.cell} ${styles.target}` : styles.cell}
                          title={text}
                          aria-selected={isTarget || undefined}
                          data-testid={isTarget ? "preview-target" : undefined}
                        >
                          {text}
                        </td>
                      );
                    })}
                  </tr>
                );
              })}
              {win.padBottom > 0 && <tr aria-hidden="true" style={{ height: `${win.padBottom}px` }} />}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
