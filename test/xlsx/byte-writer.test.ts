/**
 * The byte writer behind 期限总览's bulk rows writes the same UTF-8 under Node (Buffer) and in a browser
 * (TextEncoder#encodeInto, taken here by hiding Buffer while the modules load), across buffer boundaries.
 */
type Writer = typeof import("../../src/xlsx/package/byte-writer");
type Utf8 = typeof import("../../src/xlsx/package/utf8");

async function load(
  withoutBuffer: boolean,
): Promise<{ ByteWriter: Writer["ByteWriter"]; utf8Bytes: Utf8["utf8Bytes"] }> {
  const g = globalThis as { Buffer?: unknown };
  const saved = g.Buffer;
  let out: { ByteWriter: Writer["ByteWriter"]; utf8Bytes: Utf8["utf8Bytes"] } | undefined;
  if (withoutBuffer) g.Buffer = undefined;
  try {
    await jest.isolateModulesAsync(async () => {
      out = {
        ByteWriter: (await import("../../src/xlsx/package/byte-writer")).ByteWriter,
        utf8Bytes: (await import("../../src/xlsx/package/utf8")).utf8Bytes,
      };
    });
  } finally {
    g.Buffer = saved;
  }
  return out as NonNullable<typeof out>;
}

for (const [where, withoutBuffer] of [
  ["Node (Buffer)", false],
  ["a browser (TextEncoder)", true],
] as const) {
  test(`writes markup, ASCII and any text as UTF-8 in ${where}, over several buffers`, async () => {
    const { ByteWriter, utf8Bytes } = await load(withoutBuffer);
    const chunks: Uint8Array[] = [];
    const out = new ByteWriter((b) => chunks.push(Uint8Array.from(b)));
    const markup = utf8Bytes('<c r="A');
    let expected = "";
    for (let i = 0; i < 200_000; i++) {
      out.bytes(markup);
      out.ascii(String(i));
      const text = i % 7 === 0 ? "收文登记簿 𠮷 & é" : "x";
      out.text(text);
      expected += `<c r="A${i}${text}`;
    }
    out.end();
    expect(chunks.length).toBeGreaterThan(1);
    const total = chunks.reduce((n, c) => n + c.length, 0);
    const joined = new Uint8Array(total);
    let at = 0;
    for (const c of chunks) {
      joined.set(c, at);
      at += c.length;
    }
    expect(new TextDecoder().decode(joined)).toBe(expected);
  });
}
