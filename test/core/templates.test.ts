import { REGISTERS, registerById } from "../../src/core/registers";
import { T, col } from "../../src/core/registers/kit";
import type { RegisterDef } from "../../src/core/registers/types";
import type { ColumnSpec } from "../../src/core/sheet-spec";
import { listsSheetSpec, registerSheetSpec, settingsSheetSpecs, workbookTemplateSpecs } from "../../src/core/templates";

const byHeader = (columns: readonly ColumnSpec[], h: string): ColumnSpec => {
  const c = columns.find((x) => x.header === h);
  if (!c) throw new Error(h);
  return c;
};

describe("register sheets", () => {
  const incoming = registerSheetSpec(registerById("incoming-documents") as RegisterDef);

  test("Chinese headers in catalogue order, table name, frozen header, kept when present", () => {
    expect(incoming.name).toBe("收文登记簿");
    expect(incoming.tableName).toBe("IncomingDocuments");
    expect(incoming.freezeHeader).toBe(true);
    expect(incoming.ifExists).toBe("keep");
    expect(incoming.columns.map((c) => c.header)).toEqual(
      (registerById("incoming-documents") as RegisterDef).columns.map((c) => c.header),
    );
  });

  test("number formats follow the column types", () => {
    const c = incoming.columns;
    expect(byHeader(c, "收文日期").numberFormat).toBe("yyyy-mm-dd");
    expect(byHeader(c, "收文编号").numberFormat).toBe("@");
    expect(byHeader(c, "份数").numberFormat).toBe("0");
    const feedback = registerSheetSpec(registerById("feedback") as RegisterDef).columns;
    expect(byHeader(feedback, "接收时间").numberFormat).toBe("yyyy-mm-dd hh:mm");
    const claims = registerSheetSpec(registerById("reimbursements") as RegisterDef).columns;
    expect(byHeader(claims, "金额(元)").numberFormat).toBe("#,##0.00");
    expect(byHeader(claims, "金额(元)").numeric).toEqual({ type: "decimal", min: 0 });
    const resolutions = registerSheetSpec(registerById("resolutions") as RegisterDef).columns;
    expect(byHeader(resolutions, "进度").numberFormat).toBe("0.0");
    expect(byHeader(resolutions, "进度").numeric).toEqual({ type: "decimal", min: 0, max: 100 });
  });

  test("dropdowns for enums and yes/no; 密级 from the defaults or the workbook's list", () => {
    expect(byHeader(incoming.columns, "紧急程度").list).toEqual({ kind: "values", values: ["特急", "加急", "一般"] });
    expect(byHeader(incoming.columns, "密级").list).toEqual({
      kind: "values",
      values: ["公开", "内部", "秘密", "机密"],
    });
    const custom = registerSheetSpec(registerById("incoming-documents") as RegisterDef, {
      classification: ["公开", "绝密"],
    });
    expect(byHeader(custom.columns, "密级").list).toEqual({ kind: "values", values: ["公开", "绝密"] });
    const meetings = registerSheetSpec(registerById("meetings") as RegisterDef).columns;
    expect(byHeader(meetings, "重要会议").list).toEqual({ kind: "values", values: ["是", "否"] });
  });

  test("input prompts on required columns only, within Excel's limits", () => {
    const titles = byHeader(incoming.columns, "文件标题");
    expect(titles.required).toBe(true);
    expect(titles.prompt?.message).toContain("200");
    expect(byHeader(incoming.columns, "备注").prompt).toBeUndefined();
    for (const r of REGISTERS) {
      for (const c of registerSheetSpec(r).columns) {
        if (!c.prompt) continue;
        expect(c.prompt.title.length).toBeLessThanOrEqual(32);
        expect(c.prompt.message.length).toBeLessThanOrEqual(255);
      }
    }
  });

  test("department and person dropdowns reference 部门 / 人员名单 only when those lists are given", () => {
    expect(byHeader(incoming.columns, "办理部门").list).toBeUndefined();
    const withLists = registerSheetSpec(registerById("incoming-documents") as RegisterDef, {
      departments: ["教务处", "总务处", "综合办"],
      staff: ["张三", "李四"],
    });
    expect(byHeader(withLists.columns, "办理部门").list).toEqual({ kind: "range", ref: "'部门'!$A$2:$A$4" });
    expect(byHeader(withLists.columns, "承办人").list).toEqual({ kind: "range", ref: "'人员名单'!$A$2:$A$3" });
    const visitors = registerSheetSpec(registerById("visitors") as RegisterDef, { departments: ["教务处"] });
    // 涉及部门 holds several departments: a one-value dropdown would refuse them.
    expect(byHeader(visitors.columns, "涉及部门").list).toBeUndefined();
  });

  test("computed columns carry a header note and no prompt", () => {
    const archives = registerSheetSpec(registerById("archives") as RegisterDef).columns;
    expect(byHeader(archives, "到期日期").headerNote).toBeTruthy();
    expect(byHeader(archives, "到期日期").required).toBeUndefined();
  });
});

