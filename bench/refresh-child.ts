/* Runs `ledger refresh` on argv[2] in a process of its own and prints {ms, maxRssMb, code} (bench/refresh.ts). */
import { runCli } from "../src/cli/main";

async function main(): Promise<void> {
  const [input, output] = process.argv.slice(2) as [string, string];
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const code = await runCli(["refresh", input, "-o", output, "--as-of", "2026-11-18"], {
    out: () => undefined,
    err: (t) => process.stderr.write(`${t}\n`),
    today: () => "2026-11-18",
    cwd: process.cwd(),
  });
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  process.stdout.write(
    JSON.stringify({
      ms,
      cpuMs: (cpu.user + cpu.system) / 1000,
      maxRssMb: process.resourceUsage().maxRSS / 1024,
      code,
    }),
  );
}
void main();
