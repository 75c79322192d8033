/** 决议追踪台账: each resolution by its 完成时限 (T38/T39). */
import type { DeadlineRule } from "../types";

export const RESOLUTION_DEADLINES: readonly DeadlineRule[] = [
  {
    id: "resolution",
    register: "resolutions",
    label: { "zh-CN": "决议落实", "en-US": "Resolution" },
    start: [],
    limit: { kind: "column", column: "完成时限" },
    done: "完成日期",
    owners: ["责任人"],
    departments: ["责任部门"],
    subject: "决议事项",
    closedWhen: { column: "状态", oneOf: ["已完成"] },
    source: ["T38", "T39"],
  },
];
