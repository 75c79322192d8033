/**
 * 检查: validates the whole workbook or the sheet in front, lists the problems by sheet (a click selects the cell),
 * marks or unmarks them on the cells, and re-checks edited rows when 自动检查 is on in Excel.
 */
import { useMemo, useState } from "react";
import { translate } from "../../../core/i18n";
import { reportIn } from "../../../core/validate/report";
import type { PageProps } from "../types";
import { errorText } from "../../shell/errors";
import { createValidateWorker } from "../../workers/create-validate-worker";
import { VALIDATE_PAGE_MESSAGES } from "./messages";
import { useValidation } from "./useValidation";
import { ValidateView } from "./ValidateView";
import type { Scope } from "./view-model";

export default function ValidatePage({
  port,
  lang,
  today,
  now,
  watchChanges,
  navigate,
  lastCheck,
  recordCheck,
  loadContext,
  write,
}: PageProps) {
  const [scope, setScope] = useState<Scope>("workbook");
  const v = useValidation(
    port,
    lang,
    today,
    translate(VALIDATE_PAGE_MESSAGES, lang, "workbookName"),
    watchChanges,
    createValidateWorker,
    lastCheck,
    recordCheck,
    now,
    loadContext,
    write,
  );
  // Findings keep their messages as data: a language switch renders them again, it does not validate again.
  const report = useMemo(() => (v.report === null ? null : reportIn(v.report, lang)), [v.report, lang]);
  const changeScope = (s: Scope) => {
    setScope(s);
    if (s === "current") v.refreshActiveSheet();
  };
  return (
    <ValidateView
      lang={lang}
      activeSheet={v.activeSheet}
      scope={scope}
      onScopeChange={changeScope}
      onCheck={() => v.check(scope)}
      onCancel={v.cancel}
      onMark={v.mark}
      onClear={() => v.clear(scope)}
      onSelect={v.select}
      onGoRegisters={() => navigate("registers")}
      ignored={v.ignored}
      onIgnore={v.ignore}
      auto={v.auto}
      autoAvailable={watchChanges !== null}
      onAutoChange={v.setAuto}
      phase={v.phase}
      progress={v.progress}
      report={report}
      error={
        v.error === null
          ? null
          : translate(VALIDATE_PAGE_MESSAGES, lang, "error", { message: errorText(v.error, lang) })
      }
      notice={v.notice === null ? null : translate(VALIDATE_PAGE_MESSAGES, lang, v.notice.key, v.notice.params)}
    />
  );
}
