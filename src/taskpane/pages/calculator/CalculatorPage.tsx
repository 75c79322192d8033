/**
 * 计算器: the n-th working day from a date, on the official calendar plus this workbook's 节假日调整 (read through
 * loadContext). The inputs start at today and 5 working days.
 */
import { useMemo, useState } from "react";
import { createCalendar } from "../../../core/calendar";
import type { PageProps } from "../types";
import { errorText } from "../../shell/errors";
import { useWorkbookContext } from "../../shell/useWorkbookContext";
import { CalculatorView } from "./CalculatorView";
import { calculate } from "./view-model";

export default function CalculatorPage({ port, lang, today, loadContext }: PageProps) {
  const { ctx, busy, error } = useWorkbookContext(port, loadContext);
  const [start, setStart] = useState(today);
  const [days, setDays] = useState("5");
  // Until the workbook is read (or when it cannot be), the official calendar alone still answers.
  const calendar = useMemo(() => ctx?.calendar ?? createCalendar(), [ctx]);
  const result = useMemo(() => calculate(calendar, start, days, lang), [calendar, start, days, lang]);
  return (
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
  );
}
