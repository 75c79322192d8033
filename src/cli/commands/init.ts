/**
 * `ledger init <out.xlsx> [--registers id,id,…]`: writes a new workbook with the settings sheets and the registers
 * (all, or the ids given), every one with its header, formats, dropdowns and prompts. Never overwrites a file.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { defineMessages, translate } from "../../core/i18n";
import { REGISTERS } from "../../core/registers";
import { setupLedgers, UnknownRegisterError } from "../../app/setup-ledgers";
import { XlsxWorkbook } from "../../xlsx/workbook";
import { EXIT_OK, EXIT_USAGE, UsageError, parseArgs, usageError, type CliIo, type Command } from "../io";
import { langFlag } from "./calendar-shared";

const M = defineMessages({
  needFile: {
    "zh-CN": "请给出要创建的工作簿文件名，如 综合办台账.xlsx",
    "en-US": "give the workbook file to create, e.g. office.xlsx",
  },
  exists: {
    "zh-CN": "文件已存在：{file}。为免覆盖已有数据，请换一个文件名",
    "en-US": "File exists: {file}. Choose another name so existing data is not overwritten",
  },
  unknown: {
    "zh-CN": "未知的台账编号：{ids}。可用的有：{valid}",
    "en-US": "Unknown register id: {ids}. Available: {valid}",
  },
  created: {
    "zh-CN": "已创建 {file}：{registers} 张台账（{names}），以及设置表 {settings}",
    "en-US": "Created {file}: {registers} registers ({names}) and the settings sheets {settings}",
  },
  cannotWrite: { "zh-CN": "无法写入 {file}：{reason}", "en-US": "Cannot write {file}: {reason}" },
});

export const initCommand: Command = {
  name: "init",
  summary: "新建台账工作簿（全部或指定台账 + 设置表）/ create a workbook with the registers and settings sheets",
  usage: `Usage: ledger init <out.xlsx> [--registers id,id,…] [--lang zh-CN|en-US]\n\nRegister ids: ${REGISTERS.map((r) => `${r.id} (${r.sheet})`).join(", ")}`,
  async run(args: string[], io: CliIo): Promise<number> {
    const { positional, flags } = parseArgs(args, { strings: ["registers", "lang"] });
    const lang = langFlag(flags);
    const [file, ...extra] = positional;
    if (file === undefined) throw new UsageError(translate(M, lang, "needFile"));
    if (extra.length > 0) throw usageError("unexpected", { arg: extra[0] as string });
    const registers =
      typeof flags["registers"] === "string"
        ? flags["registers"]
            .split(/[,，]/)
            .map((s) => s.trim())
            .filter((s) => s !== "")
        : undefined;
    const full = path.resolve(io.cwd, file);
    if (existsSync(full)) {
      io.err(`ledger init: ${translate(M, lang, "exists", { file })}`);
      return EXIT_USAGE;
    }

    const workbook = XlsxWorkbook.create();
    let result;
    try {
      result = await setupLedgers(workbook, { registers });
    } catch (e) {
      if (!(e instanceof UnknownRegisterError)) throw e;
      io.err(
        `ledger init: ${translate(M, lang, "unknown", { ids: e.ids.join(", "), valid: REGISTERS.map((r) => r.id).join(", ") })}`,
      );
      return EXIT_USAGE;
    }
    try {
      await workbook.save(full);
    } catch (e) {
      io.err(`ledger init: ${translate(M, lang, "cannotWrite", { file, reason: (e as Error).message })}`);
      return EXIT_USAGE;
    }
    const registerSheets = new Set(REGISTERS.map((r) => r.sheet));
    const names = result.created.filter((s) => registerSheets.has(s));
    const settings = result.created.filter((s) => !registerSheets.has(s) && s !== "列表");
    const sep = lang === "zh-CN" ? "、" : ", ";
    io.out(
      translate(M, lang, "created", {
        file,
        registers: names.length,
        names: names.join(sep),
        settings: settings.join(sep),
      }),
    );
    return EXIT_OK;
  },
};
