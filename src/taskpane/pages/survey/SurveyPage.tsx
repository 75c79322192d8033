/**
 * The 调查 page: a survey export picked with a file input (read in the pane, never uploaded) or a sheet of the
 * workbook → preview of the columns and scales → score confirmation when needed → import into 满意度调查 and
 * 满意度汇总 → the summary with its suppression notes. Reading and writing go through src/xlsx/external-files and
 * src/app/survey; the page holds only the user's choices.
 */
import { writeDirectly, type WriteWithPreview } from "../../shell/writes";
import { useCallback, useEffect, useMemo, useState } from "react";
import type { Lang } from "../../../core/i18n";
import type { SheetValues, WorkbookPort } from "../../../workbook/port";
import { SurveyError, type SurveyKind, type SurveySummary } from "../../../core/survey";
import {
  defaultSurveyName,
  importSurvey,
  previewSurvey,
  workbookMapping,
  type SurveyContext,
  type SurveyPreview,
} from "../../../app/survey";
import { ExternalFileError, readExternalFile } from "../../../xlsx/external-files";
import { WorkbookReadError } from "../../../xlsx/read-error";
import { SURVEY_SUMMARY_SHEET } from "../../../core/survey";
import { SurveyView } from "./SurveyView";
import { readFileWithProgress, tr } from "./view-model";

export interface SurveyPageProps {
  port: WorkbookPort;
  lang: Lang;
  loadContext: (port: WorkbookPort) => Promise<SurveyContext>;
  /** The 更新于 stamp of 满意度汇总. */
  now: () => string;
  /** Every write goes through the shell's preview and undo (writes straight through when omitted, in tests). */
  write?: WriteWithPreview;
}

interface Source {
  file: string;
  sheet: SheetValues;
}

const NOT_SOURCES = new Set(["满意度调查", SURVEY_SUMMARY_SHEET, "_ledger", "列表"]);

