/**
 * scripts/office-debug.mjs behind `npm start` / `npm stop` / `npm run start:web`: with office-addin-debugging skipped
 * by npm (no libsecret on Linux) it explains what to do in both languages; with it present it hands the arguments on.
 * The script runs from a copy in a scratch folder, so which branch is taken does not depend on this machine.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const SCRIPT = path.join(__dirname, "..", "..", "scripts", "office-debug.mjs");
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "office-debug-"));
  copyFileSync(SCRIPT, path.join(dir, "office-debug.mjs"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function run(...args: string[]) {
  return spawnSync(process.execPath, [path.join(dir, "office-debug.mjs"), ...args], { encoding: "utf8", cwd: dir });
}

test("without office-addin-debugging: one clear message in Chinese and English, no stack trace, exit 1", () => {
  const r = run("start", "manifest.xml");
  expect(r.status).toBe(1);
  expect(r.stdout).toBe("");
  expect(r.stderr).toContain("无法旁加载");
  expect(r.stderr).toContain("Windows 或 Mac");
  expect(r.stderr).toContain("Cannot sideload");
  expect(r.stderr).toContain("npm run dev-server");
  expect(r.stderr).toContain("manifest.xml");
  expect(r.stderr).not.toMatch(/\bat .*\.m?js:\d+|Error:|MODULE_NOT_FOUND/);
});

test("with office-addin-debugging present: its CLI runs with the arguments and its exit code is kept", () => {
  const pkg = path.join(dir, "node_modules", "office-addin-debugging");
  mkdirSync(pkg, { recursive: true });
  writeFileSync(path.join(pkg, "package.json"), JSON.stringify({ name: "office-addin-debugging", version: "7.0.0" }));
  writeFileSync(path.join(pkg, "cli.js"), "console.log('args:' + process.argv.slice(2).join(' ')); process.exit(3);\n");
  const r = run("start", "manifest.xml", "web");
  expect(r.stdout.trim()).toBe("args:start manifest.xml web");
  expect(r.status).toBe(3);
});
