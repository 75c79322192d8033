/** 问题整改台账: finished by 完成时限 (DOMAIN §6), and followed up every 决议跟踪周期 days while open (T58, §6.3). */
import { statesIn } from "../../registers/lifecycle";
import { RECTIFICATION_LIFECYCLE as LIFECYCLE } from "../../registers/rectifications";
import type { DeadlineRule } from "../types";

const parked = statesIn(LIFECYCLE, "parked");
const closed = statesIn(LIFECYCLE, "closed");

const register = "rectifications";
/** Open: neither closed nor parked, and no confirmation date (the follow-up clocks stop there). */
const stillOpen = [
  { column: LIFECYCLE.column, noneOf: [...closed, ...parked] },
  { column: "完成确认日期", blank: true },
] as const;
const owners = ["责任人"] as const;
const departments = ["责任部门"] as const;

export const RECTIFICATION_DEADLINES: readonly DeadlineRule[] = [
  {
    // Deferred items (纳入长期计划) leave the deadline by the director's decision (DOMAIN §6.3).
    id: "rectification",
    register,
    label: { "zh-CN": "整改完成", "en-US": "Rectification" },
    start: ["发现日期"],
    limit: { kind: "column", column: "完成时限" },
    done: "完成确认日期",
    owners,
    departments,
    subject: "问题描述",
    when: [{ column: LIFECYCLE.column, noneOf: parked }],
    closedWhen: { column: LIFECYCLE.column, oneOf: closed },
    // Late items are chased (催办, R46) and escalated to the 分管领导 (预警, R56) by the escalation ladder.
    source: ["T58", "T59", "R46", "R56"],
  },
  {
    /*
     * A recurring check: the next follow-up is due a cycle after the last one (or after discovery when never
     * followed up). Entering a newer 最近跟踪日期 moves the clock, so the item has no done column; it exists only while
     * the problem is open.
     */
    id: "follow-up",
    register,
    label: { "zh-CN": "整改跟踪", "en-US": "Follow-up" },
    start: ["最近跟踪日期", "发现日期"],
    limit: { kind: "after", unit: "days", setting: "决议跟踪周期(天)" },
    owners,
    departments,
    subject: "问题描述",
    // Urgent problems have their own, shorter cycle (follow-up-urgent below).
    when: [...stillOpen, { column: "紧急程度", noneOf: ["高"] }],
    source: ["T58"],
  },
  // Issue 17 §3: dispatch within 1 WD (T62) and the urgent cadence (R52: daily when 紧急程度 = 高).
  {
    // Once the row is past 待分派 without a 分派日期 the dispatch is done but undated: no item (validation reports it).
    id: "dispatch",
    register,
    label: { "zh-CN": "问题分派", "en-US": "Dispatch" },
    start: ["发现日期"],
    limit: { kind: "after", unit: "workdays", setting: "分派时限(工作日)" },
    done: "分派日期",
    owners,
    departments,
    subject: "问题描述",
    when: [{ column: LIFECYCLE.column, noneOf: parked }],
    closedWhen: {
      column: LIFECYCLE.column,
      oneOf: LIFECYCLE.states.map((s) => s.value).filter((v) => v !== "待分派" && !parked.includes(v)),
    },
    source: ["T62", "R51"],
  },
  {
    id: "follow-up-urgent",
    register,
    label: { "zh-CN": "紧急整改跟踪", "en-US": "Urgent follow-up" },
    start: ["最近跟踪日期", "分派日期", "发现日期"],
    requires: ["最近跟踪日期", "紧急程度"],
    limit: { kind: "after", unit: "workdays", setting: "紧急进度反馈周期(工作日)" },
    owners,
    departments,
    subject: "问题描述",
    when: [...stillOpen, { column: "紧急程度", oneOf: ["高"] }],
    source: ["R52"],
  },
];
