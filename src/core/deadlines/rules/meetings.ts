/** 会议台账: notice ≥ 会议通知提前 WD before (T31), materials ≥ 会议资料提前 days before (T34), minutes draft (T36). */
import type { DeadlineRule } from "../types";

const register = "meetings";
// The minute-taker sends notices, materials and the draft (DOMAIN §7: 会务专员 / 记录人); the chair answers otherwise.
const owners = ["记录人", "主持人"] as const;
const notCancelled = [{ column: "状态", noneOf: ["已取消"] }] as const;
/*
 * T31's 5-WD notice and T34's 3-day materials come from the school's formal meeting procedure (source 004); the weekly
 * department meeting (every Monday, T21) and the ad-hoc 专题会议 (T06: a notice, no number) have no such lead. The
 * types with leads are a 参数设置 list; an untyped meeting keeps the general rule.
 */
const withLeads = [...notCancelled, { column: "会议类型", inSetting: "会前提前适用类型" }] as const;

export const MEETING_DEADLINES: readonly DeadlineRule[] = [
  {
    id: "meeting-notice",
    register,
    label: { "zh-CN": "会议通知", "en-US": "Meeting notice" },
    start: ["会议日期"],
    limit: { kind: "before", unit: "workdays", setting: "会议通知提前(工作日)" },
    done: "通知发送日期",
    owners,
    departments: [],
    subject: "会议主题",
    when: withLeads,
    mootAfterStart: true,
    source: ["T31"],
  },
  {
    id: "meeting-materials",
    register,
    label: { "zh-CN": "会议资料分发", "en-US": "Meeting materials" },
    start: ["会议日期"],
    limit: { kind: "before", unit: "days", setting: "会议资料提前(天)" },
    done: "资料分发日期",
    owners,
    departments: [],
    subject: "会议主题",
    when: withLeads,
    mootAfterStart: true,
    source: ["T34"],
  },
  {
    id: "minutes-draft",
    register,
    label: { "zh-CN": "纪要初稿", "en-US": "Minutes draft" },
    start: ["会议日期"],
    limit: { kind: "after", unit: "workdays", setting: "纪要初稿时限(工作日)" },
    done: "纪要初稿日期",
    owners,
    departments: [],
    subject: "会议主题",
    when: notCancelled,
    source: ["T36"],
  },
];
