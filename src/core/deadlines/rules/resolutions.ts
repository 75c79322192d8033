/** 决议追踪台账: each resolution by its 完成时限 (T38/T39). */
import { statesIn } from "../../registers/lifecycle";
import { RESOLUTION_LIFECYCLE } from "../../registers/resolutions";
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
    closedWhen: { column: RESOLUTION_LIFECYCLE.column, oneOf: statesIn(RESOLUTION_LIFECYCLE, "closed") },
    source: ["T38", "T39"],
  },
];
