/**
 * The pane's pages, in tab order. Each loads lazily so the first paint carries only the shell and the first page.
 * Registry: append one entry per page folder.
 */
import { createElement, lazy } from "react";
import type { PageEntry } from "./types";

export type { PageEntry, PageProps } from "./types";

export const PAGES: readonly PageEntry[] = [
  {
    id: "overview",
    label: { "zh-CN": "概览", "en-US": "Overview" },
    component: lazy(() => import("./overview/OverviewPage")),
  },
  {
    id: "calculator",
    label: { "zh-CN": "计算器", "en-US": "Calculator" },
    component: lazy(() => import("./calculator/CalculatorPage")),
  },
  {
    id: "registers",
    label: { "zh-CN": "台账", "en-US": "Registers" },
    component: lazy(() => import("./registers/RegistersPage")),
  },
  {
    id: "validate",
    label: { "zh-CN": "检查", "en-US": "Check" },
    component: lazy(() => import("./validate/ValidatePage")),
  },
  {
    id: "deadlines",
    label: { "zh-CN": "期限", "en-US": "Deadlines" },
    component: lazy(() =>
      import("./deadlines/DeadlinesPage").then((m) => ({
        default: (p: import("./types").PageProps) =>
          createElement(m.DeadlinesPage, {
            port: p.port,
            lang: p.lang,
            loadContext: p.loadContext,
            today: p.today,
            copyText: p.copyText,
            navigate: p.navigate,
            now: p.now,
            write: p.write,
          }),
      })),
    ),
  },
  {
    id: "kpi",
    label: { "zh-CN": "KPI", "en-US": "KPI" },
    component: lazy(() =>
      import("./kpi/KpiPage").then((m) => ({
        default: (p: import("./types").PageProps) =>
          createElement(m.KpiPage, {
            port: p.port,
            lang: p.lang,
            loadContext: p.loadContext,
            today: p.today,
            now: p.now,
            chartsAvailable: p.chartsAvailable,
            navigate: p.navigate,
            write: p.write,
          }),
      })),
    ),
  },
  {
    id: "survey",
    label: { "zh-CN": "调查", "en-US": "Surveys" },
    component: lazy(() =>
      import("./survey/SurveyPage").then((m) => ({
        default: (p: import("./types").PageProps) =>
          createElement(m.SurveyPage, {
            port: p.port,
            lang: p.lang,
            loadContext: p.loadContext,
            now: p.now,
            write: p.write,
          }),
      })),
    ),
  },
  {
    id: "rectification",
    label: { "zh-CN": "整改", "en-US": "Rectification" },
    component: lazy(() =>
      import("./rectification/RectificationPage").then((m) => ({
        default: (p: import("./types").PageProps) =>
          createElement(m.RectificationPage, {
            port: p.port,
            lang: p.lang,
            loadContext: p.loadContext,
            today: p.today,
            now: p.now,
            copyText: p.copyText,
            chartsAvailable: p.chartsAvailable,
            write: p.write,
          }),
      })),
    ),
  },
  {
    id: "forms",
    label: { "zh-CN": "表单", "en-US": "Forms" },
    component: lazy(() =>
      import("./forms/FormsPage").then((m) => ({
        default: (p: import("./types").PageProps) =>
          createElement(m.FormsPage, {
            port: p.port,
            lang: p.lang,
            today: p.today,
            loadContext: p.loadContext,
            write: p.write,
          }),
      })),
    ),
  },
];
