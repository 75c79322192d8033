/** The file adapter also serves the browser workbench: it must bundle for the browser without Node built-ins. */
import path from "node:path";
import { build } from "esbuild";

test("src/xlsx bundles for the browser, touching Node only through the file-path methods", async () => {
  const result = await build({
    entryPoints: [path.join(__dirname, "../../src/xlsx/workbook.ts")],
    bundle: true,
    platform: "browser",
    format: "esm",
    write: false,
    logLevel: "silent",
    metafile: true,
    // fromFile/save import node:fs lazily, and the package writer node:zlib (only under Node); everything else must
    // resolve to browser code.
    external: ["node:fs/promises", "node:zlib"],
  });
  const inputs = Object.keys(result.metafile.inputs);
  expect(inputs).toContain("node_modules/exceljs/dist/exceljs.min.js");
  expect(inputs.filter((i) => /^node:|node_modules\/(fs|path|stream)\b/.test(i))).toEqual([]);
}, 60_000);
