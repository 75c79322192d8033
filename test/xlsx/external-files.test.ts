/** The one external-file reader: .xlsx packages, CSV in UTF-8 (with and without BOM), UTF-16LE, GBK/GB18030. */
import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { decodeText, ExternalFileError, parseCsv, readExternalFile } from "../../src/xlsx/external-files";

const FIXTURES = path.join(__dirname, "../fixtures/survey");
const read = (name: string) => new Uint8Array(fs.readFileSync(path.join(FIXTURES, name)));

test.each([
  ["wjx-按文本-utf8.csv", "utf-8"],
  ["wjx-按文本-bom.csv", "utf-8"],
  ["wjx-按文本-gbk.csv", "gb18030"],
])("%s decodes as %s to the same rows", async (name, encoding) => {
  const file = await readExternalFile(name, read(name));
  expect(file.format).toBe("csv");
  expect(file.encoding).toBe(encoding);
  const utf8 = await readExternalFile("u.csv", read("wjx-按文本-utf8.csv"));
  expect(file.sheets[0]?.values).toEqual(utf8.sheets[0]?.values);
  expect(file.sheets[0]?.values[0]?.[7]).toBe("2、您对综合办公室服务效率的满意度");
  expect(file.sheets[0]?.values[1]?.[12]).toBe("办事效率┋服务态度");
});

test("UTF-16LE with a byte-order mark (Excel's 'Unicode text')", async () => {
  const text = "序号\t2、满意度\r\n1\t非常满意\r\n";
  const bytes = new Uint8Array([0xff, 0xfe, ...Buffer.from(text, "utf16le")]);
  const file = await readExternalFile("u.txt", bytes);
  expect(file.encoding).toBe("utf-16le");
  expect(file.sheets[0]?.values).toEqual([
    ["序号", "2、满意度"],
    ["1", "非常满意"],
  ]);
});

test("GBK bytes by a known mapping: 满意 = C2 FA D2 E2", () => {
  expect(decodeText(new Uint8Array([0x61, 0x2c, 0xc2, 0xfa, 0xd2, 0xe2]), "g.csv")).toEqual({
    text: "a,满意",
    encoding: "gb18030",
  });
});

test("empty and undecodable files are refused with the file name in both languages", () => {
  const refuse = (bytes: number[]) => {
    try {
      decodeText(new Uint8Array(bytes), "bad.csv");
    } catch (e) {
      if (e instanceof ExternalFileError) return [e.reason, e.describe("zh-CN"), e.describe("en-US")];
    }
    return null;
  };
  expect(refuse([])?.[0]).toBe("empty");
  expect(refuse([0x20, 0x0a])?.[0]).toBe("empty");
  const bad = refuse([0x80, 0xff, 0x81, 0x00, 0x01, 0x02, 0xfe]);
  expect(bad?.[0]).toBe("encoding");
  expect(bad?.[1]).toContain("bad.csv：无法识别文件编码");
  expect(bad?.[2]).toContain("bad.csv: the text encoding is not recognised");
});

test("quoted fields with commas, quotes and new lines survive (PapaParse)", () => {
  expect(parseCsv('a,b\n"x, y","he said ""hi""\nnext"\n')).toEqual([
    ["a", "b"],
    ["x, y", 'he said "hi"\nnext'],
  ]);
});

test("a short GBK file whose bytes are also valid UTF-8 is read as GBK (学 = D1 A7, which UTF-8 reads as ѧ)", () => {
  const csv = '"h1","h2"\r\n"","学"';
  expect(decodeText(gb18030Bytes(csv) as Uint8Array, "short.csv")).toEqual({ text: csv, encoding: "gb18030" });
  expect(decodeText(new TextEncoder().encode(csv), "short.csv")).toEqual({ text: csv, encoding: "utf-8" });
});

test("property: UTF-8 and GB18030 encodings of the same CSV read the same", () => {
  const cell = fc.stringMatching(/^[满意一般不非常很较好差教师学生0-9a-z,"\n ]{0,8}$/);
  fc.assert(
    fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 5 }), (rows) => {
      const csv = [["h1", "h2"], ...rows].map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(",")).join("\r\n");
      const gbk = gb18030Bytes(csv);
      if (gbk === null) return;
      expect(parseCsv(decodeText(gbk, "g.csv").text)).toEqual(
        parseCsv(decodeText(new TextEncoder().encode(csv), "u.csv").text),
      );
    }),
    { numRuns: 50 },
  );
});

/** GB18030 bytes by the decoder's own table: each character's two-byte code found once by search. */
const GB_CACHE = new Map<string, number[]>();
function gb18030Bytes(text: string): Uint8Array | null {
  const out: number[] = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) {
      out.push(ch.charCodeAt(0));
      continue;
    }
    let code = GB_CACHE.get(ch);
    if (!code) {
      const dec = new TextDecoder("gb18030");
      search: for (let a = 0x81; a <= 0xfe; a++) {
        for (let b = 0x40; b <= 0xfe; b++) {
          if (dec.decode(new Uint8Array([a, b])) === ch) {
            code = [a, b];
            break search;
          }
        }
      }
      if (!code) return null;
      GB_CACHE.set(ch, code);
    }
    out.push(...code);
  }
  return new Uint8Array(out);
}

test("the reader bundles for the browser (the pane's file input, workers) without Node built-ins", async () => {
  const { build } = await import("esbuild");
  const result = await build({
    entryPoints: [path.join(__dirname, "../../src/xlsx/external-files.ts")],
    bundle: true,
    platform: "browser",
    format: "esm",
    write: false,
    logLevel: "silent",
    metafile: true,
    external: ["node:fs/promises"],
  });
  const inputs = Object.keys(result.metafile.inputs);
  expect(inputs.some((i) => /node_modules\/papaparse\//.test(i))).toBe(true);
  expect(inputs.filter((i) => /^node:|node_modules\/(fs|path|stream)\b/.test(i))).toEqual([]);
}, 60_000);
