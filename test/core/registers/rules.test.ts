/**
 * Every cross-field rule of REGISTERS.md, each with rows that break it and rows that keep it. A final test makes sure
 * no rule of the catalogue is left without cases here.
 */
import { REGISTERS } from "../../../src/core/registers";
import { makeSettings } from "../../../src/core/settings";
import type { StaffMember } from "../../../src/core/settings-types";
import type { CellValue } from "../../../src/core/sheet-spec";
import { check, reg, type CheckOptions } from "../validate/fixtures";

type Row = Record<string, CellValue>;

const BASE: Record<string, Row> = {
  "incoming-documents": {
    收文编号: "S1",
    收文日期: "2025-03-03",
    来文单位: "区教育局",
    文件标题: "关于开展安全检查的通知",
    密级: "公开",
    份数: 2,
    办理部门: "教务处",
  },
  "outgoing-documents": {
    发文编号: "F1",
    文件标题: "关于召开家长会的通知",
    申请部门: "综合办",
    申请日期: "2025-03-03",
    密级: "内部",
  },
  meetings: { 会议编号: "M1", 会议主题: "部门周会", 会议日期: "2025-03-14", 主持人: "张主任" },
  resolutions: { 决议编号: "R1", 决议事项: "更新值班表", 责任部门: "教务处", 完成时限: "2025-04-01", 状态: "进行中" },
  visitors: { 来访编号: "V1", 来访日期: "2025-03-03", 来访人: "李先生", 来访事由: "咨询招生", 接待人: "王文员" },
  reimbursements: {
    报销单号: "B1",
    申请人: "张老师",
    部门: "教务处",
    费用类别: "办公费",
    费用发生日期: "2025-03-03",
    提交日期: "2025-03-04",
    "金额(元)": 300,
    审批人: "赵会计",
  },
  purchases: {
    采购单号: "P1",
    申请部门: "教务处",
    申请日期: "2025-03-03",
    物品名称: "A4纸",
    类型: "耗材",
    数量: 10,
    "单价(元)": 25,
  },
  stock: { 日期: "2025-03-03", 物品编码: "A4", 物品名称: "A4纸", 单位: "包", 入库数量: 10 },
  assets: {
    资产编号: "Z1",
    资产名称: "台式电脑",
    规格型号: "X1",
    购置日期: "2024-05-01",
    存放地点: "101室",
    使用部门: "教务处",
    负责人: "张老师",
  },
  archives: {
    档号: "D1",
    题名: "2010年工作总结",
    归档类别: "行政管理类",
    保管期限: "短期",
    年度: 2010,
    归档日期: "2011-01-10",
    纸质存放位置: "柜1",
  },
  rectifications: {
    问题编号: "Q1",
    来源: "师生反映",
    问题描述: "走廊灯不亮",
    发现日期: "2025-03-03",
    责任部门: "总务处",
    完成时限: "2025-03-20",
    状态: "待分派",
  },
  feedback: { 编号: "FB1", 接收时间: "2025-03-03 09:00", 类别: "建议类", 内容: "增加饮水机" },
  training: { 员工姓名: "张三", 培训名称: "服务礼仪", 培训日期: "2025-03-03" },
  communications: { 信息编号: "C1", 信息标题: "停水通知", 优先级: "常规", 产生时间: "2025-03-03 09:00" },
  coordination: {
    事项编号: "X1",
    事项: "运动会筹备",
    牵头部门: "综合办",
    开始日期: "2025-03-03",
    完成时限: "2025-03-20",
    验收标准: "方案定稿",
  },
  "leave-requests": {
    请假单号: "QJ1",
    申请人: "张老师",
    部门: "教务处",
    请假类型: "事假",
    开始日期: "2025-03-03",
    结束日期: "2025-03-04",
  },
  loans: {
    借阅单号: "JY1",
    借阅人: "张老师",
    部门: "教务处",
    借阅物品: "2010年工作总结",
    借出日期: "2025-03-03",
    应还日期: "2025-03-10",
  },
  "survey-responses": {
    调查名称: "2026秋师生满意度",
    类型: "师生",
    答卷编号: "1",
    题目: "2、服务效率",
    题型: "评分",
    分值: 5,
    量表: 5,
  },
  // Issue 17's registers.
  "recurring-duties": { 事项: "部门周会", 周期: "每周一", 提前提醒: 1, 说明: "T21" },
  "recurring-log": { 事项: "部门周会", 日期: "2025-03-03", 完成人: "王芳" },
  incidents: {
    事件编号: "E1",
    事件概要: "实验室漏水",
    发生时间: "2025-03-03 09:00",
    级别: "一般",
    负责人: "张主任",
    联系时间: "2025-03-03 09:20",
  },
};

interface Case {
  register: string;
  rule: string;
  /** Rows (each merged over the register's base row) that break the rule, and the column each finding points at. */
  bad: Row[];
  badColumns: string[];
  /** Rows that keep the rule. */
  good: Row[];
  opts?: CheckOptions;
  severity: "error" | "warning";
  /** The Excel row of the finding (default: the first data row). */
  badRow?: number;
}

const ISSUED = { 审批人: "钱主任", 审批日期: "2025-03-04", 审核人: "孙主任", 校对人1: "甲", 校对人2: "乙" };
const staff: StaffMember[] = [
  { name: "赵会计", department: "财务室", role: "会计", onDuty: true },
  { name: "钱主任", department: "综合办", role: "主任", onDuty: true },
];
const MEETING_M1 = { id: "meetings", rows: [{ ...BASE.meetings }] };

