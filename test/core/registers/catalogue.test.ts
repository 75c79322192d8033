/** The catalogue against REGISTERS.md: sheet names, ids, canonical headers in order, required columns, keys, types. */
import { REGISTERS, registerById } from "../../../src/core/registers";
import type { FieldType, RegisterDef } from "../../../src/core/registers/types";

// Header lists as REGISTERS.md writes them; `*` marks a required column.
const EXPECTED: Record<string, [sheet: string, headers: string, key: string[] | null]> = {
  "incoming-documents": [
    "收文登记簿",
    "收文编号* 收文日期* 来文单位* 来文字号 文件标题* 文件类型 密级* 紧急程度 份数* 办理部门* 承办人 办理期限 传阅开始日期 收回日期 办结日期 状态 归档日期 备注",
    ["收文编号"],
  ],
  "outgoing-documents": [
    "发文登记簿",
    "发文编号* 发文字号 文件标题* 申请部门* 申请日期* 紧急程度 密级* 审批人 审批日期 起草人 审核人 校对人1 校对人2 印发日期 份数 发放范围 通知日期 状态 归档日期",
    ["发文编号"],
  ],
  meetings: [
    "会议台账",
    "会议编号* 会议主题* 会议类型 会议日期* 开始时间 结束时间 地点 主持人* 记录人 参会人员 重要会议 通知发送日期 电话确认 资料分发日期 纪要初稿日期 纪要审核日期 纪要分发日期 状态",
    ["会议编号"],
  ],
  resolutions: [
    "决议追踪台账",
    "决议编号* 会议编号 决议事项* 责任部门* 责任人 完成时限* 进度 状态* 完成日期 最近跟踪日期 备注",
    ["决议编号"],
  ],
  visitors: [
    "来访登记",
    "来访编号* 来访日期* 来访单位 来访人* 人数 联系电话 来访事由* 接待人* 接待地点 涉及部门 联络员 当场解决 答复时限 实际答复日期 回访方式 回访结果",
    ["来访编号"],
  ],
  reimbursements: [
    "报销台账",
    "报销单号* 申请人* 部门* 费用类别* 费用发生日期* 提交日期* 金额(元)* 发票张数 付款申请 审批人* 审批完成日期 状态",
    ["报销单号"],
  ],
  purchases: [
    "采购台账",
    "采购单号* 申请部门* 申请人 申请日期* 物品名称* 规格 类型* 数量* 单价(元)* 金额(元) 参考单价(元) 供应商 审批级别 下单日期 验收日期 入库日期 状态",
    ["采购单号"],
  ],
  stock: ["库存台账", "日期* 物品编码* 物品名称* 类别 单位* 入库数量 出库数量 领用部门 领用人 结存 安全库存量", null],
  assets: [
    "资产台账",
    "资产编号* 资产名称* 资产类别 规格型号* 购置日期* 原值(元) 存放地点* 使用部门* 负责人* 状态 盘点日期 盘点结果 差异原因 处理结果",
    ["资产编号"],
  ],
  archives: [
    "档案台账",
    "档号* 题名* 归档类别* 保管期限* 密级 年度* 纸质存放位置 电子文件路径 归档日期* 到期日期 状态 鉴定意见 销毁日期 监销人",
    ["档号"],
  ],
  rectifications: [
    "问题整改台账",
    "问题编号* 来源* 问题类别 问题描述* 发现日期* 紧急程度 责任部门* 责任人 整改措施 完成时限* 最近跟踪日期 状态* 完成确认人 完成确认日期 效果验证 反馈日期",
    ["问题编号"],
  ],
  feedback: [
    "投诉与意见登记",
    "编号* 接收时间* 渠道 类别* 内容* 反映人 联系方式 责任人 核实联系时间 结果反馈时间 处理结果 是否解决 是否属实",
    ["编号"],
  ],
  training: [
    "培训记录",
    "员工姓名* 部门 培训名称* 培训类型 培训日期* 学时 笔试结果 实操结果 是否合格 证书编号",
    ["员工姓名", "培训名称", "培训日期"],
  ],
  communications: [
    "信息发布记录",
    "信息编号* 信息标题* 优先级* 产生时间* 审核人 发布时间 生效日期 渠道 是否有误",
    ["信息编号"],
  ],
  coordination: [
    "跨部门事项台账",
    "事项编号* 事项* 牵头部门* 配合部门 责任人 开始日期* 完成时限* 完成日期 验收标准 发起方确认 状态",
    ["事项编号"],
  ],
  // REGISTERS.md names this register and leaves its columns to the survey issue: stored long (docs/surveys.md).
  "survey-responses": [
    "满意度调查",
    "调查名称* 类型* 答卷编号* 提交时间 题目* 题型* 分值 量表 答案 总体题 来源",
    ["调查名称", "答卷编号", "题目"],
  ],
  // Extensions for the forms (issue #15, docs/forms.md): where 请假单 and 借阅单 land.
  "leave-requests": [
    "请假登记",
    "请假单号* 申请人* 部门* 请假类型* 开始日期* 结束日期* 天数 事由 工作交接人 审批人 审批日期 状态",
    ["请假单号"],
  ],
  loans: [
    "借阅登记",
    "借阅单号* 借阅人* 部门* 借阅物品* 类别 用途 借出日期* 应还日期* 归还日期 经办人 状态",
    ["借阅单号"],
  ],
  // Issue 17's extensions (not in REGISTERS.md; documented in docs/deadlines.md).
  "recurring-duties": ["周期工作", "事项* 周期* 提前提醒 责任人 责任部门 最近完成日期 说明", ["事项"]],
  "recurring-log": ["周期工作记录", "事项* 日期* 完成人", null],
  incidents: [
    "突发事件登记",
    "事件编号 事件概要 发生时间* 级别 负责人* 联系时间 上报时间 方案时间 控制时间 进展记录 结束时间 复盘日期",
    ["事件编号"],
  ],
};

