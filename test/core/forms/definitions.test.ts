/** The form catalogue against the register catalogue, the defined-name rule and each form's page. */
import { FORMS, buildFormSheet, definedNameOf, formByName, formSheetSpec } from "../../../src/core/forms";
import { REGISTERS, registerById } from "../../../src/core/registers";

describe("form definitions", () => {
  test.each(FORMS.map((f) => [f.title, f] as const))(
    "%s: its register exists and every required column is a field",
    (_title, form) => {
      const register = registerById(form.register);
      expect(register).toBeDefined();
      const fields = new Set(form.fields.map((f) => f.column));
      for (const c of register?.columns ?? [])
        if (c.required) expect([form.title, fields.has(c.header)]).toEqual([form.title, true]);
      for (const f of form.fields) expect(register?.columns.some((c) => c.header === f.column)).toBe(true);
      expect(form.signatures.length).toBeGreaterThan(0);
    },
  );

  test("the ten forms of DOMAIN.md, with 请假登记 and 借阅登记 as catalogue registers", () => {
    expect(FORMS.map((f) => f.title)).toEqual([
      "报销申请表",
      "采购申请表",
      "发文申请表",
      "文件传阅单",
      "会议申请表",
      "会议通知",
      "问题提报表",
      "来访登记表",
      "请假单",
      "借阅单",
    ]);
    expect(REGISTERS.find((r) => r.id === "leave-requests")?.sheet).toBe("请假登记");
    expect(REGISTERS.find((r) => r.id === "loans")?.sheet).toBe("借阅登记");
    expect(formByName("reimbursement")?.title).toBe("报销申请表");
    expect(formByName("不存在")).toBeUndefined();
  });

  test("defined names: the canonical header with what a name cannot hold removed", () => {
    expect(definedNameOf("报销单号")).toBe("报销单号");
    expect(definedNameOf("金额(元)")).toBe("金额元");
    expect(definedNameOf("单价（元）")).toBe("单价元");
    expect(definedNameOf("校对人1")).toBe("校对人1");
    expect(definedNameOf("1号")).toBe("_1号");
    for (const form of FORMS) {
      const sheet = buildFormSheet(form, registerById(form.register) as NonNullable<ReturnType<typeof registerById>>);
      const names = sheet.inputs.map((i) => i.name);
      expect(new Set(names).size).toBe(names.length);
      for (const n of names) expect(n).toMatch(/^[\p{L}_][\p{L}\p{N}_.]*$/u);
    }
  });

  test.each(FORMS.map((f) => [f.title, f] as const))(
    "%s: one A4 portrait page, print area over the whole form, inputs unlocked",
    (_title, form) => {
      const register = registerById(form.register) as NonNullable<ReturnType<typeof registerById>>;
      const sheet = buildFormSheet(form, register, {
        settings: { text: () => "示例中学", number: () => 500, list: () => ["公开", "内部"] },
      });
      const spec = formSheetSpec(sheet);
      const layout = spec.layout;
      expect(layout?.print).toEqual({
        area: `A1:D${sheet.lastRow}`,
        orientation: "portrait",
        paper: "A4",
        fit: { wide: 1, tall: 1 },
      });
      expect(spec.freezeHeader).toBeUndefined();
      // At 100 % an A4 portrait page holds about 90 characters across and 50 rows of 15 pt: the form fits unscaled.
      expect(sheet.widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(90);
      const height = Array.from({ length: sheet.lastRow }, (_, r) => sheet.heights.get(r + 1) ?? 15).reduce(
        (a, b) => a + b,
        0,
      );
      expect(height).toBeLessThanOrEqual(740);
      expect(layout?.protection?.unlocked).toHaveLength(sheet.inputs.length);
      expect(layout?.names?.map((n) => n.name)).toEqual(sheet.inputs.map((i) => i.name));
      expect(sheet.cells[0]?.value).toBe(`示例中学${form.title}`);
      // Enum and yes/no fields have dropdowns; date fields a date format.
      for (const input of sheet.inputs) {
        if (input.def.type.kind === "enum" || input.def.type.kind === "bool")
          expect(input.list?.length).toBeGreaterThan(0);
        if (input.def.type.kind === "date") expect(input.numberFormat).toBe("yyyy-mm-dd");
      }
    },
  );

  test("a note quotes the workbook's own limit", () => {
    const form = formByName("报销申请表") as NonNullable<ReturnType<typeof formByName>>;
    const register = registerById(form.register) as NonNullable<ReturnType<typeof registerById>>;
    const notes = (s: ReturnType<typeof buildFormSheet>) =>
      s.cells.filter((c) => c.style === "note").map((c) => c.value);
    expect(notes(buildFormSheet(form, register))[0]).toBe("注：500 元以下由会计直接审批，以上走正常审批流程。");
    const own = buildFormSheet(form, register, {
      settings: { text: () => "", number: (k) => (k === "报销会计直批上限(元)" ? 800 : 5), list: () => [] },
      lang: "en-US",
    });
    expect(notes(own)[0]).toBe(
      "Note: Claims under 800 yuan are approved by the accountant directly; larger ones follow the normal approval.",
    );
  });
});