const CASES: Case[] = [
  // 收文登记簿
  {
    register: "incoming-documents",
    rule: "date-order",
    severity: "error",
    bad: [{ 传阅开始日期: "2025-03-01" }],
    badColumns: ["传阅开始日期"],
    good: [{ 传阅开始日期: "2025-03-04", 收回日期: "2025-03-05" }],
  },
  {
    register: "incoming-documents",
    rule: "date-order",
    severity: "error",
    bad: [{ 收回日期: "2025-03-01" }],
    badColumns: ["收回日期"],
    good: [{ 收回日期: "2025-03-03" }],
  },
  {
    register: "incoming-documents",
    rule: "date-order",
    severity: "error",
    bad: [{ 办结日期: "2025-03-10", 归档日期: "2025-03-09" }],
    badColumns: ["归档日期"],
    good: [{ 办结日期: "2025-03-10", 归档日期: "2025-03-10" }],
  },
  {
    register: "incoming-documents",
    rule: "status-needs-date",
    severity: "error",
    bad: [{ 状态: "已办结" }],
    badColumns: ["办结日期"],
    good: [{ 状态: "已办结", 办结日期: "2025-03-10" }, { 状态: "办理中" }],
  },
  {
    register: "incoming-documents",
    rule: "status-needs-date",
    severity: "error",
    bad: [{ 状态: "已归档", 传阅开始日期: "2025-03-04" }],
    badColumns: ["归档日期", "收回日期"],
    good: [
      { 状态: "已归档", 归档日期: "2025-03-12" },
      { 状态: "已归档", 归档日期: "2025-03-12", 传阅开始日期: "2025-03-04", 收回日期: "2025-03-05" },
    ],
  },
  // 2025-03-04 (Tue) + 3 working days = 2025-03-07 (Fri)
  {
    register: "incoming-documents",
    rule: "circulation-limit",
    severity: "warning",
    bad: [{ 传阅开始日期: "2025-03-04", 收回日期: "2025-03-10" }],
    badColumns: ["收回日期"],
    good: [{ 传阅开始日期: "2025-03-04", 收回日期: "2025-03-07" }],
  },
  {
    register: "incoming-documents",
    rule: "circulation-limit",
    severity: "warning",
    bad: [{ 传阅开始日期: "2025-03-04", 收回日期: "2025-03-06" }],
    badColumns: ["收回日期"],
    good: [{ 传阅开始日期: "2025-03-04", 收回日期: "2025-03-05" }],
    opts: { settings: makeSettings(new Map([["传阅时限(工作日)", 1]])) },
  },
  // 发文登记簿
  {
    register: "outgoing-documents",
    rule: "date-order",
    severity: "error",
    bad: [{ 审批日期: "2025-03-01" }],
    badColumns: ["审批日期"],
    good: [{ ...ISSUED, 审批日期: "2025-03-03", 印发日期: "2025-03-05", 通知日期: "2025-03-05" }],
  },
  {
    register: "outgoing-documents",
    rule: "approval-before-issue",
    severity: "error",
    bad: [{ ...ISSUED, 审批人: null, 审批日期: null, 状态: "已印发" }],
    badColumns: ["审批人", "审批日期"],
    good: [{ ...ISSUED, 状态: "已印发" }, { 状态: "起草中" }],
  },
  {
    register: "outgoing-documents",
    rule: "approval-before-issue",
    severity: "error",
    bad: [{ ...ISSUED, 审批日期: null, 印发日期: "2025-03-06" }],
    badColumns: ["审批日期"],
    good: [{ ...ISSUED, 印发日期: "2025-03-06" }],
  },
  {
    register: "outgoing-documents",
    rule: "proofreaders",
    severity: "error",
    bad: [{ ...ISSUED, 校对人2: null, 印发日期: "2025-03-06" }],
    badColumns: ["校对人2"],
    good: [{ ...ISSUED, 印发日期: "2025-03-06" }, { 校对人1: "甲" }],
  },
  {
    register: "outgoing-documents",
    rule: "proofreaders",
    severity: "error",
    bad: [{ ...ISSUED, 校对人2: "甲", 状态: "已归档" }],
    badColumns: ["校对人2"],
    good: [{ ...ISSUED, 状态: "已归档" }],
  },
  {
    register: "outgoing-documents",
    rule: "review-before-issue",
    severity: "error",
    bad: [{ ...ISSUED, 审核人: null, 印发日期: "2025-03-06" }],
    badColumns: ["审核人"],
    good: [{ ...ISSUED, 印发日期: "2025-03-06" }],
  },
  // 会议台账: 2025-03-14 is a Friday; 5 working days before is 2025-03-07
  {
    register: "meetings",
    rule: "notice-lead",
    severity: "warning",
    bad: [{ 通知发送日期: "2025-03-10" }],
    badColumns: ["通知发送日期"],
    good: [{ 通知发送日期: "2025-03-07" }],
  },
  {
    register: "meetings",
    rule: "phone-confirm",
    severity: "warning",
    bad: [{ 重要会议: "是", 电话确认: "否" }, { 重要会议: "是" }],
    badColumns: ["电话确认"],
    good: [{ 重要会议: "是", 电话确认: "是" }, { 重要会议: "否" }],
  },
  {
    register: "meetings",
    rule: "materials-lead",
    severity: "warning",
    bad: [{ 资料分发日期: "2025-03-12" }],
    badColumns: ["资料分发日期"],
    good: [{ 资料分发日期: "2025-03-11" }],
  },
  {
    register: "meetings",
    rule: "minutes-draft",
    severity: "warning",
    bad: [{ 纪要初稿日期: "2025-03-19" }],
    badColumns: ["纪要初稿日期"],
    good: [{ 纪要初稿日期: "2025-03-18" }],
  },
  {
    register: "meetings",
    rule: "minutes-review",
    severity: "error",
    bad: [{ 纪要分发日期: "2025-03-19" }, { 纪要审核日期: "2025-03-20", 纪要分发日期: "2025-03-19" }],
    badColumns: ["纪要分发日期"],
    good: [{ 纪要审核日期: "2025-03-18", 纪要分发日期: "2025-03-19" }, { 纪要审核日期: "2025-03-18" }],
  },
  {
    register: "meetings",
    rule: "duration",
    severity: "warning",
    bad: [{ 开始时间: "09:00", 结束时间: "11:30" }],
    badColumns: ["结束时间"],
    good: [
      { 开始时间: "09:00", 结束时间: "11:00" },
      { 开始时间: 0.375, 结束时间: 0.4375 },
    ],
  },
  // 决议追踪台账
  {
    register: "resolutions",
    rule: "date-order",
    severity: "error",
    bad: [{ 会议编号: "M1", 完成时限: "2025-03-10" }],
    badColumns: ["完成时限"],
    good: [{ 会议编号: "M1", 完成时限: "2025-03-14" }],
    opts: { others: [MEETING_M1] },
  },
  {
    register: "resolutions",
    rule: "status-needs-date",
    severity: "error",
    bad: [{ 状态: "已完成" }],
    badColumns: ["完成日期"],
    good: [{ 状态: "已完成", 完成日期: "2025-03-30" }],
  },
  // 来访登记
  {
    register: "visitors",
    rule: "liaison",
    severity: "error",
    bad: [{ 涉及部门: "教务处、总务处" }],
    badColumns: ["联络员"],
    good: [{ 涉及部门: "教务处、总务处", 联络员: "王文员" }, { 涉及部门: "教务处" }],
  },
  {
    register: "visitors",
    rule: "reply-deadline",
    severity: "error",
    bad: [{ 当场解决: "否" }],
    badColumns: ["答复时限"],
    good: [{ 当场解决: "否", 答复时限: "2025-03-10" }, { 当场解决: "是" }],
  },
  {
    register: "visitors",
    rule: "reply-late",
    severity: "warning",
    bad: [{ 答复时限: "2025-03-10", 实际答复日期: "2025-03-11" }],
    badColumns: ["实际答复日期"],
    good: [{ 答复时限: "2025-03-10", 实际答复日期: "2025-03-10" }],
  },
  // 报销台账: 2025-03-03 + 5 working days = 2025-03-10
  {
    register: "reimbursements",
    rule: "date-order",
    severity: "error",
    bad: [{ 提交日期: "2025-03-01" }],
    badColumns: ["提交日期"],
    good: [{ 提交日期: "2025-03-03", 审批完成日期: "2025-03-04" }],
  },
  {
    register: "reimbursements",
    rule: "submit-limit",
    severity: "warning",
    bad: [{ 提交日期: "2025-03-11" }],
    badColumns: ["提交日期"],
    good: [{ 提交日期: "2025-03-10" }],
  },
  {
    register: "reimbursements",
    rule: "approval-threshold",
    severity: "error",
    bad: [{ "金额(元)": 500 }, { "金额(元)": "¥1,200.00" }],
    badColumns: ["金额(元)"],
    good: [{ "金额(元)": 499.99 }, { "金额(元)": 800, 审批人: "钱主任" }],
    opts: { settings: makeSettings(new Map(), null, staff) },
  },
  {
    register: "reimbursements",
    rule: "invoice",
    severity: "warning",
    bad: [{ 发票张数: 0 }],
    badColumns: ["发票张数"],
    good: [{ 发票张数: 1 }],
  },
  // 采购台账
  {
    register: "purchases",
    rule: "amount",
    severity: "error",
    bad: [{ "金额(元)": 260 }],
    badColumns: ["金额(元)"],
    good: [{ "金额(元)": 250 }, { 数量: 3, "单价(元)": 0.1, "金额(元)": 0.3 }],
  },
  {
    register: "purchases",
    rule: "simplified-approval",
    severity: "error",
    bad: [{ 审批级别: "简化", 类型: "设备" }],
    badColumns: ["类型"],
    good: [{ 审批级别: "简化" }, { 审批级别: "常规", 类型: "设备" }],
  },
  {
    register: "purchases",
    rule: "simplified-approval",
    severity: "error",
    bad: [
      { 审批级别: "简化", 数量: 40 },
      { 审批级别: "简化", "金额(元)": 1000, 数量: 40 },
    ],
    badColumns: ["审批级别"],
    good: [{ 审批级别: "简化", 数量: 39 }],
  },
  {
    register: "purchases",
    rule: "date-order",
    severity: "error",
    bad: [{ 下单日期: "2025-03-05", 验收日期: "2025-03-04" }],
    badColumns: ["验收日期"],
    good: [{ 下单日期: "2025-03-05", 验收日期: "2025-03-06", 入库日期: "2025-03-06" }],
  },
  // 库存台账 (single-row cases; whole-sheet cases are in stock.test.ts)
  {
    register: "stock",
    rule: "one-movement",
    severity: "error",
    bad: [{ 入库数量: 10, 出库数量: 5 }, { 入库数量: null }],
    badColumns: ["出库数量", "入库数量"],
    good: [{ 入库数量: 10 }],
  },
  {
    register: "stock",
    rule: "negative-balance",
    severity: "error",
    bad: [{ 入库数量: null, 出库数量: 1 }],
    badColumns: ["出库数量"],
    good: [{ 入库数量: 1 }],
  },
  {
    register: "stock",
    rule: "balance",
    severity: "warning",
    bad: [{ 结存: 9 }],
    badColumns: ["结存"],
    good: [{ 结存: 10 }],
  },
  {
    register: "stock",
    rule: "low-stock",
    severity: "warning",
    bad: [{ 安全库存量: 11 }],
    badColumns: ["结存"],
    good: [{ 安全库存量: 10 }],
  },
  // 资产台账
  {
    register: "assets",
    rule: "date-order",
    severity: "error",
    bad: [{ 盘点日期: "2024-04-30" }],
    badColumns: ["盘点日期"],
    good: [{ 盘点日期: "2024-12-30" }],
  },
  {
    register: "assets",
    rule: "stocktake-diff",
    severity: "error",
    bad: [{ 盘点结果: "盘亏" }],
    badColumns: ["差异原因", "处理结果"],
    good: [{ 盘点结果: "盘亏", 差异原因: "报废未登记", 处理结果: "补办报废" }, { 盘点结果: "相符" }],
  },
  // 档案台账: 短期 = 10 years from the end of 2010 → 2020-12-31
  {
    register: "archives",
    rule: "copies",
    severity: "warning",
    bad: [{ 纸质存放位置: null }],
    badColumns: ["纸质存放位置"],
    good: [{ 纸质存放位置: null, 电子文件路径: "\\\\nas\\2010" }],
  },
  {
    register: "archives",
    rule: "destroy-permanent",
    severity: "error",
    bad: [{ 保管期限: "永久", 状态: "已销毁", 鉴定意见: "无保存价值", 销毁日期: "2021-01-05", 监销人: "甲、乙" }],
    badColumns: ["状态"],
    good: [{ 保管期限: "短期", 状态: "已销毁", 鉴定意见: "无保存价值", 销毁日期: "2021-01-05", 监销人: "甲、乙" }],
  },
  {
    register: "archives",
    rule: "destroy-early",
    severity: "error",
    bad: [{ 销毁日期: "2020-12-30" }, { 保管期限: "定期30年", 销毁日期: "2021-01-05" }],
    badColumns: ["销毁日期"],
    good: [{ 销毁日期: "2021-01-01" }, { 保管期限: "定期10年", 销毁日期: "2021-01-01" }],
  },
  {
    register: "archives",
    rule: "destroy-early",
    severity: "error",
    bad: [{ 销毁日期: "2025-06-01" }],
    badColumns: ["销毁日期"],
    good: [{ 销毁日期: "2031-01-01" }],
    opts: { settings: makeSettings(new Map([["短期保管年限", 20]])) },
  },
  {
    register: "archives",
    rule: "destroy-witnesses",
    severity: "error",
    bad: [{ 状态: "已销毁", 鉴定意见: "无保存价值", 销毁日期: "2021-01-05", 监销人: "甲、甲" }],
    badColumns: ["监销人"],
    good: [{ 状态: "已销毁", 鉴定意见: "无保存价值", 销毁日期: "2021-01-05", 监销人: "甲，乙" }],
  },
  {
    register: "archives",
    rule: "destroy-witnesses",
    severity: "error",
    bad: [{ 状态: "已销毁", 监销人: "甲、乙" }],
    badColumns: ["鉴定意见", "销毁日期"],
    good: [{ 状态: "在库" }],
  },
  // 问题整改台账
  {
    register: "rectifications",
    rule: "date-order",
    severity: "error",
    bad: [{ 完成时限: "2025-03-02" }],
    badColumns: ["完成时限"],
    good: [{ 完成时限: "2025-03-03" }],
  },
  {
    register: "rectifications",
    rule: "date-order",
    severity: "error",
    bad: [{ 完成确认日期: "2025-03-01" }],
    badColumns: ["完成确认日期"],
    good: [{ 完成确认日期: "2025-03-04" }],
  },
  {
    register: "rectifications",
    rule: "measures",
    severity: "error",
    bad: [{ 状态: "整改中" }],
    badColumns: ["整改措施"],
    good: [{ 状态: "整改中", 整改措施: "更换灯管" }, { 状态: "待分派" }],
  },
  {
    register: "rectifications",
    rule: "closure",
    severity: "error",
    bad: [{ 状态: "已完成", 整改措施: "更换灯管", 效果验证: "已亮" }],
    badColumns: ["完成确认人", "完成确认日期"],
    good: [
      { 状态: "已完成", 整改措施: "更换灯管", 效果验证: "已亮", 完成确认人: "孙主任", 完成确认日期: "2025-03-10" },
    ],
  },
  {
    register: "rectifications",
    rule: "acceptance",
    severity: "warning",
    bad: [{ 状态: "待验收", 整改措施: "更换灯管" }],
    badColumns: ["效果验证"],
    good: [{ 状态: "待验收", 整改措施: "更换灯管", 效果验证: "已亮" }],
  },
  // 请假登记 and 借阅登记 (the forms' registers)
  {
    register: "leave-requests",
    rule: "date-order",
    severity: "error",
    bad: [{ 结束日期: "2025-03-02" }],
    badColumns: ["结束日期"],
    good: [{ 结束日期: "2025-03-03" }],
  },
  {
    register: "leave-requests",
    rule: "status-needs-date",
    severity: "error",
    bad: [{ 状态: "已批准", 审批人: "赵主任" }],
    badColumns: ["审批日期"],
    good: [{ 状态: "已批准", 审批人: "赵主任", 审批日期: "2025-03-02" }, { 状态: "待审批" }],
  },
  {
    register: "loans",
    rule: "date-order",
    severity: "error",
    bad: [{ 归还日期: "2025-03-01" }],
    badColumns: ["归还日期"],
    good: [{ 归还日期: "2025-03-05" }],
  },
  {
    register: "loans",
    rule: "status-needs-date",
    severity: "error",
    bad: [{ 状态: "已归还" }],
    badColumns: ["归还日期"],
    good: [{ 状态: "已归还", 归还日期: "2025-03-05" }],
  },
  // 投诉与意见登记
  {
    register: "feedback",
    rule: "date-order",
    severity: "error",
    bad: [{ 核实联系时间: "2025-03-03 08:59" }],
    badColumns: ["核实联系时间"],
    good: [{ 核实联系时间: "2025-03-03 09:00" }],
  },
  {
    register: "feedback",
    rule: "complaint-contact",
    severity: "warning",
    bad: [{ 类别: "投诉类", 核实联系时间: "2025-03-04 09:30" }],
    badColumns: ["核实联系时间"],
    good: [
      { 类别: "投诉类", 核实联系时间: "2025-03-04 09:00" },
      { 类别: "咨询类", 核实联系时间: "2025-03-04 09:30" },
    ],
  },
  {
    register: "feedback",
    rule: "complaint-result",
    severity: "warning",
    bad: [{ 类别: "投诉类", 结果反馈时间: "2025-03-05 10:00" }],
    badColumns: ["结果反馈时间"],
    good: [{ 类别: "投诉类", 结果反馈时间: "2025-03-05 09:00" }],
  },
  // 2025-03-03 + 3 working days = 2025-03-06
  {
    register: "feedback",
    rule: "feedback-reply",
    severity: "warning",
    bad: [{ 结果反馈时间: "2025-03-07 10:00" }],
    badColumns: ["结果反馈时间"],
    good: [{ 结果反馈时间: "2025-03-06 17:00" }, { 类别: "投诉类", 结果反馈时间: "2025-03-05 08:00" }],
  },
  // 培训记录
  {
    register: "training",
    rule: "pass",
    severity: "error",
    bad: [{ 是否合格: "是", 笔试结果: "不合格", 实操结果: "合格" }],
    badColumns: ["笔试结果"],
    good: [
      { 是否合格: "是", 笔试结果: "合格", 实操结果: "合格" },
      { 是否合格: "否", 笔试结果: "不合格" },
    ],
  },
  {
    register: "training",
    rule: "certificate",
    severity: "error",
    bad: [{ 证书编号: "ZS-01", 是否合格: "否" }, { 证书编号: "ZS-01" }],
    badColumns: ["证书编号"],
    good: [{ 证书编号: "ZS-01", 是否合格: "是" }],
  },
  // R65 (issue 10): a certificate needs both tests passed; 未考 (not taken) or 不合格 is not a pass.
  {
    register: "training",
    rule: "certificate",
    severity: "error",
    bad: [{ 证书编号: "ZS-01", 是否合格: "是", 笔试结果: "未考", 实操结果: "未考" }],
    badColumns: ["笔试结果", "实操结果"],
    good: [
      { 证书编号: "ZS-01", 是否合格: "是", 笔试结果: "合格", 实操结果: "合格" },
      { 是否合格: "否", 笔试结果: "未考", 实操结果: "未考" },
    ],
  },
  {
    register: "training",
    rule: "certificate",
    severity: "error",
    bad: [{ 证书编号: "ZS-01", 是否合格: "是", 笔试结果: "合格", 实操结果: "未考" }],
    badColumns: ["实操结果"],
    good: [{ 证书编号: "ZS-01", 是否合格: "是", 笔试结果: "合格", 实操结果: "合格" }],
  },
  // 信息发布记录
  {
    register: "communications",
    rule: "review",
    severity: "error",
    bad: [{ 发布时间: "2025-03-03 10:00" }],
    badColumns: ["审核人"],
    good: [{ 发布时间: "2025-03-03 10:00", 审核人: "孙主任" }],
  },
  {
    register: "communications",
    rule: "urgent-limit",
    severity: "warning",
    bad: [{ 优先级: "紧急", 审核人: "孙", 发布时间: "2025-03-03 11:30" }],
    badColumns: ["发布时间"],
    good: [{ 优先级: "紧急", 审核人: "孙", 发布时间: "2025-03-03 11:00" }],
  },
  {
    register: "communications",
    rule: "routine-limit",
    severity: "warning",
    bad: [{ 审核人: "孙", 发布时间: "2025-03-04 09:30" }],
    badColumns: ["发布时间"],
    good: [{ 审核人: "孙", 发布时间: "2025-03-04 09:00" }],
  },
  {
    register: "communications",
    rule: "long-notice",
    severity: "warning",
    bad: [{ 优先级: "长期通知", 审核人: "孙", 发布时间: "2025-03-08 09:00", 生效日期: "2025-03-10" }],
    badColumns: ["发布时间"],
    good: [{ 优先级: "长期通知", 审核人: "孙", 发布时间: "2025-03-07 18:00", 生效日期: "2025-03-10" }],
  },
  // 跨部门事项台账
  {
    register: "coordination",
    rule: "date-order",
    severity: "error",
    bad: [{ 完成时限: "2025-03-02" }],
    badColumns: ["完成时限"],
    good: [{ 完成时限: "2025-03-03" }],
  },
  {
    register: "coordination",
    rule: "criteria",
    severity: "warning",
    bad: [{ 验收标准: null }],
    badColumns: ["验收标准"],
    good: [{ 验收标准: "方案定稿" }],
  },
  {
    register: "coordination",
    rule: "closure",
    severity: "error",
    bad: [{ 状态: "已完成", 发起方确认: "否" }],
    badColumns: ["完成日期", "发起方确认"],
    good: [{ 状态: "已完成", 完成日期: "2025-03-18", 发起方确认: "是" }, { 状态: "进行中" }],
  },
  // 周期工作 (issue 17 §1)
  {
    register: "recurring-duties",
    rule: "duty-cycle",
    severity: "error",
    bad: [{ 周期: "经常" }, { 周期: "每月32日" }],
    badColumns: ["周期"],
    good: [{ 周期: "每月末" }, { 周期: "每年12月31日" }, { 周期: "every Monday" }],
  },
  {
    register: "recurring-duties",
    rule: "duty-lead",
    severity: "error",
    bad: [{ 提前提醒: "下周" }, { 提前提醒: "2小时" }],
    badColumns: ["提前提醒"],
    good: [{ 提前提醒: "3工作日" }, { 提前提醒: "5天" }, { 提前提醒: null }],
  },
  // 突发事件登记 (issue 17 §2, T64–T70)
  {
    register: "incidents",
    rule: "date-order",
    severity: "error",
    bad: [{ 联系时间: "2025-03-03 08:50" }, { 上报时间: "2025-03-03 10:00", 结束时间: "2025-03-03 09:30" }],
    badColumns: ["联系时间", "结束时间"],
    good: [{ 上报时间: "2025-03-03 09:50", 方案时间: "2025-03-03 10:40" }],
  },
  {
    register: "incidents",
    rule: "incident-steps",
    severity: "error",
    bad: [
      { 结束时间: "2025-03-03 15:00", 上报时间: "2025-03-03 09:50", 方案时间: "2025-03-03 10:40" },
      {
        结束时间: "2025-03-03 15:00",
        上报时间: "2025-03-03 09:50",
        方案时间: "2025-03-03 10:40",
        控制时间: "2025-03-03 10:50",
        复盘日期: "2025-03-02",
      },
    ],
    badColumns: ["控制时间", "复盘日期"],
    good: [
      {
        结束时间: "2025-03-03 15:00",
        上报时间: "2025-03-03 09:50",
        方案时间: "2025-03-03 10:40",
        控制时间: "2025-03-03 10:50",
        复盘日期: "2025-03-05",
      },
      { 上报时间: "2025-03-03 09:50" },
    ],
  },
  {
    register: "incidents",
    rule: "incident-progress",
    severity: "error",
    bad: [
      { 进展记录: "2025-03-03 13:00、下午" },
      { 进展记录: "2025-03-03 08:00" },
      { 进展记录: "2025-03-03 17:00、2025-03-03 13:00" },
      {
        进展记录: "2025-03-03 16:00",
        结束时间: "2025-03-03 15:00",
        上报时间: "2025-03-03 09:50",
        方案时间: "2025-03-03 10:40",
        控制时间: "2025-03-03 10:50",
      },
    ],
    badColumns: ["进展记录"],
    good: [{ 进展记录: "2025-03-03 13:00、2025-03-03 17:00" }, { 进展记录: null }],
  },
  // Issue 17 §3: each source item with a row that breaks it and a row that keeps it (source ids in the rule data).
  // T17 / R03: registered the day received (收文登记时限 0 WD), or within the office's own limit.
  {
    register: "incoming-documents",
    rule: "register-at-once",
    severity: "warning",
    bad: [{ 登记日期: "2025-03-04" }],
    badColumns: ["登记日期"],
    good: [{ 登记日期: "2025-03-03" }, { 登记日期: null }],
  },
  {
    register: "incoming-documents",
    rule: "register-at-once",
    severity: "warning",
    bad: [{ 登记日期: "2025-03-06" }],
    badColumns: ["登记日期"],
    good: [{ 登记日期: "2025-03-05" }],
    opts: { settings: makeSettings(new Map([["收文登记时限(工作日)", 2]])) },
  },
  // R13: seal and distribution record on issue.
  {
    register: "outgoing-documents",
    rule: "seal-and-distribution",
    severity: "error",
    bad: [
      { ...ISSUED, 印发日期: "2025-03-06" },
      { ...ISSUED, 状态: "已印发", 盖章: "否" },
    ],
    badColumns: ["盖章", "发放记录"],
    good: [
      { ...ISSUED, 印发日期: "2025-03-06", 盖章: "是", 发放记录: "各处室各 1 份，见发放记录表第 3 页" },
      { 状态: "起草中" },
    ],
  },
  // T30 / R18: 2025-03-14 (Fri) − 3 working days = 2025-03-11.
  {
    register: "meetings",
    rule: "application-lead",
    severity: "warning",
    bad: [{ 申请日期: "2025-03-12" }],
    badColumns: ["申请日期"],
    good: [{ 申请日期: "2025-03-11" }, { 申请日期: "2025-03-12", 会议类型: "部门周会" }],
  },
  {
    register: "meetings",
    rule: "application-lead",
    severity: "warning",
    bad: [{ 申请日期: "2025-03-14" }],
    badColumns: ["申请日期"],
    good: [{ 申请日期: "2025-03-13" }],
    opts: { settings: makeSettings(new Map([["会议申请提前(工作日)", 1]])) },
  },
  // T33 / R20: the rehearsal the day before; an important meeting already held without one is reported.
  {
    register: "meetings",
    rule: "rehearsal",
    severity: "warning",
    bad: [{ 预演日期: "2025-03-14" }, { 重要会议: "是", 电话确认: "是" }],
    badColumns: ["预演日期"],
    good: [{ 预演日期: "2025-03-13" }, { 重要会议: "是", 电话确认: "是", 预演日期: "2025-03-13" }, { 重要会议: "否" }],
  },
  // T37 / R22: signed within 24 h of the end (2025-03-12 12:00 → 03-13 12:00; no end time: the end of the day).
  {
    register: "meetings",
    rule: "minutes-signed",
    severity: "warning",
    bad: [
      { 会议日期: "2025-03-12", 结束时间: "12:00", 纪要签字时间: "2025-03-13 12:30" },
      { 会议日期: "2025-03-12", 纪要签字时间: "2025-03-14 08:00" },
    ],
    badColumns: ["纪要签字时间"],
    good: [
      { 会议日期: "2025-03-12", 结束时间: "12:00", 纪要签字时间: "2025-03-13 11:00" },
      { 会议日期: "2025-03-12", 纪要签字时间: "2025-03-13 20:00" },
    ],
  },
  // R15: a sent notice states 地点, 参会人员, 会议议程.
  {
    register: "meetings",
    rule: "notice-contents",
    severity: "warning",
    bad: [{ 通知发送日期: "2025-03-07" }],
    badColumns: ["地点", "参会人员", "会议议程"],
    good: [
      {
        通知发送日期: "2025-03-07",
        地点: "第一会议室",
        参会人员: "张主任、王文员",
        会议议程: "1. 上周总结 2. 本周计划",
      },
      { 地点: null },
    ],
  },
  // T53 / R48: first response within 48 h of 2025-03-03 09:00 (complaints have their own 24-h contact).
  {
    register: "feedback",
    rule: "initial-response",
    severity: "warning",
    bad: [{ 初步响应时间: "2025-03-05 10:00" }],
    badColumns: ["初步响应时间"],
    good: [
      { 初步响应时间: "2025-03-05 09:00" },
      {
        类别: "投诉类",
        初步响应时间: "2025-03-06 09:00",
        核实联系时间: "2025-03-03 10:00",
        结果反馈时间: "2025-03-04 09:00",
      },
    ],
  },
  // T62 / R51: dispatched within 1 WD of 2025-03-03, and a dispatched problem records the day.
  {
    register: "rectifications",
    rule: "dispatch-limit",
    severity: "warning",
    bad: [{ 分派日期: "2025-03-05" }],
    badColumns: ["分派日期"],
    good: [{ 分派日期: "2025-03-04" }],
  },
  {
    register: "rectifications",
    rule: "dispatch-date",
    severity: "warning",
    bad: [{ 状态: "整改中", 整改措施: "更换灯管" }],
    badColumns: ["分派日期"],
    good: [{ 状态: "整改中", 整改措施: "更换灯管", 分派日期: "2025-03-04" }, { 状态: "待分派" }],
  },
  // R55: an inspection finding keeps a photo or file path before it is closed.
  {
    register: "rectifications",
    rule: "evidence",
    severity: "warning",
    bad: [
      {
        来源: "服务监督检查",
        状态: "已完成",
        整改措施: "更换灯管",
        效果验证: "已亮",
        完成确认人: "孙主任",
        完成确认日期: "2025-03-10",
        分派日期: "2025-03-04",
      },
    ],
    badColumns: ["证据"],
    good: [
      {
        来源: "服务监督检查",
        状态: "已完成",
        整改措施: "更换灯管",
        效果验证: "已亮",
        完成确认人: "孙主任",
        完成确认日期: "2025-03-10",
        分派日期: "2025-03-04",
        证据: "\\\\nas\\检查\\2025-03\\走廊灯.jpg",
      },
      {
        来源: "师生反映",
        状态: "已完成",
        整改措施: "更换灯管",
        效果验证: "已亮",
        完成确认人: "孙主任",
        完成确认日期: "2025-03-10",
        分派日期: "2025-03-04",
      },
    ],
  },
  // R58: 【YYYY年M月】 subject.
  {
    register: "communications",
    rule: "mail-subject",
    severity: "warning",
    bad: [{ 邮件主题: "XX项目进度更新" }, { 邮件主题: "【2023年13月】XX项目进度更新" }, { 邮件主题: "【2023年10月】" }],
    badColumns: ["邮件主题"],
    good: [{ 邮件主题: "【2023年10月】XX项目进度更新" }, { 邮件主题: "【2025年3月】停水通知" }, { 邮件主题: null }],
  },
  // R59: only 公开 information is released.
  {
    register: "communications",
    rule: "classified-release",
    severity: "error",
    bad: [{ 密级: "内部", 审核人: "孙主任", 发布时间: "2025-03-03 10:00" }],
    badColumns: ["发布时间"],
    good: [{ 密级: "公开", 审核人: "孙主任", 发布时间: "2025-03-03 10:00" }, { 密级: "秘密" }],
  },
  // R60: 已阅 confirmations from everyone.
  {
    register: "communications",
    rule: "read-confirm",
    severity: "warning",
    bad: [{ 需已阅确认: "是", 应回执人数: 10, 已阅人数: 8 }, { 需已阅确认: "是" }],
    badColumns: ["已阅人数", "应回执人数"],
    good: [
      { 需已阅确认: "是", 应回执人数: 10, 已阅人数: 10 },
      { 应回执人数: 10, 已阅人数: 3 },
    ],
  },
  // T08: the supporting departments reply within 1 WD of 2025-03-03.
  {
    register: "coordination",
    rule: "support-reply",
    severity: "warning",
    bad: [{ 配合部门: "教务处", 配合回复日期: "2025-03-05" }],
    badColumns: ["配合回复日期"],
    good: [{ 配合部门: "教务处", 配合回复日期: "2025-03-04" }],
  },
];