export function SurveyPage({ port, lang, loadContext, now, write = writeDirectly(port) }: SurveyPageProps) {
  const [sheets, setSheets] = useState<string[]>([]);
  const [sheetChoice, setSheetChoice] = useState("");
  const [source, setSource] = useState<Source | null>(null);
  const [progress, setProgress] = useState<{ label: string; value: number | undefined } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [info, setInfo] = useState<string | null>(null);
  const [name, setName] = useState("");
  const [kind, setKind] = useState<SurveyKind>("师生");
  const [groupBy, setGroupBy] = useState<string | undefined>(undefined);
  const [overallItem, setOverallItem] = useState("");
  const [positions, setPositions] = useState(false);
  const [mapping, setMapping] = useState<Map<string, number>>(new Map());
  const [draft, setDraft] = useState<Record<string, number>>({});
  const [summary, setSummary] = useState<SurveySummary | null>(null);

  const describe = useCallback(
    (e: unknown) =>
      tr(lang, "error", {
        message:
          e instanceof SurveyError || e instanceof ExternalFileError || e instanceof WorkbookReadError
            ? e.describe(lang)
            : e instanceof Error
              ? e.message
              : String(e),
      }),
    [lang],
  );

  useEffect(() => {
    let live = true;
    port.listSheets().then(
      (infos) => {
        if (!live) return;
        const names = infos.filter((s) => s.visible && s.rowCount > 1 && !NOT_SOURCES.has(s.name)).map((s) => s.name);
        setSheets(names);
        setSheetChoice((c) => c || names[0] || "");
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [port]);

  // The workbook's confirmed mapping (参数设置 评分映射) is the starting point of every preview.
  const [stored, setStored] = useState<Map<string, number>>(new Map());
  const begin = (next: Source) => {
    setSource(next);
    setName(defaultSurveyName(next.file));
    setPositions(/按序号/.test(next.file));
    setGroupBy(undefined);
    setOverallItem("");
    setDraft({});
    setSummary(null);
    setInfo(null);
    loadContext(port)
      .then((ctx) => setStored(workbookMapping(ctx.settings)))
      .catch((e: unknown) => setError(describe(e)));
  };

  const onFile = (file: File) => {
    setError(null);
    setProgress({ label: tr(lang, "reading", { file: file.name, percent: 0 }), value: 0 });
    readFileWithProgress(file, (f) =>
      setProgress({ label: tr(lang, "reading", { file: file.name, percent: Math.round(f * 100) }), value: f }),
    )
      .then((bytes) => {
        setProgress({ label: tr(lang, "parsing", { file: file.name }), value: undefined });
        return readExternalFile(file.name, bytes);
      })
      .then((ext) => {
        const sheet = ext.sheets[0];
        if (sheet) begin({ file: file.name, sheet });
      })
      .catch((e: unknown) => setError(describe(e)))
      .finally(() => setProgress(null));
  };

  const onReadSheet = () => {
    setError(null);
    setProgress({ label: tr(lang, "parsing", { file: sheetChoice }), value: undefined });
    port
      .readSheets([sheetChoice], {
        onProgress: (read, total) =>
          setProgress({ label: tr(lang, "parsing", { file: sheetChoice }), value: total ? read / total : undefined }),
      })
      .then(([sheet]) => sheet && begin({ file: sheetChoice, sheet }))
      .catch((e: unknown) => setError(describe(e)))
      .finally(() => setProgress(null));
  };

  const merged = useMemo(() => new Map([...stored, ...mapping]), [stored, mapping]);
  const preview: SurveyPreview | null | { error: string } = useMemo(() => {
    if (!source) return null;
    try {
      return previewSurvey(source.sheet, {
        file: source.file,
        name,
        kind,
        mapping: merged,
        positions,
        ...(groupBy === undefined ? {} : { groupBy }),
        ...(overallItem === "" ? {} : { overallItem }),
      });
    } catch (e) {
      return { error: describe(e) };
    }
  }, [source, name, kind, merged, positions, groupBy, overallItem, describe]);
  const plan = preview && "plan" in preview ? preview.plan : null;
  const previewError = preview && "error" in preview ? preview.error : null;

  const onConfirm = () => {
    if (!plan) return;
    const next = new Map(mapping);
    for (const p of plan.proposals)
      for (const [label, score] of Object.entries(p.scores)) next.set(label, draft[label] ?? score);
    setMapping(next);
  };

  const onImport = () => {
    if (!source || !plan) return;
    setError(null);
    setProgress({ label: tr(lang, "importing"), value: undefined });
    loadContext(port)
      .then((ctx) =>
        write(tr(lang, "import"), (p) =>
          importSurvey(p, ctx, source.sheet, {
            file: source.file,
            name,
            kind,
            mapping: merged,
            positions,
            ...(groupBy === undefined ? {} : { groupBy }),
            ...(overallItem === "" ? {} : { overallItem }),
            lang,
            updatedAt: now(),
          }),
        ),
      )
      .then((r) => {
        if (r === null) return;
        setSummary(r.summary);
        setInfo(tr(lang, "imported", { added: r.added, updated: r.updated, unchanged: r.unchanged }));
      })
      .catch((e: unknown) => setError(describe(e)))
      .finally(() => setProgress(null));
  };

  const groupOptions = plan ? plan.columns.filter((c) => c.role === "group").map((c) => c.header) : [];
  const shownGroup = groupBy ?? (preview && "summary" in preview ? (preview.summary?.groups[0]?.by ?? "") : "");
  return (
    <SurveyView
      lang={lang}
      sheets={sheets}
      sheetChoice={sheetChoice}
      onSheetChoice={setSheetChoice}
      onReadSheet={onReadSheet}
      onFile={onFile}
      progress={progress}
      error={error ?? previewError}
      info={info}
      plan={plan}
      rows={preview && "data" in preview ? (preview.data?.ids.length ?? 0) : 0}
      name={name}
      onName={setName}
      kind={kind}
      onKind={setKind}
      groupBy={shownGroup}
      groupOptions={groupOptions}
      overallItem={overallItem}
      itemOptions={plan ? plan.columns.filter((c) => c.role === "item").map((c) => c.header) : []}
      onOverallItem={setOverallItem}
      onGroupBy={setGroupBy}
      positions={positions}
      onPositions={setPositions}
      draft={draft}
      onDraft={(label, score) => setDraft((d) => ({ ...d, [label]: score }))}
      onConfirm={onConfirm}
      canImport={plan !== null && plan.proposals.length === 0 && progress === null && name.trim() !== ""}
      onImport={onImport}
      summary={summary}
    />
  );
}
