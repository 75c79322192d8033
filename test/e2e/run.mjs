// `npm run test:e2e`: makes sure dist/ holds a current production build, then runs the browser suite
// (test/e2e/main.ts, TypeScript run by tsx) with a hard time limit. In CI (CI=true) .ci/run has just built dist/, so
// this only checks it is there rather than building twice.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
// E2E_DIST: test a build made elsewhere (e.g. with another output path); it is used as it is, never rebuilt.
const given = process.env.E2E_DIST ? resolve(process.env.E2E_DIST) : null;
const html = join(given ?? join(root, "dist"), "taskpane.html");
// 23 cases take about 3 minutes on an idle 2-core machine and up to twice that on a busy one (LibreOffice prints the
// KPI看板 and opens saved files); the limit stops a hung browser, not a slow machine. Each case has its own limit too.
const SUITE_LIMIT_MS = 480_000;

function newestMtime(path) {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return readdirSync(path).reduce((m, name) => Math.max(m, newestMtime(join(path, name))), st.mtimeMs);
}

// webpack leaves an output file alone when its content is unchanged, so dist/taskpane.html can stay older than src/
// after a successful build; this stamp records when this script last built.
const stamp = join(root, "test-output", ".e2e-build-stamp");

/** dist/taskpane.html is missing, or older than some file the production build reads. */
function distIsStale() {
  if (!existsSync(html)) return true;
  const built = Math.max(statSync(html).mtimeMs, existsSync(stamp) ? statSync(stamp).mtimeMs : 0);
  const inputs = ["src", "webpack.config.js", "manifest.xml", "assets"].map((p) => join(root, p)).filter(existsSync);
  return inputs.some((p) => newestMtime(p) > built);
}

if (process.env.CI === "true" || given) {
  if (!existsSync(html)) {
    console.error(`e2e: ${html} is missing — run \`npm run build\` before \`npm run test:e2e\` (.ci/run does).`);
    process.exit(1);
  }
} else if (distIsStale()) {
  console.log("e2e: dist/ is missing or older than src/ — running `npm run build`");
  const r = spawnSync("npm", ["run", "build"], { cwd: root, stdio: "inherit" });
  if (r.status !== 0 || !existsSync(html)) {
    console.error("e2e: the production build failed; no tests were run.");
    process.exit(1);
  }
  mkdirSync(dirname(stamp), { recursive: true });
  writeFileSync(stamp, `${new Date().toISOString()}\n`);
}

const tsxCli = createRequire(import.meta.url).resolve("tsx/cli");
const child = spawn(process.execPath, [tsxCli, join(root, "test/e2e/main.ts")], { cwd: root, stdio: "inherit" });
// The suite closes its own browser and server; this is the backstop if something hangs past every inner limit.
const guard = setTimeout(() => {
  console.error(`e2e: the suite did not finish within ${SUITE_LIMIT_MS / 1000} s; stopping it.`);
  child.kill("SIGTERM");
}, SUITE_LIMIT_MS);
child.on("exit", (code, signal) => {
  clearTimeout(guard);
  process.exit(code ?? (signal ? 1 : 0));
});
