/** 收文登记簿: circulation within 传阅时限 (T18) and handling by 办理期限. */
import type { DeadlineRule } from "../types";

const register = "incoming-documents";
const owners = ["承办人"] as const;
const departments = ["办理部门"] as const;

export const INCOMING_DOCUMENT_DEADLINES: readonly DeadlineRule[] = [
  {
    id: "circulation",
    register,
    label: { "zh-CN": "传阅", "en-US": "Circulation" },
    start: ["传阅开始日期"],
    limit: { kind: "after", unit: "workdays", setting: "传阅时限(工作日)" },
    done: "收回日期",
    owners,
    departments,
    subject: "文件标题",
    source: ["T18"],
  },
  {
    /*
     * The sources give no number for handling a document; the office sets 办理期限 per document. `办理时限(工作日)`
     * (a setting this module adds, default in ./defaults) only fills the column when the user asks for it.
     */
    id: "handling",
    register,
    label: { "zh-CN": "办理", "en-US": "Handling" },
    start: ["收文日期"],
    limit: {
      kind: "column",
      column: "办理期限",
      fallback: { kind: "after", unit: "workdays", setting: "办理时限(工作日)" },
    },
    done: "办结日期",
    owners,
    departments,
    subject: "文件标题",
    closedWhen: { column: "状态", oneOf: ["已办结", "已归档"] },
    // T17 is registration at once (row/register-at-once), not handling: the sources give handling no number.
    source: [],
    basis: {
      "zh-CN": "来源未规定办理时限：按每份文件的办理期限（DOMAIN D1 跟踪办理进度，§9.9）",
      "en-US": "The sources set no handling limit: each document's own 办理期限 (DOMAIN D1 tracking, §9.9)",
    },
  },
];
