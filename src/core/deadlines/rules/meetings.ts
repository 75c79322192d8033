/**
 * 会议台账: notice ≥ 会议通知提前 WD before (T31), materials ≥ 会议资料提前 days before (T34), minutes draft (T36);
 * application ≥ 会议申请提前 WD before (T30), rehearsal of an important meeting (T33), minutes signed within 24 h (T37).
 */
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
  // Issue 17 §3 (columns that extend REGISTERS.md; a sheet without the done column gets no such item).
  {
    id: "meeting-application",
    register,
    label: { "zh-CN": "会议申请", "en-US": "Meeting application" },
    start: ["会议日期"],
    limit: { kind: "before", unit: "workdays", setting: "会议申请提前(工作日)" },
    done: "申请日期",
    owners: ["主持人"],
    departments: [],
    subject: "会议主题",
    when: withLeads,
    mootAfterStart: true,
    source: ["T30", "R18"],
  },
  {
    id: "meeting-rehearsal",
    register,
    label: { "zh-CN": "会场预演", "en-US": "Venue rehearsal" },
    start: ["会议日期"],
    limit: { kind: "before", unit: "days", setting: "会议预演提前(天)" },
    done: "预演日期",
    owners,
    departments: [],
    subject: "会议主题",
    when: [...notCancelled, { column: "重要会议", isTrue: true }],
    mootAfterStart: true,
    source: ["T33", "R20"],
  },
  {
    // 24 clock hours from the meeting's end (会议日期 + 结束时间; the end of the day when 结束时间 is blank).
    id: "minutes-signed",
    register,
    label: { "zh-CN": "纪要签字", "en-US": "Minutes signed" },
    start: ["会议日期"],
    startTime: "结束时间",
    limit: { kind: "after", unit: "hours", setting: "纪要签字时限(小时)" },
    done: "纪要签字时间",
    owners: ["主持人"],
    departments: [],
    subject: "会议主题",
    when: notCancelled,
    source: ["T37", "R22"],
  },
];
