/**
 * The 表单 page (issue #15): filled forms from register rows (typed keys or the selected rows), as print-ready sheets
 * in a new workbook where the host can open one (Excel.createWorkbook) or else added to this workbook, and the import of filled forms / CSV picked with a multi-file input → the preview table
 * → 导入, all or nothing. Reading goes through src/xlsx/external-files, planning and writing through src/app/forms.
 */
import { useCallback, useMemo, useState } from "react";
import { parseIso } from "../../../core/dates";
import type { Lang } from "../../../core/i18n";
import { FORMS, formByName, type ImportPlan } from "../../../core/forms";
import { REGISTERS, registerById, type RegisterDef } from "../../../core/registers";
import { recognizeSheet } from "../../../core/recognize/recognize";
import type { WorkbookContext } from "../../../app/load-context";
import {
  applyFormImport,
  keysOfSelection,
  openFormsWorkbook,
  planFormImport,
  registerOfForm,
  writeFormSheets,
  type FormFile,
} from "../../../app/forms";
import { ExternalFileError, readFormWorkbook } from "../../../xlsx/external-files";
import { formWorkbookBytes } from "../../../xlsx/forms";
import { WorkbookReadError } from "../../../xlsx/read-error";
import type { WorkbookPort } from "../../../workbook/port";
import { errorText } from "../../shell/errors";
import { writeDirectly, type WriteWithPreview } from "../../shell/writes";
import { readFileWithProgress } from "../survey/view-model";
import { FormsView } from "./FormsView";
import { outcomeRows, planLine, selectionOutcome, tr } from "./view-model";

export interface FormsPageProps {
  port: WorkbookPort;
  lang: Lang;
  today: () => string;
  loadContext: (port: WorkbookPort) => Promise<WorkbookContext>;
  /** Every write goes through the shell's preview and undo (writes straight through when omitted, in tests). */
  write?: WriteWithPreview;
}

function batchRegister(files: readonly FormFile[]): RegisterDef | null {
  const byLength = [...FORMS].sort((a, b) => b.title.length - a.title.length);
  for (const f of files)
    for (const s of f.book.sheets)
      for (const row of s.values.slice(0, 3))
        for (const v of row) {
          const title = typeof v === "string" ? v.replace(/\s+/g, "") : "";
          const form = title ? byLength.find((x) => title.endsWith(x.title)) : undefined;
          if (form) return registerById(form.register) ?? null;
        }
  for (const f of files)
    for (const s of f.book.sheets) {
      const rec = recognizeSheet(s.name, s.values, REGISTERS);
      if (rec && rec.missing.length === 0) return rec.register;
    }
  return null;
}

