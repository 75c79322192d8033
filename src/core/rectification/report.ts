/**
 * The rectification status as people and programs read it: the `ledger rectification --json` contract, the CLI's
 * text, and the weekly report pasted into 钉钉 / 企业微信 (the 整改 page's 复制周报, in the manner of 复制提醒).
 */
import { serialToIso } from "../dates";
import { escalationLabel, type Escalation } from "../deadlines";
import { translate, type Lang } from "../i18n";
import { periodEndIso, periodLabel, periodStartIso } from "../kpi/periods";
import { RECTIFICATION_MESSAGES, type RectificationMessageKey } from "./messages";
import type { RectificationItem, RectificationStatus } from "./types";

const iso = (d: number | null): string | null => (d === null ? null : serialToIso(d));

export interface RectificationJson {
  asOf: string;
  period: { id: string; start: string; end: string };
  summary: RectificationStatus["summary"];
  byStatus: Record<string, number>;
  byDepartment: Array<{
    department: string;
    total: number;
    open: number;
    overdue: number;
    closed: number;
    longTerm: number;
    closureRate: number | null;
  }>;
  bySource: Array<{
    source: string;
    total: number;
    open: number;
    overdue: number;
    closed: number;
    longTerm: number;
    closureRate: number | null;
  }>;
  overdue: Array<{
    key: string | null;
    sheet: string;
    row: number;
    department: string | null;
    owner: string | null;
    due: string | null;
    overdueWorkdays: number | null;
    /** The office's term (预警分管领导 …), as the contract writes it; `escalationLevel` is the code. */
    escalation: string | null;
    escalationLevel: Escalation | null;
    escalateTo: string | null;
    subject: string | null;
  }>;
  nextFollowUp: Record<string, string>;
  followUpsThisWeek: Array<{ key: string | null; row: number; nextFollowUp: string; late: boolean }>;
  ageing: RectificationStatus["ageing"];
  weeks: Array<{ start: string; open: number; closed: number }>;
  k09: RectificationStatus["k09"];
  sections: Array<{
    register: string;
    sheet: string;
    total: number;
    open: number;
    overdue: number;
    items: RectificationStatus["sections"][number]["items"];
  }>;
  problems: RectificationStatus["problems"];
}

/** An item's name in maps keyed by item: its 问题编号, else sheet!row. */
export const itemKey = (x: Pick<RectificationItem, "key" | "sheet" | "row">): string => x.key ?? `${x.sheet}!${x.row}`;

export function rectificationToJson(s: RectificationStatus): RectificationJson {
  const nextFollowUp: Record<string, string> = {};
  for (const x of s.items) if (x.nextFollowUp !== null) nextFollowUp[itemKey(x)] = serialToIso(x.nextFollowUp);
  return {
    asOf: serialToIso(s.asOf),
    period: { id: s.period.id, start: periodStartIso(s.period), end: periodEndIso(s.period) },
    summary: s.summary,
    byStatus: Object.fromEntries(s.byStatus.map((b) => [b.state, b.count])),
    byDepartment: s.byDepartment,
    bySource: s.bySource,
    overdue: s.overdue.map((x) => ({
      key: x.key,
      sheet: x.sheet,
      row: x.row,
      department: x.department,
      owner: x.owner,
      due: iso(x.due),
      overdueWorkdays: x.overdueWorkdays,
      escalation: x.escalation === null ? null : escalationLabel(x.escalation, "zh-CN"),
      escalationLevel: x.escalation,
      escalateTo: x.escalateTo,
      subject: x.subject,
    })),
    nextFollowUp,
    followUpsThisWeek: s.followUpsThisWeek.map((x) => ({
      key: x.key,
      row: x.row,
      nextFollowUp: serialToIso(x.nextFollowUp as number),
      late: x.followUpLate,
    })),
    ageing: s.ageing,
    weeks: s.weeks.map((w) => ({ start: serialToIso(w.start), open: w.open, closed: w.closed })),
    k09: s.k09,
    sections: s.sections.map((x) => ({
      register: x.register,
      sheet: x.sheet,
      total: x.total,
      open: x.open,
      overdue: x.overdue,
      items: x.items,
    })),
    problems: s.problems,
  };
}

const SUBJECT_CHARS = 30;
const shorten = (text: string): string => {
  const chars = [...text];
  return chars.length <= SUBJECT_CHARS ? chars.join("") : `${chars.slice(0, SUBJECT_CHARS).join("")}…`;
};

export function rateText(rate: number | null, lang: Lang): string {
  return rate === null ? translate(RECTIFICATION_MESSAGES, lang, "noData") : `${rate.toFixed(1)}%`;
}

