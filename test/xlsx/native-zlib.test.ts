/** Large parts read through Node's zlib (src/xlsx/package/native-zlib.ts): the same text as JSZip's, capped in size. */
import JSZip from "jszip";
import { OpcPackage } from "../../src/xlsx/package/opc";
import { InflateLimitError, inflateNatively, inflateRawStream } from "../../src/xlsx/package/native-zlib";

async function zipWith(text: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file("xl/worksheets/sheet1.xml", text);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

// About 1 MB of varied XML: past the size where the native path is taken.
const big = `<sheetData>${Array.from({ length: 20_000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i * 7}</v></c></row>`).join("")}</sheetData>`;

test("a large deflated part reads back exactly, through zlib", async () => {
  const bytes = await zipWith(big);
  const entry = (await JSZip.loadAsync(bytes)).file("xl/worksheets/sheet1.xml") as JSZip.JSZipObject;
  const native = await inflateNatively(entry, 64 * 1024 * 1024);
  expect(native).not.toBeNull();
  expect(new TextDecoder().decode(native as Uint8Array)).toBe(big);
  expect(await (await OpcPackage.open(bytes)).text("xl/worksheets/sheet1.xml")).toBe(big);
});

test("inflating stops at the limit instead of growing past it; small parts are left to JSZip", async () => {
  const entry = (await JSZip.loadAsync(await zipWith(big))).file("xl/worksheets/sheet1.xml") as JSZip.JSZipObject;
  await expect(inflateNatively(entry, 100_000)).rejects.toBeInstanceOf(InflateLimitError);
  const small = (await JSZip.loadAsync(await zipWith("<sheetData/>"))).file(
    "xl/worksheets/sheet1.xml",
  ) as JSZip.JSZipObject;
  expect(await inflateNatively(small, 100_000)).toBeNull();
});

describe("in a browser (no Node zlib): the platform's DecompressionStream", () => {
  const compressedOf = async (text: string) => {
    const entry = (await JSZip.loadAsync(await zipWith(text))).file("xl/worksheets/sheet1.xml") as JSZip.JSZipObject;
    return (entry as unknown as { _data: { compressedContent: Uint8Array } })._data.compressedContent;
  };

  test("a large part reads back exactly, through OpcPackage as the workbench opens it", async () => {
    const bytes = await zipWith(big);
    let browserText: string | null = null;
    const Real = globalThis.DecompressionStream;
    const formats: string[] = [];
    globalThis.DecompressionStream = class extends Real {
      constructor(format: CompressionFormat) {
        super(format);
        formats.push(format);
      }
    };
    try {
      await jest.isolateModulesAsync(async () => {
        jest.doMock("node:zlib", () => {
          throw new Error("no node:zlib in a browser");
        });
        const { OpcPackage: BrowserOpc } = await import("../../src/xlsx/package/opc");
        browserText = await (await BrowserOpc.open(bytes)).text("xl/worksheets/sheet1.xml");
      });
    } finally {
      globalThis.DecompressionStream = Real;
    }
    expect(browserText).toBe(big);
    // One stream to learn that "deflate-raw" is there, one to inflate the part.
    expect(formats).toEqual(["deflate-raw", "deflate-raw"]);
  });

  test("stops at the limit (InflateLimitError), and a damaged stream rejects", async () => {
    const compressed = await compressedOf(big);
    expect(new TextDecoder().decode(await inflateRawStream(compressed, 64 * 1024 * 1024))).toBe(big);
    await expect(inflateRawStream(compressed, 100_000)).rejects.toBeInstanceOf(InflateLimitError);
    const damaged = compressed.slice(0, compressed.length >> 1);
    await expect(inflateRawStream(damaged, 64 * 1024 * 1024)).rejects.toThrow();
  });
});
