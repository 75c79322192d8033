import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { ZH_CN_FUNCTION_TEXT, localizeFunctionsMetadata, type FunctionsMetadata } from "../../src/functions/localized-metadata";

describe("custom function metadata", () => {
  let generated: FunctionsMetadata;
  beforeAll(async () => {
    const result = await generateCustomFunctionsMetadata("src/functions/functions.ts");
    expect(result.errors).toEqual([]);
    generated = JSON.parse(result.metadataJson) as FunctionsMetadata;
  }, 30_000);

  it("declares the four LEDGER functions with any-typed date arguments", () => {
    expect(generated.functions.map((f) => f.id)).toEqual(["WORKDAY", "NETWORKDAYS", "ISWORKDAY", "DEADLINE"]);
    const workday = generated.functions[0] as unknown as { parameters: { name: string; type: string }[]; result: { type: string } };
    expect(workday.parameters).toEqual([
      expect.objectContaining({ name: "start", type: "any" }),
      expect.objectContaining({ name: "days", type: "any" }),
    ]);
    expect(workday.result.type).toBe("number");
  });

  it("has zh-CN text for every function and parameter", () => {
    const zh = localizeFunctionsMetadata(generated);
    expect(zh.functions).toHaveLength(Object.keys(ZH_CN_FUNCTION_TEXT).length);
    for (const f of zh.functions) {
      expect(f.description).toMatch(/[\u4e00-\u9fff]/);
      for (const p of f.parameters ?? []) expect(p.description).toBe(ZH_CN_FUNCTION_TEXT[f.id]?.parameters[p.name]);
    }
    expect(() => localizeFunctionsMetadata({ functions: [{ id: "UNKNOWN" }] })).toThrow(/UNKNOWN/);
  });
});
