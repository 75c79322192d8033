/** 问题整改台账: finished by 完成时限 (DOMAIN §6), and followed up every 决议跟踪周期 days while open (T58, §6.3). */
import { statesIn } from "../../registers/lifecycle";
import { RECTIFICATION_LIFECYCLE as LIFECYCLE } from "../../registers/rectifications";
import type { DeadlineRule } from "../types";

const parked = statesIn(LIFECYCLE, "parked");
const closed = statesIn(LIFECYCLE, "closed");

const register = "rectifications";
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
    source: ["T58", "T59"],
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
    when: [
      { column: LIFECYCLE.column, noneOf: [...closed, ...parked] },
      { column: "完成确认日期", blank: true },
    ],
    source: ["T58"],
  },
];
