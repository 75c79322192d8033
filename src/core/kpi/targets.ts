/**
 * Targets and baselines in force: the plan's default, then the 参数设置 parameter where one exists (报销处理目标,
 * 采购处理目标, 审批周期基准), then the KPI目标 sheet, which wins because it is where the director sets this year's goals.
 */
import type { Settings } from "../settings-types";
import type { KpiDef, KpiTargets } from "./types";

export type BaselineSource = "default" | "settings" | "kpi-sheet";

export interface ResolvedTargets extends KpiTargets {
  baselineSource: BaselineSource | null;
}

export function resolveTargets(def: KpiDef, settings: Settings): ResolvedTargets {
  const override = settings.kpiTargets.find((o) => o.id.trim().toUpperCase() === def.id);
  let target = def.target;
  if (def.targetSettingKey) target = settings.number(def.targetSettingKey);
  if (override?.target !== null && override?.target !== undefined) target = override.target;

  let baseline: number | null = null;
  let baselineSource: BaselineSource | null = null;
  if (def.baseline) {
    if (def.baseline.settingKey) {
      baseline = settings.number(def.baseline.settingKey);
      baselineSource = "settings";
    } else if (def.baseline.value !== null) {
      baseline = def.baseline.value;
      baselineSource = "default";
    }
    if (override?.baseline !== null && override?.baseline !== undefined) {
      baseline = override.baseline;
      baselineSource = "kpi-sheet";
    }
  }
  return { target, baseline, baselineSource, value: override?.value ?? null, refused: override?.refused ?? [] };
}
