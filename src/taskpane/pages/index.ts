/**
 * The pane's pages, in tab order. Each loads lazily so the first paint carries only the shell and the first page.
 * Registry: append one entry per page folder.
 */
import { createElement, lazy, type ComponentType } from "react";
import type { PageEntry, PageProps } from "./types";

export type { PageEntry, PageProps } from "./types";

/** A page loaded when first shown, or earlier by `preload` (the same chunk, fetched and evaluated once). */
function lazyPage(
  load: () => Promise<{ default: ComponentType<PageProps> }>,
): Pick<PageEntry, "component" | "preload"> {
  return { component: lazy(load), preload: load };
}

export const PAGES: readonly PageEntry[] = [
  {
    id: "overview",
    label: { "zh-CN": "概览", "en-US": "Overview" },
    ...lazyPage(() => import("./overview/OverviewPage")),
  },
  {
    id: "calculator",
    label: { "zh-CN": "计算器", "en-US": "Calculator" },
    ...lazyPage(() => import("./calculator/CalculatorPage")),
  },
  {
    id: "registers",
    label: { "zh-CN": "台账", "en-US": "Registers" },
    ...lazyPage(() => import("./registers/RegistersPage")),
  },
  {
    id: "validate",
    label: { "zh-CN": "检查", "en-US": "Check" },
    ...lazyPage(() => import("./validate/ValidatePage")),
  },
  {
    id: "deadlines",
    label: { "zh-CN": "期限", "en-US": "Deadlines" },
    ...lazyPage(() =>
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
    ...lazyPage(() =>
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
    ...lazyPage(() =>
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
    ...lazyPage(() =>
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
    ...lazyPage(() =>
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