/**
 * Optional columns documented as extensions to REGISTERS.md (README, docs/deadlines.md), appended after its columns
 * so a sheet made from REGISTERS.md alone is still recognised.
 */
const EXTENSIONS: Record<string, string> = {
  "incoming-documents": "登记日期",
  "outgoing-documents": "盖章 发放记录",
  meetings: "申请日期 预演日期 会议议程 纪要签字时间",
  rectifications: "分派日期 证据",
  feedback: "受理范围 初步响应时间",
  communications: "密级 邮件主题 需已阅确认 应回执人数 已阅人数",
  coordination: "紧急程度 最近进展日期 配合回复日期",
};

const kindOf = (r: RegisterDef, h: string): FieldType => {
  const c = r.columns.find((x) => x.header === h);
  if (!c) throw new Error(`${r.id}.${h}`);
  return c.type;
};

test("sixteen registers in REGISTERS.md order, then the two of the forms, then issue 17's three", () => {
  expect(REGISTERS.map((r) => r.id)).toEqual(Object.keys(EXPECTED));
});

describe.each(Object.entries(EXPECTED))("%s", (id, [sheet, headers, key]) => {
  const r = registerById(id) as RegisterDef;
  const list = [...headers.split(" "), ...(EXTENSIONS[id]?.split(" ") ?? [])];
  test("sheet, headers in order, required columns and key", () => {
    expect(r.sheet).toBe(sheet);
    expect(r.columns.map((c) => c.header)).toEqual(list.map((h) => h.replace("*", "")));
    expect(r.columns.filter((c) => c.required).map((c) => c.header)).toEqual(
      list.filter((h) => h.endsWith("*")).map((h) => h.replace("*", "")),
    );
    expect(r.key ?? null).toEqual(key);
  });
  test("English labels, widths, ASCII table name, prompts on required columns", () => {
    expect(r.tableName).toMatch(/^[A-Z][A-Za-z]+$/);
    for (const c of r.columns) {
      expect(c.en).toMatch(/^[A-Z]/);
      expect(c.width).toBeGreaterThan(0);
      if (c.required) expect(c.prompt).toMatch(/^必填/);
    }
  });
});

test("extension columns are optional and carry recognition synonyms where a school may name them otherwise", () => {
  for (const [id, headers] of Object.entries(EXTENSIONS)) {
    const r = registerById(id) as RegisterDef;
    for (const h of headers.split(" "))
      expect({ id, h, required: r.columns.find((c) => c.header === h)?.required ?? false }).toEqual({
        id,
        h,
        required: false,
      });
  }
  const syn = (id: string, h: string) => registerById(id)?.columns.find((c) => c.header === h)?.synonyms ?? [];
  expect(syn("meetings", "会议议程")).toContain("议程");
  expect(syn("rectifications", "证据")).toContain("照片");
  expect(syn("outgoing-documents", "盖章")).toContain("已盖章");
});