export function FormsPage({ port, lang, today, loadContext, write = writeDirectly(port) }: FormsPageProps) {
  const [formId, setFormId] = useState(FORMS[0]?.id ?? "");
  const [keys, setKeys] = useState("");
  const [progress, setProgress] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [info, setInfo] = useState<string | null>(null);
  const [files, setFiles] = useState<FormFile[]>([]);
  const [update, setUpdate] = useState(false);
  const [plan, setPlan] = useState<ImportPlan | null>(null);
  const [register, setRegister] = useState<RegisterDef | null>(null);

  const describe = useCallback(
    (e: unknown) =>
      tr(lang, "failed", {
        message:
          // The shared wording for everything else (Office errors in plain words), as every page uses.
          e instanceof ExternalFileError || e instanceof WorkbookReadError ? e.describe(lang) : errorText(e, lang),
      }),
    [lang],
  );
  const asOf = useMemo(() => today(), [today]);

  const replan = useCallback(
    async (chosen: FormFile[], reg: RegisterDef, upd: boolean) => {
      const ctx = await loadContext(port);
      setPlan(planFormImport(ctx, reg, chosen, { asOf: parseIso(asOf) ?? 0, lang, update: upd }));
    },
    [port, loadContext, asOf, lang],
  );

  const onGenerate = () => {
    const form = formByName(formId);
    if (!form) return;
    const list = keys
      .split(/[,，、\s]+/)
      .map((k) => k.trim())
      .filter((k) => k !== "");
    setError(null);
    setInfo(null);
    if (list.length === 0) {
      setError(tr(lang, "needKeys"));
      return;
    }
    setProgress(tr(lang, "generate"));
    loadContext(port)
      .then(async (ctx) => {
        const reg = registerOfForm(form);
        if (!ctx.tables.get(reg.id)) {
          setError(tr(lang, "noRegister", { sheet: reg.sheet, form: form.title }));
          return;
        }
        // A new workbook where the host can open one (nothing here to preview or undo), else sheets in this one.
        const created = await openFormsWorkbook(port, ctx, form, list, lang, formWorkbookBytes);
        if (created.opened) {
          setInfo(tr(lang, "generatedNewWorkbook", { n: created.sheets.length, sheets: created.sheets.join("、") }));
          return;
        }
        const r =
          created.unknown.length > 0
            ? created
            : await write(tr(lang, "generate"), (p) => writeFormSheets(p, ctx, form, list, lang));
        if (r === null) return;
        if (r.unknown.length > 0) setError(tr(lang, "unknownKeys", { sheet: reg.sheet, keys: r.unknown.join("、") }));
        else setInfo(tr(lang, "generated", { n: r.sheets.length, sheets: r.sheets.join("、") }));
      })
      .catch((e: unknown) => setError(describe(e)))
      .finally(() => setProgress(null));
  };

  const onFromSelection = () => {
    const form = formByName(formId);
    if (!form) return;
    setError(null);
    setInfo(null);
    Promise.all([loadContext(port), port.getSelection()])
      .then(([ctx, selection]) => {
        const reg = registerOfForm(form);
        const t = ctx.tables.get(reg.id);
        if (!t) {
          setError(tr(lang, "noRegister", { sheet: reg.sheet, form: form.title }));
          return;
        }
        const out = selectionOutcome(keysOfSelection(t, selection), lang);
        if (out.keys !== null) setKeys(out.keys);
        (out.error ? setError : setInfo)(out.text);
      })
      .catch((e: unknown) => setError(describe(e)));
  };

  const onFiles = (picked: File[]) => {
    if (picked.length === 0) return;
    setError(null);
    setInfo(null);
    setPlan(null);
    setProgress(tr(lang, "reading", { n: picked.length }));
    Promise.all(
      picked.map(async (f) => {
        const read = await readFormWorkbook(f.name, await readFileWithProgress(f, () => undefined));
        return { name: f.name, book: { sheets: read.sheets, names: read.names } };
      }),
    )
      .then(async (chosen) => {
        const reg = batchRegister(chosen);
        setFiles(chosen);
        setRegister(reg);
        if (!reg) {
          setError(tr(lang, "noRegisterFound"));
          return;
        }
        await replan(chosen, reg, update);
      })
      .catch((e: unknown) => setError(describe(e)))
      .finally(() => setProgress(null));
  };

  const onUpdate = (on: boolean) => {
    setUpdate(on);
    if (register && files.length > 0) replan(files, register, on).catch((e: unknown) => setError(describe(e)));
  };

  const onImport = () => {
    if (!plan || plan.blocked) return;
    setError(null);
    setProgress(tr(lang, "import"));
    write(tr(lang, "import"), (p) => applyFormImport(p, plan))
      .then((out) => {
        if (out === null) return;
        setInfo(
          plan.write
            ? tr(lang, "imported", {
                sheet: plan.sheet,
                append: plan.summary.append,
                updated: plan.summary.updated,
                skip: plan.summary.skip,
              })
            : tr(lang, "nothing"),
        );
        setPlan(null);
        setFiles([]);
      })
      .catch((e: unknown) => setError(describe(e)))
      .finally(() => setProgress(null));
  };

  return (
    <FormsView
      lang={lang}
      forms={FORMS}
      formId={formId}
      onForm={setFormId}
      keys={keys}
      onKeys={setKeys}
      onFromSelection={onFromSelection}
      onGenerate={onGenerate}
      onFiles={onFiles}
      progress={progress}
      error={error}
      info={info}
      previewSheet={plan ? plan.sheet : null}
      rows={plan ? outcomeRows(plan, lang) : []}
      planText={plan ? planLine(plan, lang) : null}
      update={update}
      onUpdate={onUpdate}
      canImport={plan !== null && !plan.blocked && plan.write !== null && progress === null}
      onImport={onImport}
    />
  );
}
