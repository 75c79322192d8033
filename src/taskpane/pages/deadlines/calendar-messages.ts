/** Texts of the 期限 page's 本周例行工作 and 突发事件 sections (issue 17). */
import { defineMessages } from "../../../core/i18n";

export const CALENDAR_SECTION_MESSAGES = defineMessages({
  routineTitle: { "zh-CN": "本周例行工作", "en-US": "This week's recurring duties" },
  routineNone: {
    "zh-CN": "本周没有例行工作（见「周期工作」工作表）。",
    "en-US": "No recurring duty falls this week (see the 周期工作 sheet).",
  },
  routineDone: { "zh-CN": "已完成 {done}", "en-US": "done {done}" },
  incidentsTitle: { "zh-CN": "进行中的突发事件", "en-US": "Open incidents" },
  incidentRow: { "zh-CN": "第 {row} 行", "en-US": "row {row}" },
  nextStep: { "zh-CN": "{incident}：下一步 {step}，{left}", "en-US": "{incident}: next, {step} — {left}" },
  minutesLeft: { "zh-CN": "还剩 {n} 分钟", "en-US": (p) => `${p.n} minute${p.n === 1 ? "" : "s"} left` },
  minutesLate: { "zh-CN": "已超时 {n} 分钟", "en-US": (p) => `${p.n} minute${p.n === 1 ? "" : "s"} late` },
  escalate: {
    "zh-CN": "；事态 2 小时内未得到控制，须报校长办公会（T68）",
    "en-US": "; not under control within 2 hours: escalate to the principal's office meeting (T68)",
  },
  clockAt: { "zh-CN": "按 {now} 计", "en-US": "as of {now}" },
});
