/* The process boundary of the CLI: real streams, the real clock (as an Asia/Shanghai calendar day), exit codes. */
import { runCli } from "./main";

function todayInShanghai(): string {
  // The office's day is China's day wherever the machine is; en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: "Asia/Shanghai",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(new Date());
}

runCli(process.argv.slice(2), {
  out: (t) => process.stdout.write(t.endsWith("\n") ? t : `${t}\n`),
  err: (t) => process.stderr.write(t.endsWith("\n") ? t : `${t}\n`),
  today: todayInShanghai,
  cwd: process.cwd(),
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return new Uint8Array(Buffer.concat(chunks));
  },
  debug: process.env["LEDGER_DEBUG"] === "1",
}).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`ledger: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  },
);
