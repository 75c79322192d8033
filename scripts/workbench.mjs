// `npm run workbench`: builds the add-in (which includes the 台账工作台) and serves dist/ on http://localhost, then
// opens the workbench in the default browser. Plain http on localhost needs no certificate, and a browser treats
// localhost as secure, so the service worker (offline use) works. `--no-build` serves the existing dist/;
// `--port N` picks the port (default 3001, so it does not collide with the add-in's dev server on 3000).
import { spawn, spawnSync } from "node:child_process";
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
const dist = join(root, "dist");
const args = process.argv.slice(2);
const portArg = args.indexOf("--port");
const port = portArg >= 0 ? Number(args[portArg + 1]) : 3001;

if (!args.includes("--no-build")) {
  const r = spawnSync("npm", ["run", "build"], { cwd: root, stdio: "inherit", shell: process.platform === "win32" });
  if (r.status !== 0) {
    console.error("构建失败，工作台未启动。 / The build failed; the workbench was not started.");
    process.exit(1);
  }
}
if (!existsSync(join(dist, "workbench.html"))) {
  console.error(
    "dist/workbench.html 不存在：请先运行 npm run build。 / dist/workbench.html is missing: run npm run build first.",
  );
  process.exit(1);
}

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".xml": "application/xml",
  ".map": "application/json",
};

const server = createServer((req, res) => {
  const url = new URL(req.url ?? "/", "http://localhost");
  const rel = url.pathname === "/" ? "/workbench.html" : decodeURIComponent(url.pathname);
  const file = normalize(join(dist, rel));
  if (!file.startsWith(dist + sep) || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404).end("not found");
    return;
  }
  res.writeHead(200, {
    "Content-Type": TYPES[extname(file)] ?? "application/octet-stream",
    "Cache-Control": "no-cache",
  });
  createReadStream(file).pipe(res);
});

server.on("error", (e) => {
  console.error(
    `无法在端口 ${port} 上启动（${e.code ?? e.message}）。请用 --port 换一个端口。 / Cannot listen on port ${port} (${e.code ?? e.message}); pick another with --port.`,
  );
  process.exit(1);
});

server.listen(port, "127.0.0.1", () => {
  const address = `http://localhost:${port}/workbench.html`;
  console.log(`台账工作台：${address}\nLedger workbench: ${address}\n（按 Ctrl+C 结束 / Ctrl+C to stop）`);
  const opener =
    process.platform === "darwin" ? ["open"] : process.platform === "win32" ? ["cmd", "/c", "start", ""] : ["xdg-open"];
  try {
    const child = spawn(opener[0], [...opener.slice(1), address], { stdio: "ignore", detached: true });
    child.on("error", () => undefined); // no desktop browser (a server, CI): the address printed above is enough
    child.unref();
  } catch {
    // as above
  }
});
