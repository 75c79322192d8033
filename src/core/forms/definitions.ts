/**
 * The office's forms (DOMAIN.md §1: D2/D4/M1/F1–F4/Q5/V1), each bound to the register it is typed into. Every required
 * column of the register is a field, so an imported form is a complete row (test/core/forms/definitions.test.ts).
 */
import type { FormDef } from "./types";

const n = (zh: string, en: string, setting?: string) => ({
  text: { "zh-CN": zh, "en-US": en },
  ...(setting ? { setting } : {}),
});
const SIGN = ["申请人签字", "审批人签字", "日期"] as const;

export const FORMS: readonly FormDef[] = [
  {
    id: "reimbursement",
    title: "报销申请表",
    en: "Expense claim",
    register: "reimbursements",
    fields: [
      { column: "报销单号" },
      { column: "提交日期" },
      { column: "申请人" },
      { column: "部门" },
      { column: "费用类别" },
      { column: "费用发生日期" },
      { column: "金额(元)" },
      { column: "发票张数" },
      { column: "付款申请" },
      { column: "审批人" },
    ],
    notes: [
      n(
        "{value} 元以下由会计直接审批，以上走正常审批流程。",
        "Claims under {value} yuan are approved by the accountant directly; larger ones follow the normal approval.",
        "报销会计直批上限(元)",
      ),
      n(
        "费用发生后 {value} 个工作日内提交，附发票原件。",
        "Submit within {value} working days of the expense, with the original invoices.",
        "报销提交时限(工作日)",
      ),
    ],
    signatures: SIGN,
  },
  {
    id: "purchase",
    title: "采购申请表",
    en: "Purchase request",
    register: "purchases",
    fields: [
      { column: "采购单号" },
      { column: "申请日期" },
      { column: "申请部门" },
      { column: "申请人" },
      { column: "物品名称" },
      { column: "规格" },
      { column: "类型" },
      { column: "数量" },
      { column: "单价(元)" },
      { column: "金额(元)" },
      { column: "供应商" },
      { column: "审批级别" },
    ],
    notes: [
      n(
        "办公用品、耗材金额低于 {value} 元可走简化审批。",
        "Office supplies and consumables under {value} yuan may use the simplified approval.",
        "简化采购上限(元)",
      ),
    ],
    signatures: SIGN,
  },
  {
    id: "outgoing",
    title: "发文申请表",
    en: "Outgoing document request",
    register: "outgoing-documents",
    fields: [
      { column: "发文编号" },
      { column: "申请日期" },
      { column: "申请部门" },
      { column: "起草人" },
      { column: "紧急程度" },
      { column: "密级" },
      { column: "份数" },
      { column: "文件标题", box: { lines: 2 } },
      { column: "发放范围", box: { lines: 2 } },
    ],
    notes: [
      n(
        "印发前须经审核，并由两名校对人分别校对。",
        "Before issue the document is reviewed and proofread by two different people.",
      ),
    ],
    signatures: SIGN,
  },
  {
    id: "circulation",
    title: "文件传阅单",
    en: "Document circulation slip",
    register: "incoming-documents",
    fields: [
      { column: "收文编号" },
      { column: "收文日期" },
      { column: "来文单位" },
      { column: "来文字号" },
      { column: "文件类型" },
      { column: "密级" },
      { column: "紧急程度" },
      { column: "份数" },
      { column: "办理部门" },
      { column: "承办人" },
      { column: "传阅开始日期" },
      { column: "办理期限" },
      { column: "文件标题", box: { lines: 2 } },
    ],
    notes: [
      n(
        "传阅时限 {value} 个工作日，阅后请签名并及时退回综合办。",
        "Circulate within {value} working days; sign and return it to the office.",
        "传阅时限(工作日)",
      ),
    ],
    signatures: ["传阅人签字", "领导批示", "日期"],
  },
  {
    id: "meeting-request",
    title: "会议申请表",
    en: "Meeting request",
    register: "meetings",
    fields: [
      { column: "会议编号" },
      { column: "会议类型" },
      { column: "会议日期" },
      { column: "地点" },
      { column: "开始时间" },
      { column: "结束时间" },
      { column: "主持人" },
      { column: "记录人" },
      { column: "重要会议" },
      { column: "会议主题", box: { lines: 2 } },
      { column: "参会人员", box: { lines: 3 } },
    ],
    notes: [
      n(
        "会议通知至少提前 {value} 个工作日发出；会议时长一般不超过 2 小时。",
        "Send the notice at least {value} working days ahead; meetings normally last at most 2 hours.",
        "会议通知提前(工作日)",
      ),
    ],
    signatures: SIGN,
  },
  {
    id: "meeting-notice",
    title: "会议通知",
    en: "Meeting notice",
    register: "meetings",
    fields: [
      { column: "会议编号" },
      { column: "通知发送日期" },
      { column: "会议日期" },
      { column: "地点" },
      { column: "开始时间" },
      { column: "结束时间" },
      { column: "主持人" },
      { column: "会议主题", box: { lines: 2 } },
      { column: "参会人员", box: { lines: 3 } },
    ],
    notes: [
      n(
        "会议资料至少提前 {value} 天分发，请准时参会。",
        "Materials are sent at least {value} days ahead; please be on time.",
        "会议资料提前(天)",
      ),
    ],
    signatures: ["通知人签字", "审核人签字", "日期"],
  },
  {
    id: "issue-report",
    title: "问题提报表",
    en: "Issue report",
    register: "rectifications",
    fields: [
      { column: "问题编号" },
      { column: "发现日期" },
      { column: "来源" },
      { column: "问题类别" },
      { column: "紧急程度" },
      { column: "责任部门" },
      { column: "完成时限" },
      { column: "状态", initial: "待分派" },
      { column: "问题描述", box: { lines: 4 } },
    ],
    notes: [
      n(
        "综合办登记后分派责任部门，整改完成须经确认后销号。",
        "The office registers the issue and assigns it; it is closed only after the fix is confirmed.",
      ),
    ],
    signatures: ["提报人签字", "接收人签字", "日期"],
  },
  {
    id: "visitor",
    title: "来访登记表",
    en: "Visitor registration",
    register: "visitors",
    fields: [
      { column: "来访编号" },
      { column: "来访日期" },
      { column: "来访人" },
      { column: "来访单位" },
      { column: "人数" },
      { column: "联系电话" },
      { column: "接待人" },
      { column: "接待地点" },
      { column: "涉及部门" },
      { column: "联络员" },
      { column: "当场解决" },
      { column: "答复时限" },
      { column: "来访事由", box: { lines: 3 } },
    ],
    notes: [
      n(
        "涉及两个及以上部门时须指定联络员；未当场解决的须约定答复时限。",
        "Name a liaison when two or more departments are involved; set a reply date when not settled on the spot.",
      ),
    ],
    signatures: ["来访人签字", "接待人签字", "日期"],
  },
  {
    id: "leave",
    title: "请假单",
    en: "Leave request",
    register: "leave-requests",
    fields: [
      { column: "请假单号" },
      { column: "请假类型" },
      { column: "申请人" },
      { column: "部门" },
      { column: "开始日期" },
      { column: "结束日期" },
      { column: "天数" },
      { column: "工作交接人" },
      { column: "事由", box: { lines: 3 } },
    ],
    notes: [
      n("请假须事先办理审批手续，返岗后及时销假。", "Leave is approved beforehand; report back when you return."),
    ],
    signatures: SIGN,
  },
  {
    id: "loan",
    title: "借阅单",
    en: "Loan slip",
    register: "loans",
    fields: [
      { column: "借阅单号" },
      { column: "类别" },
      { column: "借阅人" },
      { column: "部门" },
      { column: "借出日期" },
      { column: "应还日期" },
      { column: "经办人" },
      { column: "用途" },
      { column: "借阅物品", box: { lines: 2 } },
    ],
    notes: [
      n(
        "借阅物品须按期归还，不得转借、涂改或拆散。",
        "Return the items on time; do not lend them on, mark or split them.",
      ),
    ],
    signatures: ["借阅人签字", "经办人签字", "日期"],
  },
];

const byTitle = new Map(FORMS.map((f) => [f.title, f]));
const byId = new Map(FORMS.map((f) => [f.id, f]));

/** A form by its title (报销申请表) or id (reimbursement), as a user names it on the command line. */
export function formByName(name: string): FormDef | undefined {
  const s = name.trim();
  return byTitle.get(s) ?? byId.get(s) ?? byTitle.get(s.replace(/\.xlsx$/i, ""));
}

/** The forms whose rows land in a register. */
export function formsOfRegister(registerId: string): FormDef[] {
  return FORMS.filter((f) => f.register === registerId);
}
