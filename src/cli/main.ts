import { COMMANDS } from "./commands";
import { CliFailure, EXIT_USAGE, USAGE_MESSAGES, UsageError, langOfArgs, type CliIo, type Command } from "./io";
import { translate, type Lang } from "../core/i18n";

function helpText(lang: Lang): string {
  const lines = [
    `${translate(USAGE_MESSAGES, lang, "usage")}ledger <command> [options]`,
    "",
    translate(USAGE_MESSAGES, lang, "commands"),
  ];
  for (const c of COMMANDS) lines.push(`  ${c.name.padEnd(12)} ${c.summary}`);
  lines.push("", translate(USAGE_MESSAGES, lang, "help"));
  return lines.join("\n");
}

/** A command's usage with its first word in the user's language (the syntax and option names stay as typed). */
function usageText(command: Command, lang: Lang): string {
  // Every "Usage: " line start (a command with sub-commands lists several) is said in the user's language.
  return command.usage.replace(/^Usage: /gm, translate(USAGE_MESSAGES, lang, "usage"));
}

/** Runs one CLI invocation and returns the exit code; never calls process.exit so tests can drive it. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  const lang = langOfArgs(argv);
  if (name === undefined || name === "help" || name === "--help" || name === "-h") {
    (name === undefined ? io.err : io.out)(helpText(lang));
    return name === undefined ? EXIT_USAGE : 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(`ledger: ${translate(USAGE_MESSAGES, lang, "unknownCommand", { name })}\n\n${helpText(lang)}`);
    return EXIT_USAGE;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    io.out(usageText(command, lang));
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`ledger ${name}: ${e.describe(lang)}\n\n${usageText(command, lang)}`);
      return EXIT_USAGE;
    }
    if (e instanceof CliFailure) {
      io.err(`ledger ${name}: ${e.message}`);
      return EXIT_USAGE;
    }
    // A bug or a file no check foresaw: the user gets a notice in their language naming what was being processed,
    // never a JavaScript error text; LEDGER_DEBUG=1 shows the error itself.
    if (io.debug) throw e;
    const args = rest.filter(
      (a, k) =>
        !a.startsWith("-") &&
        !["-o", "--output", "--lang", "--as-of", "--period", "--holidays-sheet", "--registers"].includes(
          rest[k - 1] ?? "",
        ),
    );
    io.err(`ledger ${name}: ${translate(USAGE_MESSAGES, lang, "crashed", { args: args.join(" ") || name })}`);
    return EXIT_USAGE;
  }
}
