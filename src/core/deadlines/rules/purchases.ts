/** 采购台账: an order placed within 采购处理目标 of the request (T46). */
import type { DeadlineRule } from "../types";

export const PURCHASE_DEADLINES: readonly DeadlineRule[] = [
  {
    id: "purchase-processing",
    register: "purchases",
    label: { "zh-CN": "采购下单", "en-US": "Purchase order" },
    start: ["申请日期"],
    limit: { kind: "after", unit: "workdays", setting: "采购处理目标(工作日)" },
    done: "下单日期",
    owners: ["申请人"],
    departments: ["申请部门"],
    subject: "物品名称",
    when: [{ column: "状态", noneOf: ["已取消"] }],
    closedWhen: { column: "状态", oneOf: ["已下单", "已验收", "已入库"] },
    source: ["T46"],
  },
];
