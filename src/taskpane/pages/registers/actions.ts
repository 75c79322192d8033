/**
 * The 台账 page's writes, each through the pane's `write` so it is previewed (or confirmed on the page) and undoable.
 * Each resolves to the sentence the page shows afterwards, or null when the user did not confirm.
 */
import { translate, type Lang } from "../../../core/i18n";
import type { ColumnMapping } from "../../../core/recognize/types";
import { registerById } from "../../../core/registers";
import { confirmMapping } from "../../../app/mappings";
import { setupLedgers, type SetupResult } from "../../../app/setup-ledgers";
import type { WriteWithPreview } from "../../shell/writes";
import { REGISTERS_MESSAGES, type RegistersKey } from "./messages";

export interface RegisterActions {
  /** 添加: one register sheet (and the settings sheets it needs), existing sheets untouched. */
  add(id: string): Promise<string | null>;
  /** 建立设置表. */
  setupSettings(): Promise<string | null>;
  /**
   * 一键建立常用台账: the page's own preview already lists the sheets to be created and its 「确认建立 N 张工作表」 is the
   * confirmation, so the shell does not ask again; the write can still be undone.
   */
  quickSetup(ids: readonly string[]): Promise<string | null>;
  /** 确认列对应 (a mapping) or 取消确认 (null). */
  confirmColumns(sheet: string, mapping: ColumnMapping | null): Promise<string | null>;
}

export function registerActions(write: WriteWithPreview, lang: Lang): RegisterActions {
  const t = (key: RegistersKey, p?: Record<string, string | number>) => translate(REGISTERS_MESSAGES, lang, key, p);
  const created = (r: SetupResult | null) =>
    r === null
      ? null
      : r.created.length > 0
        ? t("added", { sheets: r.created.join(lang === "zh-CN" ? "、" : ", ") })
        : t("nothingAdded");
  return {
    add: async (id) =>
      created(
        await write(t("writeAdd", { sheet: registerById(id)?.sheet ?? id }), (p) =>
          setupLedgers(p, { registers: [id] }),
        ),
      ),
    setupSettings: async () => created(await write(t("setupLabel"), (p) => setupLedgers(p, { registers: [] }))),
    quickSetup: async (ids) =>
      created(
        await write(t("quickTitle"), (p) => setupLedgers(p, { registers: [...ids] }), {
          confirmed: true,
        }),
      ),
    confirmColumns: async (sheet, mapping) => {
      const out = await write(t(mapping ? "writeConfirm" : "writeForget", { sheet }), (p) =>
        confirmMapping(p, sheet, mapping),
      );
      return out === null ? null : t(mapping ? "confirmed" : "forgotten", { sheet });
    },
  };
}
