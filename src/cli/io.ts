/** What a CLI command may touch: its arguments, two output streams and the clock, injected so tests drive it fully. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Today's calendar day 'YYYY-MM-DD' in Asia/Shanghai (the office's day), used when --as-of is absent. */
  today(): string;
  cwd: string;
  /** Standard input as bytes, for commands that read `-` (e.g. `calendar import-notice -`); absent when there is none. */
  readStdin?(): Promise<Uint8Array>;
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

export class UsageError extends Error {}

/** Minimal flag parser: `--flag value`, `--flag=value`, boolean `--json`; positional args kept in order. */
export function parseArgs(
  args: readonly string[],
  spec: { strings?: readonly string[]; booleans?: readonly string[]; aliases?: Record<string, string> }
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
      if (eq >= 0) throw new UsageError(`--${name} takes no value`);
      flags[name] = true;
    } else if (strings.has(name)) {
      const value = eq >= 0 ? arg.slice(eq + 1) : args[++i];
      if (value === undefined || value === "") throw new UsageError(`--${name} needs a value`);
      flags[name] = value;
    } else {
      throw new UsageError(`unknown option ${arg}`);
    }
  }
  return { positional, flags };
}
