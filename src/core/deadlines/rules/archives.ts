/**
 * 档案台账: files past retention are appraised (T51, T52). The due date is the row's 到期日期 — an appraisal that
 * keeps a file longer records the new date there — or, when blank, the catalogue's expiry (end of 年度 plus the
 * years of its class).
 * Destruction (销毁日期) closes the item; 永久 files never fall due.
 */
import { archiveExpiry } from "../../registers/archives";
import type { DeadlineRule } from "../types";

export const ARCHIVE_DEADLINES: readonly DeadlineRule[] = [
  {
    id: "appraisal",
    register: "archives",
    label: { "zh-CN": "到期鉴定", "en-US": "Retention appraisal" },
    start: ["归档日期"],
    limit: {
      kind: "column",
      column: "到期日期",
      fallback: { kind: "computed", needs: ["保管期限"], compute: archiveExpiry },
    },
    done: "销毁日期",
    owners: [],
    departments: [],
    subject: "题名",
    when: [{ column: "保管期限", noneOf: ["永久"] }],
    closedWhen: { column: "状态", oneOf: ["已销毁"] },
    source: ["T51", "T52"],
  },
];