test("types and enums from REGISTERS.md", () => {
  const incoming = registerById("incoming-documents") as RegisterDef;
  expect(kindOf(incoming, "收文日期")).toEqual({ kind: "date" });
  expect(kindOf(incoming, "文件标题")).toEqual({ kind: "text", maxLength: 200 });
  expect(kindOf(incoming, "份数")).toEqual({ kind: "int", min: 1, max: 9999 });
  expect(kindOf(incoming, "密级")).toEqual({ kind: "enum", source: { kind: "setting", key: "密级列表" } });
  expect(kindOf(incoming, "状态")).toEqual({
    kind: "enum",
    source: { kind: "fixed", values: ["已登记", "传阅中", "办理中", "已办结", "已归档"] },
  });
  expect(incoming.columns.find((c) => c.header === "收文编号")?.synonyms).toEqual(["编号", "收文号"]);
  expect(incoming.columns.find((c) => c.header === "收文日期")?.synonyms).toEqual(["接收日期", "来文日期", "收文时间"]);
  const archives = registerById("archives") as RegisterDef;
  expect(kindOf(archives, "保管期限")).toEqual({
    kind: "enum",
    source: { kind: "fixed", values: ["永久", "长期", "短期"], aliases: { 定期30年: "长期", 定期10年: "短期" } },
  });
  expect(kindOf(archives, "年度")).toEqual({ kind: "int", min: 1949, max: 2100 });
  expect(archives.columns.find((c) => c.header === "到期日期")?.computed).toBe(true);
  expect(kindOf(registerById("reimbursements") as RegisterDef, "金额(元)")).toEqual({ kind: "money", exclusiveMin: 0 });
  expect(kindOf(registerById("purchases") as RegisterDef, "数量")).toEqual({ kind: "decimal", exclusiveMin: 0 });
  expect(kindOf(registerById("assets") as RegisterDef, "购置日期")).toEqual({ kind: "date", notAfterToday: true });
  expect(kindOf(registerById("feedback") as RegisterDef, "接收时间")).toEqual({ kind: "datetime" });
  expect(kindOf(registerById("meetings") as RegisterDef, "开始时间")).toEqual({ kind: "time" });
  expect(kindOf(registerById("resolutions") as RegisterDef, "进度")).toEqual({ kind: "percent" });
  expect(registerById("resolutions")?.columns.find((c) => c.header === "会议编号")?.ref).toEqual({
    register: "meetings",
    column: "会议编号",
  });
});

test("rule ids per register, as REGISTERS.md names them", () => {
  expect(Object.fromEntries(REGISTERS.map((r) => [r.id, r.rules.map((x) => x.id)]))).toEqual({
    "incoming-documents": ["date-order", "status-needs-date", "circulation-limit", "register-at-once"],
    "survey-responses": [],
    "outgoing-documents": [
      "date-order",
      "approval-before-issue",
      "proofreaders",
      "review-before-issue",
      "seal-and-distribution",
    ],
    meetings: [
      "notice-lead",
      "phone-confirm",
      "materials-lead",
      "minutes-draft",
      "minutes-review",
      "duration",
      "application-lead",
      "rehearsal",
      "minutes-signed",
      "notice-contents",
    ],
    resolutions: ["date-order", "status-needs-date"],
    visitors: ["liaison", "reply-deadline", "reply-late"],
    reimbursements: ["date-order", "submit-limit", "approval-threshold", "invoice"],
    purchases: ["amount", "simplified-approval", "date-order"],
    stock: ["one-movement", "negative-balance", "balance", "low-stock"],
    assets: ["date-order", "stocktake-diff"],
    archives: ["copies", "destroy-permanent", "destroy-early", "destroy-witnesses"],
    rectifications: ["date-order", "measures", "closure", "acceptance", "dispatch-limit", "dispatch-date", "evidence"],
    feedback: ["date-order", "complaint-contact", "complaint-result", "feedback-reply", "initial-response"],
    training: ["pass", "certificate"],
    communications: [
      "review",
      "urgent-limit",
      "routine-limit",
      "long-notice",
      "mail-subject",
      "classified-release",
      "read-confirm",
    ],
    coordination: ["date-order", "criteria", "closure", "support-reply"],
    "leave-requests": ["date-order", "status-needs-date"],
    loans: ["date-order", "status-needs-date"],
    "recurring-duties": ["duty-cycle", "duty-lead"],
    "recurring-log": [],
    incidents: ["date-order", "incident-steps", "incident-progress"],
  });
});
