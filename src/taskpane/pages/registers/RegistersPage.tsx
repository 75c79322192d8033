/**
 * 台账: what the workbook holds against the catalogue. 添加 creates a register sheet exactly as the templates do
 * (setupLedgers, existing sheets untouched), 设置 creates the settings sheets, 识别 shows the column mapping
 * recognition proposes and stores it on confirmation (src/app/mappings), so later checks read the same columns.
 * Every one of these writes goes through the pane's write (actions.ts): previewed, then undoable.
 */
import { useMemo, useState } from "react";
import { translate } from "../../../core/i18n";
import type { PageProps } from "../types";
import { errorText } from "../../shell/errors";
import { useWorkbookContext } from "../../shell/useWorkbookContext";
import { registerActions } from "./actions";
import { REGISTERS_MESSAGES, type RegistersKey } from "./messages";
import { RegistersView, type OpenMapping } from "./RegistersView";
import {
  defaultQuickChoice,
  doubleAssigned,
  mappingRows,
  mappingToConfirm,
  recognitionOf,
  registersOverview,
  setupPreview,
  sheetColumns,
  type MappingOverrides,
} from "./view-model";

export default function RegistersPage({ port, lang, loadContext, write }: PageProps) {
  const { ctx, busy: loading, error: loadError } = useWorkbookContext(port, loadContext);
  const [openSheet, setOpenSheetState] = useState<string | null>(null);
  /** The person's corrections to the open sheet's correspondence, kept until confirmed or closed. */
  const [overrides, setOverrides] = useState<MappingOverrides>({});
  const setOpenSheet = (sheet: string | null) => {
    setOpenSheetState(sheet);
    setOverrides({});
  };
  /** The registers ticked in 一键建立常用台账 (null: the choice is closed). */
  const [quickIds, setQuickIds] = useState<string[] | null>(null);
  const [working, setWorking] = useState(false);
  const [actionError, setActionError] = useState<unknown>(null);
  const [info, setInfo] = useState<string | null>(null);
  const t = (key: RegistersKey, p?: Record<string, string | number>) => translate(REGISTERS_MESSAGES, lang, key, p);

  const overview = useMemo(() => (ctx ? registersOverview(ctx, lang) : null), [ctx, lang]);
  const mapping = useMemo<OpenMapping | null>(() => {
    const rec = ctx && openSheet ? recognitionOf(ctx, openSheet) : null;
    if (!ctx || !rec) return null;
    const rows = mappingRows(ctx, rec, overrides);
    return {
      sheet: rec.sheet,
      headerRow: rec.headerRow,
      rows,
      columns: sheetColumns(ctx, rec),
      doubles: doubleAssigned(rows),
      confirmed: rec.basis === "confirmed",
    };
  }, [ctx, openSheet, overrides]);

  const quick = useMemo(
    () =>
      ctx && quickIds
        ? {
            ids: quickIds,
            preview: setupPreview(
              ctx.sheetInfos.map((s) => s.name),
              quickIds,
            ),
          }
        : null,
    [ctx, quickIds],
  );

  const actions = useMemo(() => registerActions(write, lang), [write, lang]);
  // A confirmed write makes the shell read the workbook again; a cancelled one (null) leaves the page as it was.
  const run = (action: () => Promise<string | null>) => {
    setWorking(true);
    setInfo(null);
    setActionError(null);
    action()
      .then((message) => message !== null && setInfo(message), setActionError)
      .finally(() => setWorking(false));
  };

  const shownError = loadError ?? actionError;
  return (
    <RegistersView
      lang={lang}
      overview={overview}
      mapping={mapping}
      onAdd={(id) => run(() => actions.add(id))}
      onSetup={() => run(() => actions.setupSettings())}
      quick={quick}
      onQuickOpen={() => overview && setQuickIds(defaultQuickChoice(overview))}
      onQuickToggle={(id, on) =>
        setQuickIds((ids) => (ids === null ? ids : on ? [...ids, id] : ids.filter((x) => x !== id)))
      }
      onQuickCancel={() => setQuickIds(null)}
      onQuickConfirm={() => {
        if (!quickIds) return;
        const ids = quickIds;
        setQuickIds(null);
        run(() => actions.quickSetup(ids));
      }}
      onShowMapping={setOpenSheet}
      onConfirm={() => {
        const rec = ctx && openSheet ? recognitionOf(ctx, openSheet) : null;
        if (!ctx || !rec) return;
        const corrected = overrides;
        setOverrides({});
        run(() => actions.confirmColumns(rec.sheet, mappingToConfirm(ctx, rec, corrected)));
      }}
      onForget={() => {
        if (!openSheet) return;
        const sheet = openSheet;
        run(() => actions.confirmColumns(sheet, null));
      }}
      onCloseMapping={() => setOpenSheet(null)}
      onCorrect={(header, index) => setOverrides((o) => ({ ...o, [header]: index }))}
      busy={loading || working}
      error={shownError === null ? null : t("error", { message: errorText(shownError, lang) })}
      info={info}
    />
  );
}