function counts(s: RectificationStatus): Record<string, number> {
  const { closureRate: _rate, ...n } = s.summary;
  return n;
}

function headline(s: RectificationStatus, lang: Lang): string {
  return translate(RECTIFICATION_MESSAGES, lang, "headline", {
    asOf: serialToIso(s.asOf),
    period: periodLabel(s.period, lang),
    ...counts(s),
    rate: rateText(s.summary.closureRate, lang),
  });
}

/** The CLI's readable report: headline, K09, the overdue list and the data problems. */
export function rectificationText(s: RectificationStatus, lang: Lang): string {
  const t = (key: RectificationMessageKey, p?: Record<string, string | number>) =>
    translate(RECTIFICATION_MESSAGES, lang, key, p);
  const lines = [headline(s, lang), t("k09Line", { actual: rateText(s.k09.actual, lang), target: s.k09.target })];
  if (s.overdue.length > 0) {
    lines.push(t("textOverdue"));
    for (const x of s.overdue) {
      lines.push(
        t("textItem", {
          key: itemKey(x),
          department: x.department ?? t("noDepartment"),
          owner: x.owner ?? t("noOwner"),
          due: iso(x.due) ?? "",
          late: x.overdueWorkdays ?? t("unknownDays"),
          level: x.escalation === null ? "" : escalationLabel(x.escalation, lang),
          to: x.escalateTo === null ? "" : ` → ${x.escalateTo}`,
        }),
      );
    }
  }
  for (const sec of s.sections)
    lines.push(t("weeklySection", { sheet: sec.sheet, open: sec.open, overdue: sec.overdue }));
  if (s.problems.length > 0) {
    lines.push(t("textProblems", { n: s.problems.length }));
    for (const p of s.problems) lines.push(`  ${p.message}`);
  }
  return lines.join("\n");
}

/**
 * The weekly report for 钉钉 / 企业微信: counts, the overdue items per department (worst first) and who is to be
 * escalated to. `items` narrows the overdue list to what the page shows (its department and state filters).
 */
export function weeklyReport(
  s: RectificationStatus,
  lang: Lang,
  overdue: readonly RectificationItem[] = s.overdue,
): string {
  const t = (key: RectificationMessageKey, p?: Record<string, string | number>) =>
    translate(RECTIFICATION_MESSAGES, lang, key, p);
  const lines = [
    t("weeklyTitle", { asOf: serialToIso(s.asOf) }),
    t("weeklyCounts", { ...counts(s), rate: rateText(s.summary.closureRate, lang) }),
  ];
  if (overdue.length === 0) lines.push(t("weeklyNoOverdue"));
  else {
    lines.push(t("weeklyByDept"));
    const byDept = new Map<string, RectificationItem[]>();
    for (const x of overdue) {
      const d = x.department ?? t("noDepartment");
      byDept.set(d, [...(byDept.get(d) ?? []), x]);
    }
    for (const [department, list] of byDept) {
      lines.push(t("weeklyDept", { department, n: list.length }));
      for (const x of list) {
        const subject =
          x.subject === null ? "" : lang === "zh-CN" ? ` 《${shorten(x.subject)}》` : ` “${shorten(x.subject)}”`;
        const p = { key: itemKey(x), owner: x.owner ?? t("noOwner"), subject, due: iso(x.due) ?? "" };
        lines.push(
          x.overdueWorkdays === null ? t("weeklyItemNoDays", p) : t("weeklyItem", { ...p, late: x.overdueWorkdays }),
        );
      }
    }
    const ladder = new Map<string, string[]>();
    for (const x of overdue) {
      if (x.escalation === null || x.escalation === "urge") continue;
      const k = `${x.escalation}\u0000${x.escalateTo ?? ""}`;
      ladder.set(k, [...(ladder.get(k) ?? []), itemKey(x)]);
    }
    if (ladder.size > 0) {
      lines.push(t("weeklyEscalations"));
      for (const [k, keys] of ladder) {
        const [level, to] = k.split("\u0000") as [Escalation, string];
        lines.push(
          t("weeklyEscalation", {
            level: escalationLabel(level, lang),
            to: to === "" ? t("noOwner") : to,
            keys: keys.join(lang === "zh-CN" ? "、" : ", "),
          }),
        );
      }
    }
  }
  const open = s.sections.filter((x) => x.open > 0);
  if (open.length > 0) {
    lines.push(
      t("weeklySections", {
        parts: open
          .map((x) => t("weeklySection", { sheet: x.sheet, open: x.open, overdue: x.overdue }))
          .join(lang === "zh-CN" ? "；" : "; "),
      }),
    );
  }
  return lines.join("\n");
}
