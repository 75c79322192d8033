import { COMMANDS } from "./commands";
import { EXIT_USAGE, UsageError, type CliIo } from "./io";

function helpText(): string {
  const lines = ["Usage: ledger <command> [options]", "", "Commands:"];
  for (const c of COMMANDS) lines.push(`  ${c.name.padEnd(12)} ${c.summary}`);
  lines.push("", "Run `ledger <command> --help` for a command's options.");
  return lines.join("\n");
}

/** Runs one CLI invocation and returns the exit code; never calls process.exit so tests can drive it. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "help" || name === "--help" || name === "-h") {
    (name === undefined ? io.err : io.out)(helpText());
    return name === undefined ? EXIT_USAGE : 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(`ledger: unknown command '${name}'\n\n${helpText()}`);
    return EXIT_USAGE;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    io.out(command.usage);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`ledger ${name}: ${e.message}\n\n${command.usage}`);
      return EXIT_USAGE;
    }
    throw e;
  }
}
