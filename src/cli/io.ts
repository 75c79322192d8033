import { defineMessages, translate, type Lang, type MessageParams } from "../core/i18n";

/** What a CLI command may touch: its arguments, two output streams and the clock, injected so tests drive it fully. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Today's calendar day 'YYYY-MM-DD' in Asia/Shanghai (the office's day), used when --as-of is absent. */
  today(): string;
  cwd: string;
  /** Standard input as bytes, for commands that read `-` (e.g. `calendar import-notice -`); absent when there is none. */
  readStdin?(): Promise<Uint8Array>;
  /** Let an unexpected error through with its stack (LEDGER_DEBUG=1) instead of the user-facing notice. */
  debug?: boolean;
}

/** Exit codes shared by all commands: 0 ok, 1 findings (e.g. validation errors), 2 bad input or unreadable file. */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

export type Command = {
  name: string;
  /** One line for `ledger help`. */
  summary: string;
  usage: string;
  run(args: string[], io: CliIo): Promise<number>;
};

export const USAGE_MESSAGES = defineMessages({
  noValue: { "zh-CN": "--{name} 不接受取值", "en-US": "--{name} takes no value" },
  needsValue: { "zh-CN": "--{name} 需要一个值", "en-US": "--{name} needs a value" },
  unknownOption: { "zh-CN": "未知的选项 {arg}", "en-US": "unknown option {arg}" },
  unexpected: { "zh-CN": "多余的参数“{arg}”", "en-US": "unexpected argument '{arg}'" },
  badLang: {
    "zh-CN": "--lang 须为 zh-CN 或 en-US，而不是“{text}”",
    "en-US": "--lang must be zh-CN or en-US, not '{text}'",
  },
  expected: { "zh-CN": "需要参数 {args}", "en-US": "expected {args}" },
  wholeNumber: { "zh-CN": "{arg} 须为整数，而不是“{text}”", "en-US": "{arg} must be a whole number, not '{text}'" },
  year: {
    "zh-CN": "{arg} 须为年份（如 2026），而不是“{text}”",
    "en-US": "{arg} must be a year such as 2026, not '{text}'",
  },
  unknownCommand: { "zh-CN": "未知的命令“{name}”", "en-US": "unknown command '{name}'" },
  usage: { "zh-CN": "用法：", "en-US": "Usage: " },
  help: {
    "zh-CN": "运行 `ledger <命令> --help` 查看某个命令的选项。",
    "en-US": "Run `ledger <command> --help` for a command's options.",
  },
  commands: { "zh-CN": "命令：", "en-US": "Commands:" },
  crashed: {
    "zh-CN":
      "处理 {args} 时出现意外错误，命令未完成；输入文件未被改动。请把这条命令和文件交给维护人员（设置环境变量 LEDGER_DEBUG=1 可看到技术细节）",
    "en-US":
      "an unexpected error stopped the command on {args}; the input was not changed. Please pass this command and the file to the maintainers (set LEDGER_DEBUG=1 to see the technical details)",
  },
});

/**
 * A mistake in the command line. The text may depend on the language, which is itself a flag: a message built from a
 * catalogue key is rendered when it is printed, in the language of the whole command line (see `langOfArgs`).
 */
export class UsageError extends Error {
  private readonly render: (lang: Lang) => string;
  constructor(message: string | ((lang: Lang) => string)) {
    super(typeof message === "string" ? message : message("en-US"));
    this.render = typeof message === "string" ? () => message : message;
  }
  describe(lang: Lang): string {
    return this.render(lang);
  }
}

/** A usage error from the shared catalogue, in whatever language the command line asks for. */
export function usageError(key: keyof typeof USAGE_MESSAGES, params: MessageParams = {}): UsageError {
  return new UsageError((lang) => translate(USAGE_MESSAGES, lang, key, params));
}

/** A failure already worded for the user (file unreadable, refused output): printed after `ledger <command>:`, exit 2. */
export class CliFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CliFailure";
  }
}

/** The --lang of a command line, read leniently (before and apart from parsing) so even a usage error is in it. */
export function langOfArgs(args: readonly string[]): Lang {
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    const v = a === "--lang" ? args[i + 1] : a.startsWith("--lang=") ? a.slice("--lang=".length) : undefined;
    if (v === "en-US" || v === "zh-CN") return v;
  }
  return "zh-CN";
}

/** The --lang flag: zh-CN (default) or en-US. */
export function langFlag(flags: Record<string, string | boolean>): Lang {
  const v = flags["lang"];
  if (v === undefined) return "zh-CN";
  if (v === "zh-CN" || v === "en-US") return v;
  throw usageError("badLang", { text: String(v) });
}

/** Minimal flag parser: `--flag value`, `--flag=value`, boolean `--json`; positional args kept in order. */
export function parseArgs(
  args: readonly string[],
  spec: { strings?: readonly string[]; booleans?: readonly string[]; aliases?: Record<string, string> },
): { positional: string[]; flags: Record<string, string | boolean> } {
  const positional: string[] = [];
  const flags: Record<string, string | boolean> = {};
  const strings = new Set(spec.strings ?? []);
  const booleans = new Set(spec.booleans ?? []);
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (!arg.startsWith("-") || arg === "-" || /^-\d/.test(arg)) {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    let name = (eq >= 0 ? arg.slice(0, eq) : arg).replace(/^--?/, "");
    name = spec.aliases?.[name] ?? name;
    if (booleans.has(name)) {
      if (eq >= 0) throw usageError("noValue", { name });
      flags[name] = true;
    } else if (strings.has(name)) {
      const value = eq >= 0 ? arg.slice(eq + 1) : args[++i];
      if (value === undefined || value === "") throw usageError("needsValue", { name });
      flags[name] = value;
    } else {
      throw usageError("unknownOption", { arg });
    }
  }
  return { positional, flags };
}
