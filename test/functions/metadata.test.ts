import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import webpack from "webpack";
import {
  LocalizedFunctionsMetadataPlugin,
  ZH_CN_TEXT,
  localizeFunctionsMetadata,
  type FunctionsMetadata,
} from "../../src/functions/localized-metadata-plugin.cjs";

describe("custom function metadata", () => {
  let generated: FunctionsMetadata;
  beforeAll(async () => {
    const result = await generateCustomFunctionsMetadata("src/functions/functions.ts");
    expect(result.errors).toEqual([]);
    generated = JSON.parse(result.metadataJson) as FunctionsMetadata;
  }, 30_000);

  it("declares the four LEDGER functions with any-typed date arguments", () => {
    expect(generated.functions.map((f) => f.id)).toEqual(["WORKDAY", "NETWORKDAYS", "ISWORKDAY", "DEADLINE"]);
    expect(generated.functions[0]?.parameters).toEqual([
      expect.objectContaining({ name: "start", type: "any" }),
      expect.objectContaining({ name: "days", type: "any" }),
    ]);
    expect(generated.functions[0]?.result?.type).toBe("number");
  });

  it("has zh-CN text for every function and parameter, keeping ids and names", () => {
    const zh = localizeFunctionsMetadata(generated);
    expect(zh.functions.map((f) => [f.id, f.name])).toEqual(generated.functions.map((f) => [f.id, f.name]));
    expect(zh.functions).toHaveLength(Object.keys(ZH_CN_TEXT).length);
    for (const f of zh.functions) {
      expect(f.description).toBe(ZH_CN_TEXT[f.id]?.description);
      for (const p of f.parameters ?? []) expect(p.description).toBe(ZH_CN_TEXT[f.id]?.parameters[p.name]);
    }
    expect(() => localizeFunctionsMetadata({ functions: [{ id: "UNKNOWN" }] })).toThrow(/UNKNOWN/);
  });

  it("emits functions.zh-CN.json from the functions.json asset in a webpack build", async () => {
    const compiler = webpack({
      mode: "none",
      context: __dirname,
      entry: "data:text/javascript,export {}",
      output: { path: "/virtual-output" },
      plugins: [
        {
          apply(c: webpack.Compiler) {
            c.hooks.thisCompilation.tap("AddMetadata", (compilation) => {
              compilation.emitAsset("functions.json", new webpack.sources.RawSource(JSON.stringify(generated)));
            });
          },
        },
        new LocalizedFunctionsMetadataPlugin(),
      ],
    });
    const stats = await new Promise<webpack.Stats>((resolve, reject) => {
      compiler.compile((err, compilation) =>
        err ? reject(err) : resolve(new webpack.Stats(compilation as webpack.Compilation)),
      );
    });
    const compilation = stats.compilation;
    expect(compilation.errors).toEqual([]);
    const emitted = JSON.parse(
      String(compilation.getAsset("functions.zh-CN.json")?.source.source()),
    ) as FunctionsMetadata;
    expect(emitted.functions[3]?.description).toBe(ZH_CN_TEXT["DEADLINE"]?.description);
  }, 30_000);
});
