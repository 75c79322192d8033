// `npm start`, `npm stop`, `npm run start:web`: sideloading through office-addin-debugging, which is an optional
// dependency. It pulls keytar, a native module that needs libsecret headers to build; where it cannot be built (a
// Linux machine without them) npm skips the whole subtree, and these scripts then explain what to do instead of
// failing with "command not found" or a stack trace.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";

const require = createRequire(import.meta.url);

/** The office-addin-debugging CLI's path, or null where npm skipped the optional dependency. */
export function findDebuggingCli(resolve = (id) => require.resolve(id)) {
  try {
    return resolve("office-addin-debugging/cli.js");
  } catch {
    return null;
  }
}

export const MISSING_MESSAGE = [
  "无法旁加载：本机没有安装 office-addin-debugging（它依赖的 keytar 需要 libsecret 等系统库，npm 在 Linux 上会跳过它）。",
  "  旁加载需要 Windows 或 Mac 上的桌面版 Excel，或 Excel 网页版。",
  "  在 Linux 上：运行 npm run dev-server，然后在 Excel 网页版中选 插入 > 加载项 > 上传我的加载项，上传 manifest.xml；",
  "  或者不用 Excel：npm run demo（命令行演示），npm run dev-server -- --env http 后在浏览器打开 http://localhost:3000/taskpane.html。",
  "Cannot sideload: office-addin-debugging is not installed on this machine (its dependency keytar needs system",
  "libraries such as libsecret, so npm skips it on Linux).",
  "  Sideloading needs desktop Excel on Windows or Mac, or Excel on the web.",
  "  On Linux: run npm run dev-server, then in Excel on the web choose Insert > Add-ins > Upload My Add-in and upload",
  "  manifest.xml; or without Excel: npm run demo (the CLI demo), or npm run dev-server -- --env http and open",
  "  http://localhost:3000/taskpane.html in a browser.",
].join("\n");

function main(args) {
  const cli = findDebuggingCli();
  if (cli === null) {
    process.stderr.write(MISSING_MESSAGE + "\n");
    return 1;
  }
  const r = spawnSync(process.execPath, [cli, ...args], { stdio: "inherit" });
  return r.status ?? 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exit(main(process.argv.slice(2)));
}
