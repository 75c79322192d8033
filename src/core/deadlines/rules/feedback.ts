/**
 * 投诉与意见登记: complaints are contacted within 投诉核实时限 and answered within 投诉反馈时限 elapsed hours
 * (T56/T57, DOMAIN §9.3: hours are clock hours); suggestions and enquiries are answered within 意见反馈时限 working
 * days of the day received (T54).
 */
import type { DeadlineRule } from "../types";

const register = "feedback";
const complaints = [{ column: "类别", oneOf: ["投诉类"] }] as const;

export const FEEDBACK_DEADLINES: readonly DeadlineRule[] = [
  {
    id: "complaint-contact",
    register,
    label: { "zh-CN": "投诉核实联系", "en-US": "Complaint contact" },
    start: ["接收时间"],
    limit: { kind: "after", unit: "hours", setting: "投诉核实时限(小时)" },
    done: "核实联系时间",
    owners: ["责任人"],
    departments: [],
    subject: "内容",
    when: complaints,
    source: ["T56"],
  },
  {
    id: "complaint-result",
    register,
    label: { "zh-CN": "投诉结果反馈", "en-US": "Complaint result" },
    start: ["接收时间"],
    limit: { kind: "after", unit: "hours", setting: "投诉反馈时限(小时)" },
    done: "结果反馈时间",
    owners: ["责任人"],
    departments: [],
    subject: "内容",
    when: complaints,
    source: ["T57"],
  },
  {
    id: "feedback-reply",
    register,
    label: { "zh-CN": "意见答复", "en-US": "Feedback reply" },
    start: ["接收时间"],
    limit: { kind: "after", unit: "workdays", setting: "意见反馈时限(工作日)" },
    done: "结果反馈时间",
    owners: ["责任人"],
    departments: [],
    subject: "内容",
    when: [{ column: "类别", oneOf: ["建议类", "咨询类"] }],
    source: ["T54"],
  },
  {
    // T53 (001's problem feedback): a first response within 48 h; complaints have their stricter 24-h contact (T56).
    id: "initial-response",
    register,
    label: { "zh-CN": "意见初步响应", "en-US": "First response" },
    start: ["接收时间"],
    limit: { kind: "after", unit: "hours", setting: "初步响应时限(小时)" },
    done: "初步响应时间",
    owners: ["责任人"],
    departments: [],
    subject: "内容",
    when: [{ column: "类别", oneOf: ["建议类", "咨询类"] }],
    source: ["T53", "R48"],
  },
];
