/**
 * How the pane finds its workbook. Inside Excel (Office.onReady reports Excel and `Excel` exists) the port is the
 * Office.js adapter; anywhere else (a plain browser, a screenshot) it is a memory workbook holding the demo, so every
 * page can be explored without Office. The globals are read once here; pages only see the port.
 */
import { pickLang, type Lang } from "../../core/i18n";
import { excelWorkbookFromOffice, type ChangedRows, type ExcelWorkbook } from "../../excel";
import type { WorkbookPort } from "../../workbook/port";

export type WatchChanges = (
  sheets: readonly string[],
  onRows: (sheet: string, rows: ChangedRows) => void,
  onError: (e: unknown) => void,
) => Promise<() => Promise<void>>;

export interface Host {
  port: WorkbookPort;
  /** False on the demo workbook: the shell shows a banner saying so. */
  inExcel: boolean;
  /** "file": a workbook the user opened in the workbench (no demo banner; saved as a download). */
  source?: "file";
  /** Office's display language (or the browser's), before any manual switch. */
  lang: Lang;
  /** Check-as-you-type; null when the host sends no change events (the demo workbook). */
  watchChanges: WatchChanges | null;
  /** Whether the host draws charts (both Excel and the memory workbook take chart specs). */
  chartsAvailable: boolean;
}

interface OfficeGlobals {
  Office?: {
    onReady(): Promise<{ host: string | null }>;
    HostType?: { Excel: string };
    context?: { displayLanguage?: string };
  };
  Excel?: unknown;
}

/** office.js in a plain browser may never settle onReady; after this long the pane gives up waiting for Excel. */
const READY_TIMEOUT_MS = 4000;

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), ms);
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}

/** `?lang=en-US` in the page address wins (screenshots, e2e); otherwise Office's or the browser's language. */
function requestedLang(search: string): Lang | null {
  const v = new URLSearchParams(search).get("lang");
  return v ? pickLang(v) : null;
}

export async function connectHost(
  g: OfficeGlobals = globalThis as unknown as OfficeGlobals,
  search = globalThis.location?.search ?? "",
): Promise<Host> {
  const office = g.Office;
  const info = office ? await withTimeout(office.onReady(), READY_TIMEOUT_MS).catch(() => null) : null;
  const excelHost = office?.HostType?.Excel ?? "Excel";
  const forced = requestedLang(search);
  if (info?.host === excelHost && g.Excel !== undefined) {
    const lang = forced ?? pickLang(office?.context?.displayLanguage);
    const wb: ExcelWorkbook = excelWorkbookFromOffice({ lang });
    return {
      port: wb,
      inExcel: true,
      lang,
      watchChanges: (sheets, onRows, onError) => wb.watchChanges(sheets, onRows, onError),
      chartsAvailable: true,
    };
  }
  return {
    // Loaded only outside Excel: the demo rows and templates stay out of the add-in's first download.
    port: await (await import("./demo-workbook")).demoWorkbook(),
    inExcel: false,
    lang: forced ?? pickLang(globalThis.navigator?.language),
    watchChanges: null,
    chartsAvailable: true,
  };
}
