/** 跨部门事项台账: each cross-department matter by its 完成时限 (T08/T63 set the pace; the row sets the date). */
import { statesIn } from "../../registers/lifecycle";
import { COORDINATION_LIFECYCLE } from "../../registers/coordination";
import type { DeadlineRule } from "../types";

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
    source: ["T08", "T63"],
  },
];