describe("long lists", () => {
  const values = Array.from({ length: 60 }, (_, i) => `选项${i + 1}号`);
  const wide: RegisterDef = {
    id: "wide",
    sheet: "宽表",
    en: "Wide",
    tableName: "Wide",
    columns: [col("类别", "Category", T.enumOf(values))],
    rules: [],
  };

  test("a list over 255 characters moves to the hidden 列表 sheet and is referenced", () => {
    const spec = registerSheetSpec(wide, {}, [wide]);
    expect(spec.columns[0]?.list).toEqual({ kind: "range", ref: "'列表'!$A$2:$A$61" });
    const lists = listsSheetSpec([wide]);
    expect(lists?.hidden).toBe(true);
    expect(lists?.columns.map((c) => c.header)).toEqual(["类别"]);
    expect(lists?.rows?.map((r) => r[0])).toEqual(values);
  });

  test("the catalogue's lists all fit a literal today", () => {
    expect(listsSheetSpec()).toBeNull();
  });
});

describe("settings sheets and the workbook", () => {
  test("参数设置 holds every key with its default and 说明", () => {
    const [params] = settingsSheetSpecs();
    expect(params?.name).toBe("参数设置");
    expect(params?.columns.map((c) => c.header)).toEqual(["参数", "值", "说明"]);
    expect(params?.rows?.[0]).toEqual(["报销会计直批上限(元)", 500, expect.stringContaining("会计")]);
    // the 21 keys of REGISTERS.md + 办理时限(工作日) + issue 10's three + 学期开始日期 + 评分映射 + 学校名称 (forms) + issue 17's nine time limits
    expect(params?.rows).toHaveLength(37);
    expect(params?.columns[1]?.numberFormat).toBeUndefined();
  });

  test("节假日调整 has a date format and a 放假/上班/全年完整 dropdown", () => {
    const holidays = settingsSheetSpecs().find((s) => s.name === "节假日调整");
    expect(holidays?.columns[0]?.numberFormat).toBe("yyyy-mm-dd");
    expect(holidays?.columns[1]?.list).toEqual({ kind: "values", values: ["放假", "上班", "全年完整"] });
  });

  test("workbookTemplateSpecs: settings sheets then the registers, all or the ones asked for", () => {
    const all = workbookTemplateSpecs();
    expect(all.map((s) => s.name)).toEqual([
      "参数设置",
      "部门",
      "人员名单",
      "节假日调整",
      "KPI目标",
      ...REGISTERS.map((r) => r.sheet),
    ]);
    expect(new Set(all.map((s) => s.tableName)).size).toBe(all.length);
    for (const s of all) expect(s.tableName).toMatch(/^[A-Za-z][A-Za-z0-9]*$/);
    expect(
      workbookTemplateSpecs(["meetings", "resolutions"])
        .map((s) => s.name)
        .slice(5),
    ).toEqual(["会议台账", "决议追踪台账"]);
    expect(() => workbookTemplateSpecs(["nope"])).toThrow(/nope/);
  });
});
