/** 来访登记: a matter not settled on the spot is answered by its stated 答复时限 (T16). */
import type { DeadlineRule } from "../types";

export const VISITOR_DEADLINES: readonly DeadlineRule[] = [
  {
    id: "visitor-reply",
    register: "visitors",
    label: { "zh-CN": "来访答复", "en-US": "Visitor reply" },
    start: ["来访日期"],
    limit: { kind: "column", column: "答复时限" },
    done: "实际答复日期",
    owners: ["接待人"],
    departments: [],
    subject: "来访事由",
    when: [{ column: "当场解决", notTrue: true }],
    source: ["T16"],
  },
];
