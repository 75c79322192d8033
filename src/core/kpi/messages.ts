/** Messages of the KPI feature: reasons for 数据不足, drill-down explanations, notes, and the KPI sheet's labels. */
import { defineMessages } from "../i18n";

export const KPI_MESSAGES = defineMessages({
  // Reasons for no-data
  "register-missing": {
    "zh-CN": "工作簿中没有可识别的「{sheet}」",
    "en-US": "The workbook has no recognisable '{sheet}' sheet",
  },
  "no-rows": {
    "zh-CN": "本期「{sheet}」没有{column}落在期内的记录",
    "en-US": "No '{sheet}' rows with {column} in the period",
  },
  "below-min-sample": {
    "zh-CN": "样本 {n} 条，少于最小样本 {min} 条",
    "en-US": "Only {n} rows, fewer than the minimum sample of {min}",
  },
  "baseline-unset": {
    "zh-CN": "未设置基准值：请在「KPI目标」表填写 {id} 的基准值（{unit}）",
    "en-US": "No baseline: enter {id}'s baseline ({unit}) in the 'KPI目标' sheet",
  },
  "baseline-zero": {
    "zh-CN": "基准值为 0，无法计算降低比例",
    "en-US": "The baseline is 0, so a reduction cannot be computed",
  },
  "manual-value-unset": {
    "zh-CN": "请在「KPI目标」{id} 行的「值」列填写满意度调查结果",
    "en-US": "Enter the survey result in the '值' column of row {id} of 'KPI目标'",
  },
  "staff-missing": {
    "zh-CN": "工作簿中没有「人员名单」表，无法确定在岗人数",
    "en-US": "The workbook has no '人员名单' (staff list) sheet, so the staff on duty are unknown",
  },
  "no-staff-on-duty": {
    "zh-CN": "「人员名单」中没有在岗人员",
    "en-US": "No staff on duty in '人员名单'",
  },
  "no-reference-price": {
    "zh-CN": "本期 {n} 条采购记录均未填写「参考单价(元)」",
    "en-US": "None of the period's {n} purchases has a '参考单价(元)' (reference price)",
  },
  "no-last-year": {
    "zh-CN": "去年同期（{from} 至 {to}）没有纸张出库记录，且「KPI目标」未填写基准值",
    "en-US": "No paper issues in the same period last year ({from} to {to}) and no baseline in 'KPI目标'",
  },
  "target-invalid": { "zh-CN": "{message}", "en-US": "{message}" },
  "period-not-started": {
    "zh-CN": "统计期间 {from} 至 {to} 在数据截至日 {asOf} 时尚未开始",
    "en-US": "The period {from} to {to} has not begun on the as-of day {asOf}",
  },
  "mixed-units": {
    "zh-CN": "纸张出库的单位不一致（{units}），且「参数设置」的“纸张单位换算”无法全部换算：{detail}",
    "en-US":
      "Paper issues use different units ({units}) that the 参数设置 key 纸张单位换算 cannot all convert: {detail}",
  },
  "calendar-coverage": {
    "zh-CN":
      "{year} 年的法定节假日安排尚未载入，无法计算工作日（请导入国务院关于该年节假日安排的通知：“计算器”页或 ledger calendar import-notice）",
    "en-US":
      "The official holidays of {year} are not loaded, so working days cannot be counted (import the State Council notice for that year: 计算器 page or ledger calendar import-notice)",
  },

  // Why a row counts against a KPI (drill-down)
  "why-cycle": {
    "zh-CN": "{from} → {to} 用时 {wd} 个工作日，超过 {limit}",
    "en-US": "{from} → {to} took {wd} working days, more than {limit}",
  },
  "why-price": {
    "zh-CN": "单价 {price} 元，参考单价 {ref} 元，降低 {pct}%，未达 {target}%",
    "en-US": "Unit price {price} vs reference {ref}: {pct}% lower, short of {target}%",
  },
  "why-stocktake": { "zh-CN": "盘点结果：{result}", "en-US": "Stocktake result: {result}" },
  "why-paper": { "zh-CN": "纸张出库 {qty}", "en-US": "Paper issued: {qty}" },
  "why-untrained": {
    "zh-CN": "在岗，期内无「是否合格=是」的培训记录",
    "en-US": "On duty, no training passed (是否合格=是) in the period",
  },
  "why-rectification": {
    "zh-CN": "完成时限 {due}，状态：{status}",
    "en-US": "Due {due}, status: {status}",
  },
  "why-info-error": { "zh-CN": "是否有误 = 是", "en-US": "Marked as erroneous (是否有误 = 是)" },
  "why-transmission": {
    "zh-CN": "产生到发布用时 {hours} 小时，超过 {limit} 小时",
    "en-US": "{hours} hours from creation to release, more than {limit}",
  },
  "why-delay-late": {
    "zh-CN": "完成时限 {due}，完成日期 {done}",
    "en-US": "Due {due}, finished {done}",
  },
  "why-delay-open": {
    "zh-CN": "完成时限 {due} 已过，尚未完成",
    "en-US": "Due {due}, not finished",
  },
  "why-delay-status": { "zh-CN": "状态：已延期", "en-US": "Status: 已延期 (delayed)" },
  "why-unresolved": { "zh-CN": "是否解决：{value}", "en-US": "Resolved: {value}" },
  blank: { "zh-CN": "（空）", "en-US": "(blank)" },

  // Notes for the 说明 column
  "note-manual": {
    "zh-CN": "本期满意度调查台账无数据，采用「KPI目标」手工填写值（不分期间）",
    "en-US": "No survey responses in the period: the value typed into 'KPI目标' is used (not tied to a period)",
  },
  "note-survey": {
    "zh-CN": "由满意度调查台账计算：{surveys}，{n} 人（取代「KPI目标」手工值）",
    "en-US":
      "Computed from the 满意度调查 register: {surveys}, {n} respondents (replaces the value typed into 'KPI目标')",
  },
  "note-baseline": {
    "zh-CN": "基准 {baseline}{unit}（{source}）",
    "en-US": "Baseline {baseline} {unit} ({source})",
  },
  "note-measured-wd": { "zh-CN": "实测平均 {value} 个工作日", "en-US": "Measured mean {value} working days" },
  "note-measured-hours": { "zh-CN": "实测平均 {value} 小时", "en-US": "Measured mean {value} hours" },
  "note-measured-rate": { "zh-CN": "实测延误率 {value}%", "en-US": "Measured delay rate {value}%" },
  "note-measured-quantity": {
    "zh-CN": "本期纸张出库 {cur}，去年同期 {prev}",
    "en-US": "Paper issued {cur}, same period last year {prev}",
  },
  "note-missing-ref": {
    "zh-CN": "{n} 条记录缺参考单价，未计入",
    "en-US": "{n} rows without a reference price were left out",
  },
  "note-units-missing": {
    "zh-CN": "“{units}”无法换算为“{base}”",
    "en-US": "{units} cannot be converted to {base}",
  },
  "note-units-converted": {
    "zh-CN": "按“纸张单位换算”折算为{base}：{conversions}",
    "en-US": "converted to {base} with 纸张单位换算: {conversions}",
  },
  "note-pending": {
    "zh-CN": "{n} 项未到期未完成，未计入",
    "en-US": "{n} open items not yet due were left out",
  },
  "note-reversed": {
    "zh-CN": "{n} 条记录结束日期早于开始日期，未计入",
    "en-US": "{n} rows ending before they start were left out",
  },
  "source-default": { "zh-CN": "默认", "en-US": "default" },
  "source-settings": { "zh-CN": "参数设置", "en-US": "参数设置" },
  "source-kpi-sheet": { "zh-CN": "KPI目标", "en-US": "KPI目标" },
  "source-last-year": { "zh-CN": "去年同期", "en-US": "same period last year" },

  // Units and statuses
  "unit-workdays": { "zh-CN": "工作日", "en-US": "working days" },
  "unit-percent": { "zh-CN": "%", "en-US": "%" },
  "unit-score": { "zh-CN": "分", "en-US": "pts" },
  "unit-hours": { "zh-CN": "小时", "en-US": "hours" },
  "unit-quantity": { "zh-CN": "（数量）", "en-US": "(quantity)" },
  met: { "zh-CN": "达成", "en-US": "Met" },
  "not-met": { "zh-CN": "未达成", "en-US": "Not met" },
  "no-data": { "zh-CN": "数据不足", "en-US": "No data" },
});

export type KpiMessageKey = keyof typeof KPI_MESSAGES;
