/**
 * 跨部门事项台账: each cross-department matter by its 完成时限 (the row sets the date, R54); the supporting departments
 * reply within 1 WD (T08); progress is reported every 2 WD, daily when urgent (T63).
 */
import { statesIn } from "../../registers/lifecycle";
import { COORDINATION_LIFECYCLE } from "../../registers/coordination";
import type { DeadlineRule } from "../types";

const open = [
  { column: COORDINATION_LIFECYCLE.column, noneOf: statesIn(COORDINATION_LIFECYCLE, "closed") },
  { column: "完成日期", blank: true },
] as const;

export const COORDINATION_DEADLINES: readonly DeadlineRule[] = [
  {
    id: "coordination",
    register: "coordination",
    label: { "zh-CN": "跨部门事项", "en-US": "Cross-department matter" },
    start: ["开始日期"],
    limit: { kind: "column", column: "完成时限" },
    done: "完成日期",
    owners: ["责任人"],
    departments: ["牵头部门"],
    subject: "事项",
    closedWhen: { column: COORDINATION_LIFECYCLE.column, oneOf: statesIn(COORDINATION_LIFECYCLE, "closed") },
    source: ["R54"],
  },
  {
    id: "support-reply",
    register: "coordination",
    label: { "zh-CN": "配合部门回复", "en-US": "Supporting reply" },
    start: ["开始日期"],
    limit: { kind: "after", unit: "workdays", setting: "配合回复时限(工作日)" },
    done: "配合回复日期",
    owners: [],
    departments: ["配合部门"],
    subject: "事项",
    when: [{ column: "配合部门", present: true }],
    source: ["T08"],
  },
  {
    // A recurring report, like the rectification follow-up: the clock restarts at each 最近进展日期.
    id: "progress",
    register: "coordination",
    label: { "zh-CN": "进展反馈", "en-US": "Progress report" },
    start: ["最近进展日期", "开始日期"],
    requires: ["最近进展日期"],
    limit: { kind: "after", unit: "workdays", setting: "进度反馈周期(工作日)" },
    owners: ["责任人"],
    departments: ["牵头部门"],
    subject: "事项",
    when: [...open, { column: "紧急程度", noneOf: ["高"] }],
    source: ["T63"],
  },
  {
    id: "progress-urgent",
    register: "coordination",
    label: { "zh-CN": "紧急进展反馈", "en-US": "Urgent progress report" },
    start: ["最近进展日期", "开始日期"],
    requires: ["最近进展日期"],
    limit: { kind: "after", unit: "workdays", setting: "紧急进度反馈周期(工作日)" },
    owners: ["责任人"],
    departments: ["牵头部门"],
    subject: "事项",
    when: [...open, { column: "紧急程度", oneOf: ["高"] }],
    source: ["T63", "R52"],
  },
];