describe.each(CASES.map((c) => [`${c.register} row/${c.rule} → ${c.badColumns.join(", ")}`, c] as const))(
  "%s",
  (_name, c) => {
    const code = `row/${c.rule}`;
    const merged = (r: Row): Row => ({ ...BASE[c.register], ...r });

    test.each(c.bad.map((r, k) => [k, r] as const))("bad row %i is reported", (_k, row) => {
      const found = check(c.register, [merged(row)], c.opts).filter((i) => i.code === code);
      expect(found.length).toBeGreaterThan(0);
      for (const f of found) {
        expect(f.severity).toBe(c.severity);
        expect(f.row).toBe(c.badRow ?? 2);
        expect(c.badColumns).toContain(f.column);
        expect(f.message.length).toBeGreaterThan(4);
      }
    });

    // Every placeholder of the rule's message is filled, in both languages (a parameter named unlike its template's
    // placeholder left `{earlierCol}` in every date-order message).
    test.each(c.bad.map((r, k) => [k, r] as const))(
      "bad row %i reads without placeholders in zh-CN and en-US",
      (_k, row) => {
        for (const lang of ["zh-CN", "en-US"] as const) {
          const found = check(c.register, [merged(row)], { ...c.opts, lang }).filter((i) => i.code === code);
          for (const f of found) expect(f.message).not.toMatch(/[{}]|undefined|NaN|\[object/);
        }
      },
    );

    test("every expected column is named", () => {
      const cols = new Set(
        c.bad.flatMap((r) =>
          check(c.register, [merged(r)], c.opts)
            .filter((i) => i.code === code)
            .map((i) => i.column),
        ),
      );
      expect([...cols].sort()).toEqual([...c.badColumns].sort());
    });

    test.each(c.good.map((r, k) => [k, r] as const))("good row %i passes", (_k, row) => {
      const issues = check(c.register, [merged(row)], c.opts);
      expect(issues.filter((i) => i.code === code)).toEqual([]);
    });
  },
);

test("the base rows are clean (so each case isolates its rule)", () => {
  for (const r of REGISTERS) {
    const others = r.id === "resolutions" ? [MEETING_M1] : [];
    expect({ id: r.id, issues: check(r.id, [BASE[r.id] as Row], { others }) }).toEqual({ id: r.id, issues: [] });
  }
});

test("every rule of the catalogue has cases", () => {
  const covered = new Set(CASES.map((c) => `${c.register}/${c.rule}`));
  const missing = REGISTERS.flatMap((r) => r.rules.map((rule) => `${r.id}/${rule.id}`)).filter((k) => !covered.has(k));
  expect(missing).toEqual([]);
});

test("approval-threshold is skipped without 人员名单", () => {
  const issues = check("reimbursements", [{ ...BASE.reimbursements, "金额(元)": 5000 }]);
  expect(issues.filter((i) => i.code === "row/approval-threshold")).toEqual([]);
});

test("an important meeting still ahead is not yet missing its rehearsal (the deadline list reminds instead)", () => {
  const issues = check("meetings", [{ ...BASE.meetings, 重要会议: "是", 电话确认: "是" }], { asOf: "2025-03-10" });
  expect(issues.filter((i) => i.code === "row/rehearsal")).toEqual([]);
});

test("extension columns are checked only where the sheet has them (older registers are not flagged)", () => {
  const without = (id: string, drop: readonly string[]) => ({
    headers: reg(id)
      .columns.map((c) => c.header)
      .filter((h) => !drop.includes(h)),
  });
  const issued = { ...BASE["outgoing-documents"], ...ISSUED, 印发日期: "2025-03-06" };
  expect(
    check("outgoing-documents", [issued], without("outgoing-documents", ["盖章", "发放记录"])).filter(
      (i) => i.code === "row/seal-and-distribution",
    ),
  ).toEqual([]);
  const closed = {
    ...BASE.rectifications,
    来源: "服务监督检查",
    状态: "已完成",
    整改措施: "更换灯管",
    效果验证: "已亮",
    完成确认人: "孙主任",
    完成确认日期: "2025-03-10",
  };
  expect(
    check("rectifications", [closed], without("rectifications", ["证据", "分派日期"])).filter((i) =>
      ["row/evidence", "row/dispatch-date"].includes(i.code),
    ),
  ).toEqual([]);
  const held = { ...BASE.meetings, 重要会议: "是", 电话确认: "是" };
  expect(
    check("meetings", [held], without("meetings", ["预演日期"])).filter((i) => i.code === "row/rehearsal"),
  ).toEqual([]);
});
