/**
 * 计算器: the n-th working day from a date, on the official calendar plus this workbook's 节假日调整 (read through
 * loadContext). The inputs start at today and 5 working days. Below it, 导入国务院节假日通知 writes a new year's
 * schedule into 节假日调整 through the pane's write (app/import-holiday-notice; the page's preview is the
 * confirmation, and the write can be undone), after which the shell re-reads the workbook.
 */
import { useCallback, useMemo, useState } from "react";
import { createCalendar } from "../../../core/calendar";
import type { PageProps } from "../types";
import { errorText } from "../../shell/errors";
import { useWorkbookContext } from "../../shell/useWorkbookContext";
import { CalculatorView } from "./CalculatorView";
import { NoticeImportView } from "./NoticeImportView";
import { describeImport, previewNotice, writeNotice, type NoticePreview } from "./notice-import";
import { calculate } from "./view-model";

export default function CalculatorPage({ port, lang, today, loadContext, write }: PageProps) {
  const { ctx, busy, error } = useWorkbookContext(port, loadContext);
  const [start, setStart] = useState(today);
  const [days, setDays] = useState("5");
  // Until the workbook is read (or when it cannot be), the official calendar alone still answers.
  const calendar = useMemo(() => ctx?.calendar ?? createCalendar(), [ctx]);
  const result = useMemo(() => calculate(calendar, start, days, lang), [calendar, start, days, lang]);

  const [noticeText, setNoticeText] = useState("");
  const [preview, setPreview] = useState<NoticePreview | null>(null);
  const [writing, setWriting] = useState(false);
  const [done, setDone] = useState<string[] | null>(null);
  const [writeError, setWriteError] = useState<unknown>(null);
  const onNoticeText = useCallback((v: string) => {
    // A changed text needs a new preview before anything is written.
    setNoticeText(v);
    setPreview(null);
    setDone(null);
    setWriteError(null);
  }, []);
  const onPreview = useCallback(() => {
    setDone(null);
    setWriteError(null);
    setPreview(previewNotice(noticeText, lang));
  }, [noticeText, lang]);
  const onConfirm = useCallback(() => {
    if (!preview?.ok) return;
    setWriting(true);
    setWriteError(null);
    writeNotice(write, preview.notice, lang).then(
      (r) => {
        setWriting(false);
        if (r === null) return;
        setDone(describeImport(r, lang));
        setPreview(null);
      },
      (e: unknown) => {
        setWriting(false);
        setWriteError(e);
      },
    );
  }, [write, preview, lang]);

  return (
    <>
      <CalculatorView
        lang={lang}
        start={start}
        days={days}
        onStartChange={setStart}
        onDaysChange={setDays}
        result={result}
        overrides={ctx?.settings.holidayOverrides.length ?? 0}
        busy={busy}
        error={error === null ? null : errorText(error, lang)}
      />
      <NoticeImportView
        lang={lang}
        text={noticeText}
        onTextChange={onNoticeText}
        onPreview={onPreview}
        preview={preview}
        onConfirm={onConfirm}
        writing={writing}
        done={done}
        error={writeError === null ? null : errorText(writeError, lang)}
      />
    </>
  );
}
