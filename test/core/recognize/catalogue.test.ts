import { normalizeHeader, recognizeSheet, recognizeWorkbook } from "../../../src/core/recognize";
import { REGISTERS, SETTINGS_SHEETS } from "../../../src/core/registers";

const byId = (id: string) => {
  const r = REGISTERS.find((x) => x.id === id);
  if (!r) throw new Error(`no register ${id}`);
  return r;
};

describe("recognition against the register catalogue", () => {
  it.each(REGISTERS.map((r) => [r.id, r] as const))(
    "recognises a %s template header row as itself, fully",
    (_id, register) => {
      const header = register.columns.map((c) => (c.required ? `${c.header}*` : c.header));
      const r = recognizeSheet("Sheet1", [[`${register.sheet}`], [], header], REGISTERS);
      expect(r?.register.id).toBe(register.id);
      expect(r?.headerRow).toBe(3);
      expect(r?.score).toBe(1);
      expect(r?.duplicates).toEqual([]);
      expect(Object.keys(r?.mapping ?? {})).toEqual(register.columns.map((c) => c.header));
    },
  );

  it.each(REGISTERS.map((r) => [r.id, r] as const))(
    "recognises %s from its required columns alone, reversed",
    (_id, register) => {
      const header = register.columns
        .filter((c) => c.required)
        .map((c) => c.header)
        .reverse();
      expect(recognizeSheet("Sheet1", [header], REGISTERS)?.register.id).toBe(register.id);
    },
  );

  it("no two columns of a register share a normalised header or synonym", () => {
    for (const register of REGISTERS) {
      const seen = new Map<string, string>();
      for (const c of register.columns) {
        for (const name of [c.header, ...(c.synonyms ?? [])]) {
          const key = normalizeHeader(name);
          expect([register.id, key, seen.get(key) ?? c.header]).toEqual([register.id, key, c.header]);
          seen.set(key, c.header);
        }
      }
    }
  });

  it("reads a traditional-Chinese 收文登记簿 kept by hand, with synonyms and extra columns", () => {
    const values = [
      ["2026年收文登記簿", null, null, null, null, null, null, null, null],
      [null, null, null, null, null, null, null, null, null],
      ["序號", "收文號", "來文日期", "來文機關", "標題", "密級", "份數", "辦理部門", "經辦人簽字"],
      [1, "SW-001", 46023, "區教育局", "關於寒假安排的通知", "內部", 2, "辦公室", "張三"],
    ];
    const r = recognizeSheet("收文", values, REGISTERS);
    expect(r?.register).toBe(byId("incoming-documents"));
    expect(r?.headerRow).toBe(3);
    expect(r?.basis).toBe("headers");
    expect(r?.mapping).toEqual({ 收文编号: 1, 收文日期: 2, 来文单位: 3, 文件标题: 4, 密级: 5, 份数: 6, 办理部门: 7 });
    expect(r?.missing).toEqual([]);
    expect(r?.extra.map((e) => e.text)).toEqual(["序號", "經辦人簽字"]);
  });

  it("keeps settings sheets out of recognition", () => {
    const sheets = SETTINGS_SHEETS.map((s) => ({ name: s.sheet, values: [s.columns.map((c) => c.header)] }));
    const result = recognizeWorkbook(sheets, REGISTERS);
    expect(result.recognized).toEqual([]);
    expect(result.unrecognized).toEqual([]);
    expect(result.settings).toEqual(SETTINGS_SHEETS.map((s) => s.sheet));
  });
});
